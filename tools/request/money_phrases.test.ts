import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';
import { tokenize } from './tokenizer.js';

describe('a cost set to a word for nothing is zero', () => {
  it.each(['drop the fees to zero', 'fees: nil', 'cut commission to nothing', 'set slippage to zero'])('"%s"', (text) => {
    const spec = specOf(text, ['ema 12/26 on BTC 2021 with 5 bps slippage']);
    expect(text.includes('slippage') ? spec.slippage_bps : spec.fees_bps).toBe(0);
    // The word for nothing was read, not left as ignored.
    expect(spec.notes?.join(' ') ?? '').not.toMatch(/zero|nil|nothing/);
  });
});

describe('a goal written as money is the capital and a total return target', () => {
  it('"turn 10k into at least 30k" starts with 10,000 and asks for +200 %', () => {
    const spec = specOf('I want to turn 10k into at least 30k - ema on DOGE since 2020');
    expect(spec.initial_capital).toBe(10_000);
    expect(spec.targets).toEqual({ total_return: { operator: '>=', value: 2 } });
    expect(spec.optimization_required).toBe(true);
  });

  it('"more than" is strict', () => {
    const spec = specOf('grow $5,000 to more than 20k with sma on BTC');
    expect(spec.initial_capital).toBe(5000);
    expect(spec.targets).toEqual({ total_return: { operator: '>', value: 3 } });
  });

  it('bare numbers are no money, and a smaller goal is no goal', () => {
    expect(specOf('sma on BTC, turn 10 into 20').targets).toEqual({});
    expect(specOf('sma on BTC, turn 30k into 10k').targets).toEqual({});
  });
});

describe('an ending balance is a final equity target, and the starting amount the capital', () => {
  it.each([
    ['ema 9/21 on btc last year. starting with 10k, I want to finish above 15k', '>'],
    ['sma on ETH 2022, start with $10,000 and end up with at least $15,000', '>='],
    ['rsi on BTC 2023 with 10k, hoping it ends over 15k', '>'],
    ['macd on SPY since 2015 with 10k, and wind up with 15k', '>='],
  ])('"%s" (before: 15k became the capital and no target)', (text, operator) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(10_000);
    expect(spec.targets).toEqual({ final_equity: { operator, value: 15_000 } });
  });

  it.each([['macd on SPY since 2015, grow it to 20k', '>='], ['sma on BTC 2022, get my account to more than 20k', '>']])(
    '"%s": what the money grows to, not a new capital', (text, operator) => {
      const spec = specOf(text);
      expect(spec.initial_capital).toBe(10_000);
      expect(spec.targets).toEqual({ final_equity: { operator, value: 20_000 } });
    },
  );

  it('a bare number is no balance: "finish above 15" is left unread', () => {
    const spec = specOf('sma on BTC 2022, finish above 15');
    expect(spec.targets).toEqual({});
    expect(spec.notes?.join(' ')).toMatch(/ignored: .*'15'/);
  });
});

describe('a decimal comma before a per cent sign', () => {
  it.each([
    ['sma 10/30 on ETH 2022 with commission of 0,1%', 10],
    ['sma on ETH 2022, fees 0,05 %', 5],
    ['sma on ETH 2022, fees of 0,075 percent', 7.5],
  ])('"%s" is %d bps (it was read as 0 and 1, and the fee set to 0)', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });

  it('leaves lists alone: "sma(10,30)" is two windows', () => {
    expect(specOf('sma(10,30) on ETH 2022').strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 10, long: 30 } });
  });
});

describe('thousands grouped by spaces before a currency', () => {
  it.each([['donchian on ETH 2021, the capital of departure is 30 000 dollars', 30_000], ['sma on BTC 2022 with 250 000 USD', 250_000]])('"%s" → %i', (text, capital) => {
    // Before, "30 000 dollars" was 30 and then 0 dollars: the request was refused as a capital of 0.
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('numbers apart without a currency stay apart: "sma 20 50" is two windows', () => {
    expect(specOf('sma 20 50 on BTC 2022').strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
  });
});

describe('amounts as India writes them', () => {
  it.each([['take the capital as 1 lakh dollars, bollinger on LTC 2023', 100_000], ['sma on BTC 2022 with 2 crore', 20_000_000]])('"%s" → %i', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });
});

describe('how a cost is charged, between its amount and its noun', () => {
  it.each(['EMA 10/40 on MSFT 2021, 5bps one-way costs', 'EMA 10/40 on MSFT 2021, 5 bps per side fees'])('"%s" → fees 5 bps', (text) => {
    // Before, "5bps one-way costs" was left unread and the run used the default 10 bps.
    expect(specOf(text).fees_bps).toBe(5);
  });
});

describe('a bare number right before its cost\'s noun', () => {
  it('"10bps fees 5 slip" is 5 bps of slippage, noted (before: ignored, no slippage)', () => {
    const spec = specOf('qqq donchian 20/10 vs macd, 2018-2020, 10bps fees 5 slip');
    expect([spec.fees_bps, spec.slippage_bps]).toEqual([10, 5]);
    expect(spec.notes).toContain('read slippage 5 as 5 bps');
  });

  it('not a number before a per-trade charge, which may be money', () => {
    expect(specOf('sma on btc 2022, 10 per trade').fees_bps).toBe(10);
    expect(specOf('sma on btc 2022, 10 per trade').notes?.join(' ')).toContain("ignored: '10'");
  });
});

describe('the broker\'s charge is the fee', () => {
  it.each([
    ['ema 9/21 on BTC 2024. The tax of the broker is 0,1%.', 10],
    ['sma on SPY 2020, brokerage of 5 bps', 5],
    ["sma on SPY 2020 and my broker's fee is 0.05%", 5],
  ])('"%s" → %d bps (before: the default 10 bps, the words ignored)', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });

  it('a capital gains tax is no trading fee', () => {
    expect(specOf('capital gains tax of 20% on SPY sma 2020').fees_bps).toBe(10);
  });
});

describe('amounts and costs as other countries write them', () => {
  it.each([
    ['rsi on btc 2024. Capital R$ 20.000.', 20000],
    ['ema 20/50 on gld last year, initial capital 100 000 zl', 100000],
    ['ema 9/21 on MSFT 2015-2019. Initial capital 10.000 EUR.', 10000],
  ])('"%s" → capital %d (before: 20, 100 or 10)', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('"for the slippage put 0,05%" is 5 bps of slippage (before: ignored)', () => {
    expect(specOf('bollinger on gold since 2018. For the slippage put 0,05%.').slippage_bps).toBe(5);
  });
});

describe('a noun followed by its own amount leads that amount, not the number before it', () => {
  it.each([
    ['sma on btc 2022 capital 20 k', 20_000],
    ['sma on btc 2022 starting capital 20k', 20_000],
    ['sma on btc 2022 capital: 15000', 15_000],
  ])('"%s" runs 2022 with a capital of %i', (text, capital) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });

  it('a number before the noun alone is still the capital: "sma on btc 2022, 50000 capital"', () => {
    expect(specOf('sma on btc 2022, 50000 capital').initial_capital).toBe(50_000);
  });

  it.each([['sma btc 2022 fees (0bps)', 0], ['sma btc 2022 fees 5bps', 5]])('"%s" runs 2022 with fees of %i bps', (text, bps) => {
    const spec = specOf(text);
    expect(spec.fees_bps).toBe(bps);
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });
});

describe('desk cost shorthand', () => {
  it.each([['rsi on ada 2022, 15 bps/side', 15], ['sma btc 2022, ex-fees', 0], ['sma btc 2022 gross of fees', 0], ['sma btc 2022, no-fees', 0]])('"%s" is fees of %i bps', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });

  it('"before" is not a word for nothing: "0.1% fees before slippage" sets no slippage', () => {
    const spec = specOf('sma btc 2022 with 0.1% fees before slippage');
    expect(spec.fees_bps).toBe(10);
    expect(spec.slippage_bps).toBeUndefined();
  });
});

describe('a wished-for amount with a side or an end is a final equity goal, not the capital', () => {
  it('"I start with 10k and want at least 25k at the end" starts with 10,000 and aims for 25,000', () => {
    const spec = specOf('I start with 10k and want at least 25k at the end. Optimize momentum on SOL 2021-2024 to get there.');
    expect(spec.initial_capital).toBe(10_000);
    expect(spec.targets).toEqual({ final_equity: { operator: '>=', value: 25_000 } });
  });

  it('"more than" is strict: "i\'d like to have more than 15k by the end"', () => {
    expect(specOf('sma on btc 2022 with 10k, i\'d like to have more than 15k by the end').targets).toEqual({ final_equity: { operator: '>', value: 15_000 } });
  });

  it.each(['sma on btc 2022, I want 25k', 'sma on btc 2022, I need 25k capital'])('with neither, the amount stays the capital: "%s"', (text) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(25_000);
    expect(spec.targets).toEqual({});
  });
});

describe('desk formats and sides', () => {
  it('"15bps each side, 5bp slip, md + csv of trades" is fees 15, slippage 5, markdown and the trades', () => {
    const spec = specOf('BTC/ETH 50/50, B&H, 2019-01-01 -> 2024-06-30, 15bps each side, 5bp slip, md + csv of trades');
    expect(spec.fees_bps).toBe(15);
    expect(spec.slippage_bps).toBe(5);
    expect(spec.outputs).toEqual(['markdown', 'trades_csv']);
  });

  it('a lone "MD" with no other format beside it is no output', () => {
    expect(specOf('sma on btc 2022, ask my MD friend').outputs).toBeUndefined();
  });
});

describe('thousands grouped by dots, as much of Europe writes amounts', () => {
  it.each([
    ['Buy and hold on LTC from 31.12.2019 to 31.12.2022, start capital 2.500,00 €. I want to see the final equity.', 2500],
    ['sma on btc 2022, capital €2.500,50', 2500.5],
    ['sma on btc 2022, capital 1.000.000', 1_000_000],
    ['sma on btc 2022, starting capital 1.000.000,00 EUR', 1_000_000],
    ['sma on btc 2022 with 10.000 €', 10_000],
  ])('"%s" → %d (before: 2.5, 2.5, 1 and 1)', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it.each([
    ['sma on btc 2022 with 10000 €', 10_000],
    ['sma on btc 2022 with 25000$', 25_000],
  ])('a currency sign after the amount makes it money: "%s" (before: the amount was ignored)', (text, capital) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.notes?.join(' ') ?? '').not.toContain('ignored');
  });

  it('decimals stay decimals: "2.5k", "2.50", "2,5 std"', () => {
    expect(specOf('sma on btc 2022, capital 2.5k').initial_capital).toBe(2500);
    expect(tokenize('capital 2.50').find((token) => token.kind === 'number')?.value).toBe(2.5);
    expect(specOf('bollinger 20 with 2,5 std on eth 2022').strategies[0]).toEqual({ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } });
  });

  it('dates written with dots stay dates', () => {
    expect(specOf('sma on btc from 13.05.2021 to 31.12.2022').date_range).toEqual({ start: '2021-05-13', end: '2022-12-31' });
  });
});

describe('basis points with no cost named are the commission, and say so', () => {
  it.each([['use 25 bps', ['sma on btc 2022']], ['make it 25 bps', ['sma on btc 2022']], ['25 bps', ['sma on btc 2022']], ['sma on btc 2022, 25 bps', []]])(
    '"%s" sets fees of 25 bps (before: not_understood or ignored)', (text, history) => {
      const spec = specOf(text, history);
      expect(spec.fees_bps).toBe(25);
      expect(spec.slippage_bps ?? 0).toBe(0);
      expect(spec.notes).toContain('read \'25 bps\' as fees: no cost was named (say "slippage" for slippage)');
    },
  );

  it('a named cost keeps its own amount: "with 5 bps slippage", "fees 10 bps, slippage 5 bps"', () => {
    expect(specOf('sma on btc 2022 with 5 bps slippage')).toMatchObject({ fees_bps: 10, slippage_bps: 5 });
    expect(specOf('sma on btc 2022 fees 20 bps, slippage 5 bps')).toMatchObject({ fees_bps: 20, slippage_bps: 5 });
  });

  it('basis points after "by" are a margin, not a cost: "beat spy by 50 bps"', () => {
    expect(specOf('sma on btc 2022, beat spy by 50 bps').fees_bps).toBe(10);
  });
});

describe('a modal between a cost and its amount keeps the amount the cost\'s', () => {
  it('"sma on btc 2022 slippage would be 10 bps" is slippage 10 over 2022 (before: 2022 was read as the slippage)', () => {
    const spec = specOf('sma on btc 2022 slippage would be 10 bps');
    expect(spec.slippage_bps).toBe(10);
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });

  it.each([
    ['sma on eth 2021, fees should be 0.05%', 'fees_bps', 5],
    ['sma on eth 2021, commission will be 3 bps', 'fees_bps', 3],
    ['ema on sol 2023, slippage might be 7 bps', 'slippage_bps', 7],
    ['ema on sol 2023, fees were roughly 0.2%', 'fees_bps', 20],
  ] as const)('"%s"', (text, cost, bps) => {
    expect(specOf(text)[cost]).toBe(bps);
  });

  it('as a follow-up, "what if fees were 0.25% 🤔" changes the fees and keeps the rest', () => {
    const spec = specOf('what if fees were 0.25% 🤔', ['sma 20/100 on btc 2018-2022', 'with 0.1% fees']);
    expect(spec.fees_bps).toBe(25);
    expect(spec.symbols).toEqual(['BTC']);
    expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 100 } });
    expect(spec.date_range).toEqual({ start: '2018-01-01', end: '2022-12-31' });
  });

  it('a year before the cost noun stays the dates: "sma on btc 2022 slippage 10 bps"', () => {
    const spec = specOf('sma on btc 2022 slippage 10 bps');
    expect(spec.slippage_bps).toBe(10);
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });
});

describe('"net of" an amount with no cost named is the commission, and says so', () => {
  it('"OOS check on the 20/2.0 BB for QQQ, 2023-01-01..2024-12-31, net of 3 bps, rank by Sortino." is fees 3 (before: the default 10)', () => {
    const spec = specOf('OOS check on the 20/2.0 BB for QQQ, 2023-01-01..2024-12-31, net of 3 bps, rank by Sortino.');
    expect(spec.fees_bps).toBe(3);
    expect(spec.rank_by).toBe('sortino_ratio');
    expect(spec.notes?.join(' ')).toContain("read 'net of 3 bps' as fees");
  });

  it.each([
    ['Static-weight 60/40 SPY/GLD, 2005 through 2024, net of 2 bps.', 2],
    ['macd on spy 2022-2024, net of 1 bp', 1],
    ['sma on btc 2022, results net of 0.05%', 5],
    ['ema 12/26 on eth since 2021 net of 4 basis points please', 4],
  ])('"%s" is fees of %i bps', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });

  it('a cost named after the amount keeps it: "net of 5 bps fees and 2 bps slippage", "net of 2 bps slippage"', () => {
    expect(specOf('sma on btc 2022, net of 5 bps fees and 2 bps slippage')).toMatchObject({ fees_bps: 5, slippage_bps: 2 });
    expect(specOf('sma on btc 2022 net of 2 bps slippage')).toMatchObject({ fees_bps: 10, slippage_bps: 2 });
  });

  it('"net of fees" names no amount, and a bare number after "net of" is no cost', () => {
    expect(specOf('sma on btc 2022, returns net of fees').fees_bps).toBe(10);
    expect(specOf('sma on btc 2022, net of 3').fees_bps).toBe(10);
  });
});

/** The fee set with a formal or second-language verb ("the fees shall be 0.05%"); before: the default 10 bps. */
describe('a fee set with "shall be", "is to be", "would amount to"', () => {
  it.each([
    'rsi on btc 2023. The fees shall be 0.05%.',
    'rsi on btc 2023. commission is to be 0.05%',
    'rsi on btc 2023. fees would amount to 0.05%',
    'rsi on btc 2023, the commission shall amount to 5 bps',
    'rsi on btc 2023, the fees ought to be 0.05%',
    'rsi on btc 2023, the fees need to be 0.05%',
    'rsi on btc 2023, the fees are to be 0.05%',
  ])('"%s" is 5 bps', (text) => {
    expect(specOf(text).fees_bps).toBe(5);
  });

  it('slippage keeps its own: "slippage shall be 2 bps"', () => {
    const spec = specOf('rsi on btc 2023, slippage shall be 2 bps');
    expect(spec.slippage_bps).toBe(2);
    expect(spec.fees_bps).toBe(10);
  });
});
