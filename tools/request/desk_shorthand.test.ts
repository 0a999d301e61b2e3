import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { parseMemoryQuestion } from './recognizers/memory_question.js';
import { getStrategy } from '../strategy/registry.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';

/** Desk shorthand: terse requests as traders type them in chat. */

function errorOf(text: string, history: string[] = []) {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history });
  return outcome.ok ? undefined : outcome.error;
}

describe('name=value settings, with the desk abbreviations for a parameter', () => {
  it.each([
    ['bb lb=20 k=2.5 on btc 2022', [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }]],
    ['bb n=30 k=1.5 on btc 2022', [{ name: 'bollinger_bands', params: { period: 30, std_dev: 1.5 } }]],
    ['mom lb=60 on btc 2022', [{ name: 'momentum', params: { lookback: 60 } }]],
    ['momentum len=90 on btc 2022', [{ name: 'momentum', params: { lookback: 90 } }]],
    ['sma short=10 long=30 on btc 2022', [{ name: 'sma_crossover', params: { short: 10, long: 30 } }]],
  ])('"%s"', (text, strategies) => {
    expect(userStrategiesOf(text)).toEqual(strategies);
  });

  it('an abbreviation prefers none of its meanings: each "lb=20" belongs to the strategy it follows', () => {
    expect(userStrategiesOf('eth: mom lb=20 vs bb lb=30 k=2, 2022')).toEqual([
      { name: 'momentum', params: { lookback: 20 } },
      { name: 'bollinger_bands', params: { period: 30, std_dev: 2 } },
    ]);
  });

  it('"k=0" is a width of nothing: kept, so validation refuses it by name (bad_parameters), never dropped', () => {
    const [bands] = userStrategiesOf('bb k=0 on eth 2023');
    expect(bands).toEqual({ name: 'bollinger_bands', params: { std_dev: 0 } });
    expect(getStrategy('bollinger_bands').paramsSchema.safeParse(bands!.params).success).toBe(false);
  });

  it('without "=" the abbreviations that are words name nothing: "20k" stays twenty thousand, "n" a word', () => {
    const spec = specOf('bb k=2 on btc 2022 with 20k capital');
    expect(spec.initial_capital).toBe(20_000);
    expect(spec.strategies[0]).toEqual({ name: 'bollinger_bands', params: { std_dev: 2 } });
    expect(userStrategiesOf('bb on btc 2022 n 20')).toEqual([{ name: 'bollinger_bands' }]);
  });

  it('"mom" is momentum, except as a person ("for my mom")', () => {
    expect(userStrategiesOf('sma on btc 2022 for my mom')).toEqual([{ name: 'sma_crossover' }]);
  });
});

describe('the abbreviations that are no English word name the number straight after them', () => {
  it.each([
    ['eth momentum lb 60, h2 2021', [{ name: 'momentum', params: { lookback: 60 } }]],
    ['mom lkbk 90 on btc 2022', [{ name: 'momentum', params: { lookback: 90 } }]],
    ['momentum lb: 45 on sol 2023', [{ name: 'momentum', params: { lookback: 45 } }]],
    ['bb len 30 mult 2.5 on btc 2022', [{ name: 'bollinger_bands', params: { period: 30, std_dev: 2.5 } }]],
    ['donchian lback 55 on btc 2022', [{ name: 'donchian_breakout', params: { period: 55 } }]],
  ])('"%s" (before: the number was ignored)', (text, strategies) => {
    expect(userStrategiesOf(text)).toEqual(strategies);
  });

  it('"k", "n" and "p" still need the "=": alone they are thousands or words', () => {
    expect(userStrategiesOf('bb k 2 on btc 2022')).toEqual([{ name: 'bollinger_bands' }]);
    expect(userStrategiesOf('bb on btc 2022 p 20')).toEqual([{ name: 'bollinger_bands' }]);
  });

  it('an abbreviation with no number after it names nothing', () => {
    expect(userStrategiesOf('momentum on btc 2022, lb later')).toEqual([{ name: 'momentum' }]);
  });
});

describe('metric and cost abbreviations', () => {
  it.each([
    ['qqq rsi 14 30/70 thru the dotcom bust 2000-2002, tot ret > 0', { total_return: { operator: '>', value: 0 } }],
    ['sma on btc 2022, cum ret >= 50%', { total_return: { operator: '>=', value: 0.5 } }],
    ['sma on btc 2022 totret>0', { total_return: { operator: '>', value: 0 } }],
    ['sma on btc 2022, ann ret > 15%, ann vol < 40%', { cagr: { operator: '>', value: 0.15 }, volatility: { operator: '<', value: 0.4 } }],
  ])('"%s" (before: no target)', (text, targets) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual(targets);
    expect(spec.optimization_required).toBe(true);
  });

  it('a bare "tr" is no metric: it may be the true range', () => {
    expect(specOf('sma on btc 2022, tr > 2').targets).toEqual({});
  });

  it.each([
    ['golden cross on spy 2000→2020, 0.05% comm', 5],
    ['sma on spy 2020, comms 3bps', 3],
    ['sma on spy 2020 with 0.1% commish', 10],
    ['sma on spy 2020, comm: 0.02%', 2],
  ])('"%s" is the commission, %i bps (before: the default 10)', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });
});

describe('a span in desk shorthand is the trailing period ending today', () => {
  it.each([
    ['1y', { start: '2025-01-10', end: PHRASE_TEST_TODAY }],
    ['2y', { start: '2024-01-10', end: PHRASE_TEST_TODAY }],
    ['3yrs', { start: '2023-01-10', end: PHRASE_TEST_TODAY }],
    ['18mo', { start: '2024-07-10', end: PHRASE_TEST_TODAY }],
    ['6m', { start: '2025-07-10', end: PHRASE_TEST_TODAY }],
    ['last 12m', { start: '2025-01-10', end: PHRASE_TEST_TODAY }],
  ])('"sma on btc, %s"', (span, range) => {
    expect(specOf(`sma on btc, ${span}`).date_range).toEqual(range);
  });

  it.each(['15m', '5m', '1m'])('"%s" stays minute bars, as charts offer them, never months', (bars) => {
    const spec = specOf(`ema 9/21 on btc ${bars} 2024`);
    expect(spec.interval).toBe(bars);
    expect(spec.date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('a span before "lookback" is the lookback, not the window', () => {
    expect(userStrategiesOf('momentum on btc with a 1y lookback, 2022')).toEqual([{ name: 'momentum', params: { lookback: 365 } }]);
  });

  it('"eoy 2023" is the end of 2023', () => {
    expect(specOf('rsi on ada from mid-2021 through eoy 2023').date_range).toEqual({ start: '2021-07-01', end: '2023-12-31' });
    expect(specOf('rsi on ada from 2021 to eoq 2022').date_range).toEqual({ start: '2021-01-01', end: '2022-12-31' });
  });
});

describe('metric abbreviations are targets, not tickers', () => {
  it.each([
    ['golden cross spy since 2000, SR>0.5', { sharpe_ratio: { operator: '>', value: 0.5 } }],
    ['sma on btc 2020-2023, SR>=1.2', { sharpe_ratio: { operator: '>=', value: 1.2 } }],
    ['bb on bnb 2022, pf > 1.5', { profit_factor: { operator: '>', value: 1.5 } }],
    ['bb on bnb 2022, pf >= 1.2 and dd under 20%', { profit_factor: { operator: '>=', value: 1.2 }, max_drawdown: { operator: '>=', value: -0.2 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });

  it('"rank by pf" ranks by the profit factor', () => {
    expect(specOf('sma vs ema on btc 2022, rank by pf').rank_by).toBe('profit_factor');
  });
});

describe('"shorts on" / "shorts off" switch shorting', () => {
  it.each([
    ['ema 2/5 on btc 2024, shorts on', true],
    ['ema 2/5 on btc 2024, shorts off', false],
    ['ema 2/5 on btc 2024, shorting: on', true],
    ['ema 2/5 on btc 2024, shorts=off', false],
  ])('"%s"', (text, allowed) => {
    expect(specOf(text).allow_short).toBe(allowed);
  });

  it('"on" before a name is a preposition, not the switch', () => {
    expect(specOf('sma 2022, shorts on btc').allow_short).toBeUndefined();
    expect(specOf('sma on btc 2022, short on time').allow_short).toBeUndefined();
  });
});

describe('follow-ups in desk shorthand', () => {
  const macd = ['macd 12/26/9 on QQQ 2015-2024'];

  it.each(['same but 8/17/9', 'same but 8 17 9', 'same thing with 8/17/9'])('"%s" gives the strategy in play new numbers, which later messages keep', (text) => {
    expect(userStrategiesOf(text, macd)).toEqual([{ name: 'macd', params: { fast: 8, slow: 17, signal: 9 } }]);
    expect(userStrategiesOf('now 10bps fees and a pdf', [...macd, text])).toEqual([{ name: 'macd', params: { fast: 8, slow: 17, signal: 9 } }]);
  });

  it('"same but 70/30" on a portfolio re-weights it', () => {
    expect(specOf('same but 70/30', ['btc/eth 50/50 b&h 2021-2024']).portfolio).toEqual({ weights: { BTC: 0.7, ETH: 0.3 } });
  });

  it.each(['my bad, meant qqq', 'sorry, i meant qqq', 'oops, qqq'])('"%s" corrects the symbol of the message before', (text) => {
    const spec = specOf(text, ['nvda macd 2023']);
    expect(spec.symbols).toEqual(['QQQ']);
    expect(spec.date_range).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('a marker alone still corrects nothing', () => {
    expect(errorOf('sorry no', ['sma on btc 2022'])).toMatchObject({ code: 'not_understood' });
  });

  const book = ['btc/eth 50/50 b&h 2021-2024', 'make it 80/20'];

  it.each(['add sol at 10%, take it out of the btc leg', 'add sol at 10% funded from btc', 'add 10% sol out of the btc position'])('"%s": the named leg alone pays for the new one', (text) => {
    expect(specOf(text, book).portfolio).toEqual({ weights: { BTC: 0.7, ETH: 0.2, SOL: 0.1 } });
  });

  it('without a named leg the others shrink pro rata', () => {
    expect(specOf('add sol at 10%', book).portfolio).toEqual({ weights: { BTC: 0.72, ETH: 0.18, SOL: 0.1 } });
  });

  it('a leg too small to pay says so, and the others shrink pro rata', () => {
    const spec = specOf('add sol at 30%, funded from eth', book);
    expect(spec.portfolio).toEqual({ weights: { BTC: 0.56, ETH: 0.14, SOL: 0.3 } });
    expect(spec.notes?.join(' ')).toContain('ETH holds 20%');
  });

  it('"from" before a date is the window, not a leg', () => {
    expect(specOf('add sol at 10% from 2022', ['btc/eth 50/50 b&h 2021-2024']).date_range).toEqual({ start: '2022-01-01', end: '2024-12-31' });
  });
});

describe('questions about saved runs in desk shorthand', () => {
  it.each([
    ['pull up run #42', { tool: 'show_experiment', args: { id: 42 } }],
    ['bring up experiment 7', { tool: 'show_experiment', args: { id: 7 } }],
    ['best sharpe on eth out of the runs from the last 30 days?', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH', days: 30 } }],
    ['top calmar among my backtests', { tool: 'best_experiment', args: { metric: 'calmar_ratio' } }],
  ])('"%s"', (text, question) => {
    expect(parseMemoryQuestion(text, PHRASE_TEST_TODAY)).toEqual(question);
  });

  it.each([
    'sol ema 5/50, full history, markdown out',
    'sma on btc over the entire price history',
    'run sma and ema on btc 2022, pick the best out of the runs',
    'pull up the chart of btc 2022 with sma 42',
  ])('"%s" is a request, not a memory question', (text) => {
    expect(parseMemoryQuestion(text, PHRASE_TEST_TODAY)).toBeUndefined();
  });

  it('"full history" runs over the whole history: no window', () => {
    expect(specOf('sol ema 5/50, full history, markdown out').date_range).toBeUndefined();
  });
});

describe('pairs trading is refused as a rule no strategy follows', () => {
  it.each([
    ['pairs trade: long eth short btc when the ratio z-score > 2', 'pairs trade'],
    ['long eth short btc 2022', 'long eth short btc'],
    ['stat arb on spy/qqq 2020', 'stat arb'],
  ])('"%s"', (text, written) => {
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule: 'pairs_trading', written });
  });

  it('long and short of one symbol is shorting, not a pair', () => {
    expect(specOf('sma on btc 2022, long and short').allow_short).toBe(true);
    expect(specOf('long only sma on btc 2022').allow_short).toBe(false);
  });
});

describe('chat\'s "w" and "w/" are "with"', () => {
  it('"rsi 14 w 30 70 on sol 2023 pls" has the bands 30 and 70 (before: "30", "70" ignored)', () => {
    expect(userStrategiesOf('rsi 14 w 30 70 on sol 2023 pls')).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }]);
  });

  it.each([
    ['rsi 14 w/ 25 75 on btc 2022', [{ name: 'rsi_mean_reversion', params: { period: 14, lower: 25, upper: 75 } }]],
    ['bb 20 w 2.5 std on eth 2023', [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }]],
  ])('"%s"', (text, strategies) => {
    expect(userStrategiesOf(text)).toEqual(strategies);
  });

  it.each(['sma on btc 2022, start w 25k', 'sma on btc 2022 start w/ 25k'])('"%s" starts with 25,000', (text) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(25_000);
    expect(spec.notes?.join(' ') ?? '').not.toContain("'start'");
  });

  it.each(['1w', 'W1'])('a "w" joined to its count stays weeks: "ema 9/21 on btc %s 2020-2023" runs weekly bars', (bars) => {
    expect(specOf(`ema 9/21 on btc ${bars} 2020-2023`).interval).toBe('1w');
  });

  it('a "w" inside a word is no "with": "weekly" and "with" read as before', () => {
    expect(specOf('sma on btc 2022 with 0.1% fees').fees_bps).toBe(10);
    expect(specOf('sma on btc weekly bars 2020-2023').interval).toBe('1w');
  });
});

/**
 * "HTF", "LTF": the higher and lower time frame are bar words ("HTF 12H", "4h HTF"), and metric
 * shorthands said alone are no tickers (before: "HTF" opening a message was a symbol, "4h HTF" no interval).
 */
describe('time-frame jargon and bare metric shorthands are not tickers', () => {
  it.each([
    ['HTF 12H macd 12/26/9 on eth from mar 2024, only care that PF > 1.5', ['ETH'], '12h'],
    ['LTF 1h ema 9/21 on btc 2024', ['BTC'], '1h'],
    ['MTF macd on eth 2024 4h', ['ETH'], '4h'],
    ['macd on eth 4h HTF 2024', ['ETH'], '4h'],
    ['macd on eth tf 4h 2024', ['ETH'], '4h'],
    ['macd on eth 2024 daily HTF', ['ETH'], '1d'],
  ])('"%s"', (text, symbols, interval) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.interval).toBe(interval);
  });

  it.each([
    ['PF matters most: macd on eth 2024', ['ETH']],
    ['SR is what I care about, macd on eth 2024', ['ETH']],
    // Must not change: real tickers in capitals stay.
    ['HTF means nothing here, macd on AVAX 2024', ['AVAX']],
  ])('"%s"', (text, symbols) => {
    const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history: [] });
    expect(outcome.ok ? outcome.spec.symbols : outcome.error.code).toEqual(outcome.ok ? symbols : 'unknown_symbol');
  });

  it('"HTF 12H … PF > 1.5" keeps its target', () => {
    expect(specOf('HTF 12H macd 12/26/9 on eth from mar 2024, only care that PF > 1.5').targets).toEqual({ profit_factor: { operator: '>', value: 1.5 } });
  });
});
