import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"keep the rest" in a follow-up is read and changes nothing', () => {
  it.each([
    ['now eth, keep everything else the same', { symbols: ['ETH'] }],
    ['Swap the coin to XRP and keep the rest.', { symbols: ['XRP'] }],
    ['switch to 2023, leave everything else as is', { date_range: { start: '2023-01-01', end: '2023-12-31' } }],
    ['fees 20 bps, keeping all other settings unchanged', { fees_bps: 20 }],
  ])('"%s" (before: "ignored: \'keep\'")', (text, changed) => {
    const spec = specOf(text, ['sma 20/50 on btc 2022']);
    expect(spec).toMatchObject(changed);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
    expect(spec.notes?.join(' ') ?? '').not.toMatch(/ignored/);
  });

  it.each([
    ['Change the symbol to microsoft, the rest stays equal.', { symbols: ['MSFT'] }],
    ['switch to eth, everything else as before', { symbols: ['ETH'] }],
    ['make it aapl, rest as is', { symbols: ['AAPL'] }],
    ['use ETH; all the rest remains unchanged', { symbols: ['ETH'] }],
    ['now 2020, the other settings should stay the same', { date_range: { start: '2020-01-01', end: '2020-12-31' } }],
  ])('told of the settings themselves: "%s" (before: not_understood or ignored words)', (text, changed) => {
    const spec = specOf(text, ['sma 20/50 on btc 2022']);
    expect(spec).toMatchObject(changed);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
    expect(spec.notes?.join(' ') ?? '').not.toMatch(/ignored/);
  });

  it('"the rest" with no state after it is not read as keeping anything', () => {
    expect(specOf('rsi on eth for 2023, then the rest').notes?.join(' ') ?? '').toMatch(/ignored/);
  });

  it('"keep the rest in cash" stays a portfolio\'s cash', () => {
    expect(specOf('btc 60%, keep the rest in cash, sma 2022').portfolio?.weights).toEqual({ BTC: 0.6 });
  });
});
