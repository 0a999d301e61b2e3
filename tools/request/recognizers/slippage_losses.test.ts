import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('slippage said as what is lost to it', () => {
  it('the round-62 story: fees and the slippage lost besides', () => {
    const spec = specOf('My exchange charges 0.1% a trade and I usually lose another 0.05% to slippage. Please run default MACD on ripple from 2019 to 2022 with those costs included.');
    expect(spec.fees_bps).toBe(10);
    expect(spec.slippage_bps).toBe(5);
    expect(spec.symbols).toEqual(['XRP']);
  });

  it.each([
    ['macd on xrp 2019-2022, slippage eats about 0.05%', 5],
    ['macd on xrp 2019-2022, lose 0.05% to slippage each fill', 5],
    ['macd on xrp 2019-2022, I lose about 2 bps per trade in slippage', 2],
    ['macd on xrp 2019-2022, I give up 0.03% to slippage', 3],
    ['macd on xrp 2019-2022, slippage costs me 3 bps a trade', 3],
    ['macd on xrp 2019-2022, the slippage is around 2 bps per side', 2],
  ])('"%s"', (text, bps) => {
    const spec = specOf(text);
    expect(spec.slippage_bps).toBe(bps);
    expect(spec.targets).toEqual({});
  });
});

describe('what is lost on the spread is slippage (before: the amount and "spread" ignored)', () => {
  it('the round-67 story: a tenth of a percent per trade, and five hundredths lost on the spread', () => {
    const spec = specOf('Golden cross on SPY from 2012 to 2022. My broker charges a tenth of a percent per trade and I figure I lose another five hundredths of a percent on the spread.');
    expect([spec.fees_bps, spec.slippage_bps]).toEqual([10, 5]);
  });

  it.each([
    ['macd on xrp 2019-2022, I lose about 0.03% on the spread', 3],
    ['macd on xrp 2019-2022, I give up 2 bps to the bid-ask spread each trade', 2],
    ['macd on xrp 2019-2022, we lose 0.05% per trade in spreads', 5],
  ])('"%s"', (text, bps) => {
    const spec = specOf(text);
    expect(spec.slippage_bps).toBe(bps);
    expect(spec.targets).toEqual({});
  });

  it('must not change: money spread across holdings is a portfolio, no cost', () => {
    const spec = specOf('sma on spy 2020, spread it 50/50 across spy and qqq');
    expect(spec.slippage_bps).toBeUndefined();
    expect(spec.portfolio).toEqual({ weights: { SPY: 0.5, QQQ: 0.5 } });
  });
});

describe('must not change', () => {
  it('"expect 5 bps of slippage" and "with 5 bps slippage"', () => {
    expect(specOf('macd on xrp 2019-2022, expect 5 bps of slippage').slippage_bps).toBe(5);
    expect(specOf('macd on xrp 2019-2022 with 5 bps slippage').slippage_bps).toBe(5);
  });
  it('"I dont want to lose more than 20%" is still a drawdown limit', () => {
    const spec = specOf('macd on xrp 2019-2022, and I dont want to lose more than 20%');
    expect(spec.targets.max_drawdown).toEqual({ operator: '>=', value: -0.2 });
    expect(spec.slippage_bps).toBeUndefined();
  });
});

describe('a loss said vaguely, sized after the slippage (before: the size ignored)', () => {
  it('the round-61 story: slippage sized after it, and the fee at the app', () => {
    const spec = specOf('I read somewhere you lose a little on every trade to slippage, maybe 5 basis points? And the fee on my app is 0.25%. With that in mind, run bollinger bands on solana since 2022');
    expect(spec.slippage_bps).toBe(5);
    expect(spec.fees_bps).toBe(25);
  });

  it.each([
    ['macd on xrp 2019-2022, I lose a bit to slippage, about 0.05%', 5],
    ['macd on xrp 2019-2022, you lose something on each fill to slippage - 3 bps', 3],
    ['macd on xrp 2019-2022, we lose a little to slippage, roughly 2 bps a trade', 2],
  ])('%s', (text, bps) => {
    expect(specOf(text).slippage_bps).toBe(bps);
  });

  it('must not change: a vague loss with no size sets no slippage', () => {
    expect(specOf('macd on xrp 2019-2022, you lose a little to slippage').slippage_bps).toBeUndefined();
  });
});
