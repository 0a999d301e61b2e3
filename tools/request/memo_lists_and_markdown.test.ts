import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.js';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

/**
 * Requests pasted as memos or markdown: numbered items, code spans, bold names, and settings written
 * as a memo's lines ("Ranking criterion: Calmar ratio", "Commission assumption of 3 bps"). The marks
 * carry no meaning, and the lines read as the same settings said in a sentence.
 */
const numbersOf = (text: string) => tokenize(text).filter((token) => token.kind === 'number').map((token) => token.value);

describe('markdown code spans and emphasis are read through', () => {
  it('"fees `15 bps`, slippage `10 bps`" are costs, not the years 2015 and 2010', () => {
    const spec = specOf('Run `sma_crossover` with `short=30` and `long=90` on **ETH**, from `2019-01-01` to `2022-12-31`, fees `15 bps`, slippage `10 bps`.');
    expect(spec.symbols).toEqual(['ETH']);
    expect(userStrategiesOf('Run `sma_crossover` with `short=30` and `long=90` on **ETH**, from `2019-01-01` to `2022-12-31`.')).toEqual([{ name: 'sma_crossover', params: { short: 30, long: 90 } }]);
    expect(spec.date_range).toEqual({ start: '2019-01-01', end: '2022-12-31' });
    expect([spec.fees_bps, spec.slippage_bps]).toEqual([15, 10]);
  });

  it.each([
    ['- **Symbol:** ETH\n- **Strategy:** SMA crossover 20/50\n- **Fees:** `12 bps`\n- **Period:** 2020 to 2022', 12, undefined, '2020-01-01'],
    ['* Symbol: SPY\n* Strategy: momentum, `lookback=60`\n* Slippage: `5 bps`\n* Dates: `2018-01-01` – `2020-12-31`', undefined, 5, '2018-01-01'],
    ['Backtest RSI on BTC for 2021, fees \'15 bps\', slippage \'10 bps\'.', 15, 10, '2021-01-01'],
    ['Backtest RSI on BTC for 2021, fees ‘15 bps’, slippage ‘10 bps’.', 15, 10, '2021-01-01'],
  ])('"%s" keeps its costs and its one period', (text, fees, slippage, start) => {
    const spec = specOf(text);
    if (fees !== undefined) expect(spec.fees_bps).toBe(fees);
    if (slippage !== undefined) expect(spec.slippage_bps).toBe(slippage);
    expect(spec.date_range?.start).toBe(start);
  });

  it('a table row\'s code span is its value: "| symbol | `MSFT` |"', () => {
    expect(specOf('| setting | value |\n|---|---|\n| symbol | `MSFT` |\n| strategy | `ema_crossover` |\n| period | 2024-01-01 to 2024-06-30 |').symbols).toEqual(['MSFT']);
  });

  describe('must not change', () => {
    it('a backtick inside a word is an apostrophe: "it`s", "don`t short"', () => {
      expect(specOf('it`s sma 20/50 on BTC, don`t short, 2021').allow_short).toBe(false);
    });
    it.each([["SMA 20/50 on BTC in '22", '2022-01-01'], ["SMA 20/50 on BTC from '19 to '22", '2019-01-01'], ["SMA 20/50 on BTC for the '90s", '1990-01-01'], ["ema 9/21 on ETH Q2 '23", '2023-04-01']])(
      'a short year\'s apostrophe still dates: "%s"', (text, start) => {
        expect(specOf(text).date_range?.start).toBe(start);
      });
    it('an asterisk after a name changes nothing: "SMA 20/50 on S&P* from 2019 to 2021"', () => {
      const spec = specOf('SMA 20/50 on S&P* from 2019 to 2021');
      expect(spec.symbols).toEqual(['SPY']);
      expect(spec.date_range).toEqual({ start: '2019-01-01', end: '2021-12-31' });
    });
  });
});

describe('a numbered item\'s number is never a value', () => {
  it.each([
    ['Setup:\n1. ETH\n2. EMA crossover 12 26\n3. 2021 to 2023', 'ema_crossover', { short: 12, long: 26 }, '2021-01-01'],
    ['1. Symbol: AAPL\n2. Strategy: SMA crossover 20/50\n3. Period: 2019-2021\n4. Fees: 5 bps', 'sma_crossover', { short: 20, long: 50 }, '2019-01-01'],
    ['1) Symbol: AAPL\n2) Strategy: RSI 14, 30/70\n3) Period: 2019-2021\n4) Fees: 5 bps', 'rsi_mean_reversion', { period: 14, lower: 30, upper: 70 }, '2019-01-01'],
    ['1. Symbol: AAPL\n2. Strategy: RSI 14, 30/70\n3. Period: 2019-2021\n4. Fees: 5 bps\n5. Capital: $20,000', 'rsi_mean_reversion', { period: 14, lower: 30, upper: 70 }, '2019-01-01'],
  ])('"%s"', (text, name, params, start) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params }]);
    expect(specOf(text).date_range?.start).toBe(start);
  });

  it('the numbers leave the tokens, the items\' own numbers stay', () => {
    expect(numbersOf('1. Lookback: 20\n2. Fees: 5 bps\n  3) Capital 10000')).toEqual([20, 5, 10000]);
  });

  describe('must not change', () => {
    it.each([
      ['rsi(7) 15/85 on DOGE H2 2021', [7, 15, 85, 2, 2021]],
      ['bollinger(25, 2) on QQQ', [25, 2]],
      ['sma 20/50 on BTC. 5. That is all', [20, 50, 5]],
      ['lookback\n20.5 days', [20.5]],
      ['answer:\n5.', [5]],
    ])('"%s" keeps its numbers', (text, numbers) => {
      expect(numbersOf(text)).toEqual(numbers);
    });
    it('"1. BTC 2. ETH" on one line lists the symbols', () => {
      expect(specOf('1. BTC 2. ETH, sma crossover 20/50 for 2022').symbols).toEqual(['BTC', 'ETH']);
    });
  });
});

describe('a memo line names the ranking: "Ranking criterion: Calmar ratio"', () => {
  it('the committee memo', () => {
    const spec = specOf('To: Investment Committee\nSubject: Trend-following study\n\n1. Universe: BTC and ETH\n2. Method: EMA crossover, 20/50, short positions permitted\n3. Horizon: the last 3 years\n4. Ranking criterion: Calmar ratio');
    expect(spec.rank_by).toBe('calmar_ratio');
    expect(spec.symbols).toEqual(['BTC', 'ETH']);
    expect(spec.allow_short).toBe(true);
  });

  it.each([
    ['Ranking criterion: Calmar ratio', 'calmar_ratio'],
    ['Ranking criteria: Sortino', 'sortino_ratio'],
    ['Selection criterion: Sortino', 'sortino_ratio'],
    ['Ranking basis: total return', 'total_return'],
    ['Sort key: CAGR', 'cagr'],
    ['Criterion: win rate', 'win_rate'],
    ['Ranking criterion is the Calmar ratio', 'calmar_ratio'],
    ['The ranking metric is Calmar', 'calmar_ratio'],
    ['The ranking metric should be Sortino', 'sortino_ratio'],
  ])('"BTC sma 20/50. %s"', (line, metric) => {
    expect(specOf(`BTC sma 20/50. ${line}`).rank_by).toBe(metric);
  });

  describe('must not change', () => {
    it.each([['Ranking metric: calmar', 'calmar_ratio'], ['rank by Calmar ratio', 'calmar_ratio'], ['ranked on calmar', 'calmar_ratio'], ['sort by sortino', 'sortino_ratio'], ['Primary metric: Sortino', 'sortino_ratio']])(
      '"BTC sma 20/50, %s"', (line, metric) => {
        expect(specOf(`BTC sma 20/50, ${line}`).rank_by).toBe(metric);
      });
    it('a threshold after the criterion is a target: "Selection criteria: sharpe above 1"', () => {
      const spec = specOf('BTC sma 20/50. Selection criteria: sharpe above 1');
      expect(spec.targets).toEqual({ sharpe_ratio: { operator: '>', value: 1 } });
      expect(spec.rank_by).toBe('sharpe_ratio');
    });
  });
});

describe('a memo line names a cost\'s value: "Commission assumption of 3 bps"', () => {
  it('the Nasdaq review', () => {
    const spec = specOf('Subject: Nasdaq 100 momentum review\n\nPlease conduct the following:\n1. Momentum strategy on QQQ with a 180-day lookback.\n2. Sample period: Q3 2008 to Q4 2012 inclusive.\n3. Initial capital of $1,000,000.\n4. Commission assumption of 3 bps.');
    expect(spec.fees_bps).toBe(3);
    expect(spec.initial_capital).toBe(1_000_000);
    expect(spec.date_range).toEqual({ start: '2008-07-01', end: '2012-12-31' });
  });

  it.each([
    ['Commission assumption of 3 bps', 3, undefined],
    ['fee assumption: 0.2%', 20, undefined],
    ['commission estimate of 3 bps', 3, undefined],
    ['fee level: 5 bps', 5, undefined],
    ['commission setting = 0.04%', 4, undefined],
    ['commission rate of 0.05%', 5, undefined],
    ['assumed commission of 0.2%', 20, undefined],
    ['slippage assumption of 4 bps', undefined, 4],
    ['assumed fees 0.2%, assumed slippage 4 bps', 20, 4],
  ])('"BTC sma 20/50, %s"', (text, fees, slippage) => {
    const spec = specOf(`BTC sma 20/50, ${text}`);
    if (fees !== undefined) expect(spec.fees_bps).toBe(fees);
    if (slippage !== undefined) expect(spec.slippage_bps).toBe(slippage);
    expect(spec.notes ?? []).toEqual([]);
  });

  describe('must not change', () => {
    it.each([['commission 3 bps', 3], ['commission of 3 bps', 3], ['fees: 5 bps', 5], ['fees 0.1% per side', 10], ['assume 1.5% fees', 150]])('"BTC sma 20/50, %s"', (text, fees) => {
      expect(specOf(`BTC sma 20/50, ${text}`).fees_bps).toBe(fees);
    });
  });
});

describe('second read: a hard-wrapped line starting with its value is no list item', () => {
  it.each([
    ['Please run an SMA crossover on SPY with the fast average at\n20. The slow one at 100, from 2018 to 2023.', { short: 20, long: 100 }],
    ['Run RSI on QQQ with a lookback of\n14. Thanks, from 2020 to 2024.', { period: 14 }],
  ])('%j keeps its value', (text, params) => {
    expect(userStrategiesOf(text)[0]!.params).toEqual(params);
  });

  it('"fees set to\\n15. Thanks!" sets 15 bps', () => {
    expect(specOf('Run RSI on BTC from 2022 with fees set to\n15. Thanks!').fees_bps).toBe(15);
  });

  it('items after a line ending a sentence, a heading or another item still drop their numbers', () => {
    expect(userStrategiesOf('Plan:\n1. EMA crossover 12 26 on BTC\n2. 2021 to 2023')[0]!.params).toEqual({ short: 12, long: 26 });
  });
});
