import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function outcomeOf(text: string, history: string[] = []) {
  return parseRequest(text, { today: TODAY, history });
}

describe('a date taken back in the same message keeps only the corrected one', () => {
  it('"make it 2024, sorry, no, keep 2023" runs 2023 (before: refused as several_periods)', () => {
    const outcome = outcomeOf('actually lookback 45 — and make it 2024, sorry, no, keep 2023', ['momentum on SOL, lookback 30, 2023']);
    expect(outcome).toMatchObject({ ok: true, spec: { symbols: ['SOL'], date_range: { start: '2023-01-01', end: '2023-12-31' } } });
    expect(outcome.ok && outcome.spec.strategies[0]).toMatchObject({ name: 'momentum', params: { lookback: 45 } });
  });

  it.each([
    ['SMA on BTC 2021 — no wait, 2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['SMA on BTC 2021, I mean 2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['SMA on BTC for 2020, no, 2021', { start: '2021-01-01', end: '2021-12-31' }],
    ['SMA on BTC in 2024 — wait, 2023', { start: '2023-01-01', end: '2023-12-31' }],
    ['SMA on BTC 2020 or rather 2021', { start: '2021-01-01', end: '2021-12-31' }],
    ['SMA on BTC 2024, oops, 2023-2024', { start: '2023-01-01', end: '2024-12-31' }],
  ])('"%s": the later window (before: refused as several_periods)', (text, expected) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { date_range: expected } });
  });

  it.each([
    // One edge written after the marker replaces that edge of the window before it.
    ['SMA on BTC from 2019 to 2021, sorry, from 2020', { start: '2020-01-01', end: '2021-12-31' }],
    ['SMA on BTC from 2019 to 2021, sorry, to 2022', { start: '2019-01-01', end: '2022-12-31' }],
    // A window written after a corrected edge takes that edge's place.
    ['SMA on BTC since 2019, sorry, 2020', { start: '2020-01-01', end: TODAY }],
    ['momentum on BTC, starting 2019 — sorry, 2020 — through the end of 2021', { start: '2020-01-01', end: '2021-12-31' }],
  ])('"%s": only the edge corrected', (text, expected) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { date_range: expected } });
  });

  it('says what it took back', () => {
    const outcome = outcomeOf('SMA on BTC 2021 — no wait, 2022');
    expect(outcome.ok && outcome.notes).toContain("read 'no wait,' as a correction: 2022-01-01 to 2022-12-31 in place of 2021-01-01 to 2021-12-31");
  });

  it('reads no correction in "no fees", a marker with nothing to correct, or "no" without a pause', () => {
    expect(outcomeOf('SMA on BTC, no fees, 2022')).toMatchObject({ ok: true, spec: { fees_bps: 0, date_range: { start: '2022-01-01', end: '2022-12-31' } } });
    expect(outcomeOf('sorry, SMA on BTC for 2022')).toMatchObject({ ok: true, spec: { date_range: { start: '2022-01-01', end: '2022-12-31' } } });
    expect(outcomeOf('SMA on BTC 2024 no 2023')).toMatchObject({ ok: false, error: { code: 'several_periods' } });
    // "not 2021" takes a year out, which one run cannot do: still two periods, never the year alone.
    expect(outcomeOf('SMA on BTC 2020-2022, no, not 2021')).toMatchObject({ ok: false, error: { code: 'several_periods' } });
  });

  it('a marker with nothing after it to correct says both sides were kept; "sorry, no" alone is still a question', () => {
    const kept = outcomeOf('SMA on BTC for 2022, sorry, with 5 bps fees');
    expect(kept.ok && kept.notes).toContainEqual(expect.stringContaining('nothing after it replaces anything before it'));
    expect(outcomeOf('sorry, no', ['SMA on BTC for 2022'])).toMatchObject({ ok: false, error: { code: 'not_understood' } });
  });
});

describe('a parameter corrected in place', () => {
  it.each([
    ['std dev 2.5 — no wait, 3', { period: 20, std_dev: 3 }, "read 'no wait,' as a correction: std_dev 3 in place of 2.5"],
    ['period 20, sorry, 25', { period: 25, std_dev: 2 }, "read 'sorry,' as a correction: period 25 in place of 20"],
  ])('"%s" keeps the corrected value, and says so (before: the first value ran)', (text, params, note) => {
    const outcome = parseRequest(text, { today: '2025-11-20', history: ['bollinger 20 2 on apple, 2020'] });
    expect(outcome.ok && outcome.spec.strategies[0]).toEqual({ name: 'bollinger_bands', params });
    expect(outcome.ok && outcome.spec.notes).toContain(note);
  });

  it('"no" before another setting is no correction', () => {
    const outcome = parseRequest('period 20, no fees', { today: '2025-11-20', history: ['bollinger 20 2 on apple, 2020'] });
    expect(outcome.ok && [outcome.spec.strategies[0], outcome.spec.fees_bps]).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }, 0]);
  });
});

describe('a symbol taken back in the same message keeps only the corrected one', () => {
  it.each([
    ['bb on xrp.. no sorry i meant ltc, 2021 h2', ['LTC'], "read 'sorry i meant' as a correction: LTC in place of XRP"],
    ['btc... sorry, I meant eth, sma for 2022', ['ETH'], "read 'sorry, I meant' as a correction: ETH in place of BTC"],
    ['macd on spy — no wait, qqq, 2020', ['QQQ'], "read 'no wait,' as a correction: QQQ in place of SPY"],
    ['sma on btc, I meant to say eth, 2022', ['ETH'], "read 'I meant to say' as a correction: ETH in place of BTC"],
    // A word that is also a ticker ("sol") is one right after the marker, as a list of symbols is replaced whole.
    ['sma 20/50 on btc and eth, sorry, sol, 2022', ['SOL'], "read 'sorry,' as a correction: SOL in place of BTC, ETH"],
    ['sma 20/50 on btc and eth — sorry, I meant sol and eth, 2022', ['SOL', 'ETH'], "read 'sorry, I meant' as a correction: SOL, ETH in place of BTC, ETH"],
  ])('"%s" runs %j (before: both sides ran)', (text, symbols, note) => {
    const outcome = outcomeOf(text);
    expect(outcome).toMatchObject({ ok: true, spec: { symbols } });
    expect(outcome.ok && outcome.notes).toContain(note);
  });

  it('a symbol and a window corrected by one marker are both replaced', () => {
    expect(outcomeOf('rsi on btc for 2021 — sorry, eth for 2022')).toMatchObject({ ok: true, spec: { symbols: ['ETH'], date_range: { start: '2022-01-01', end: '2022-12-31' } } });
  });

  it.each([
    // "too", "as well", "also": the symbol is added, not corrected.
    ['rsi on btc 2022, sorry, eth as well', ['BTC', 'ETH']],
    ['rsi on btc 2022, sorry, also eth', ['BTC', 'ETH']],
    // An apology is no correction.
    ['sma on btc 2022. sorry for asking, eth too', ['BTC', 'ETH']],
    ['sorry for my english, sma on btc and eth 2022', ['BTC', 'ETH']],
    // The symbols a portfolio of the message weights are not taken back one by one.
    ['spy qqq 70/30 b&h 2020, sorry, gld', ['SPY', 'QQQ']],
  ])('"%s" still runs %j', (text, symbols) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && [...outcome.spec.symbols].sort()).toEqual([...symbols].sort());
  });
});

describe('numbers taken back in the same message keep only the corrected ones', () => {
  function strategyOf(text: string): unknown {
    const outcome = outcomeOf(text);
    return outcome.ok ? outcome.spec.strategies.filter((strategy) => !strategy.baseline) : outcome.error.code;
  }

  it('"rsi 14 on aapl with 25/75 bands, wait no make it 20/80" runs 20/80 and keeps the period (before: 25/75 ran)', () => {
    const outcome = outcomeOf('rsi 14 on aapl with 25/75 bands, wait no make it 20/80. 2018 to 2021');
    expect(outcome.ok && outcome.spec.strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 14, lower: 20, upper: 80 } });
    expect(outcome.ok && outcome.notes).toContain("read 'wait no' as a correction: rsi_mean_reversion lower 20, upper 80 in place of lower 25, upper 75");
  });

  it.each([
    ['sma 20/50 on btc, actually 10/30, 2022', [{ name: 'sma_crossover', params: { short: 10, long: 30 } }]],
    ['ema 9/21 on btc oops i mean 8/21, 2022', [{ name: 'ema_crossover', params: { short: 8, long: 21 } }]],
    ['ema 9/21 on btc, sorry, ema 8/21, 2022', [{ name: 'ema_crossover', params: { short: 8, long: 21 } }]],
    ['macd 12/26/9 on spy, no wait, 8/17/9, 2020', [{ name: 'macd', params: { fast: 8, slow: 17, signal: 9 } }]],
    ['rsi 14 on btc 2022, sorry, period 21', [{ name: 'rsi_mean_reversion', params: { period: 21 } }]],
    ['bollinger 20 2 on eth 2022, my bad, 30 2.5', [{ name: 'bollinger_bands', params: { period: 30, std_dev: 2.5 } }]],
  ])('"%s" runs only the corrected numbers (before: the first ones, or both strategies)', (text, strategies) => {
    expect(strategyOf(text)).toEqual(strategies);
  });

  it.each([
    ['rsi on btc 2022 — sorry, I meant macd', [{ name: 'macd' }]],
    // The same parameters carry over, as a follow-up swapping the two keeps them.
    ['sma 20/50 on btc 2022, sorry, I meant ema', [{ name: 'ema_crossover', params: { short: 20, long: 50 } }]],
  ])('"%s": a strategy named after the marker replaces the one before it', (text, strategies) => {
    expect(strategyOf(text)).toEqual(strategies);
  });

  it.each([
    ['sma 20/50 on btc 2022, no fees', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    ['sma 20/50 on btc 2022 no more than 20% drawdown', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    ["I'd actually like sma 20/50 on btc for 2022", [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    ['sma 20/50 on btc 2022, sorry, can you also do rsi', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'rsi_mean_reversion' }]],
  ])('"%s" changes no numbers and no strategy', (text, strategies) => {
    // Which strategy is listed first is not what this is about.
    expect(strategyOf(text)).toHaveLength(strategies.length);
    expect(strategyOf(text)).toEqual(expect.arrayContaining(strategies));
  });

  it('"no stop loss" declines the rule, never a correction', () => {
    const outcome = outcomeOf('sma 20/50 on btc 2022, no stop loss');
    expect(outcome).toMatchObject({ ok: true, spec: { strategies: expect.arrayContaining([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]) } });
    expect(outcome.ok && outcome.notes.join('\n')).toContain("read 'no stop loss' as a rule you turn down");
  });
});

describe('a part of a year without its year after a marker is in the year of the window it corrects', () => {
  it.each([
    ['xrp macd 8/21/5 for Q2 2023... hmm, actually Q3', { start: '2023-07-01', end: '2023-09-30' }],
    ['buy and hold spy for H1 2019, I mean H2', { start: '2019-07-01', end: '2019-12-31' }],
    ['buy and hold on btc for march 2021, sorry, april', { start: '2021-04-01', end: '2021-04-30' }],
    ['buy and hold on btc for march 2021, sorry, in april', { start: '2021-04-01', end: '2021-04-30' }],
  ])('"%s" (before: the latest such period, in 2025)', (text, expected) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { date_range: expected } });
  });

  it.each([
    ['spy sma for Q2 2023, no wait, Q4 2024', { start: '2024-10-01', end: '2024-12-31' }],
    ['spy sma for Q2 2023 and Q3', { start: '2023-04-01', end: '2023-09-30' }],
  ])('must not change: "%s"', (text, expected) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { date_range: expected } });
  });
});

describe('numbers after a marker with a lead or a closing noun ("do the 55/20 version") are the strategy\'s new numbers', () => {
  it.each([
    ['turtle on bnb for 2021, scratch that, do the 55/20 version', 'donchian_breakout', { period: 55, exit_period: 20 }],
    ['sma 20/50 on btc 2022, actually, go with the 10/30 one', 'sma_crossover', { short: 10, long: 30 }],
    ['donchian 20/10 on spy 2020, sorry, make it the 30/10 setup', 'donchian_breakout', { period: 30, exit_period: 10 }],
    ['macd 12/26/9 on eth 2023, scratch that, switch to 8/21/5', 'macd', { fast: 8, slow: 21, signal: 5 }],
    ['ema 9/21 on eth 2022 no wait, use 8/21 instead', 'ema_crossover', { short: 8, long: 21 }],
  ])('"%s"', (text, name, params) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec.strategies[0]).toEqual({ name, params });
  });

  it.each([
    // A follow-up correcting the last message: "the 50/200 one" names the numbers it meant.
    ['sma crossover 20/50 on spy 2010-2020', 'sorry, I meant the 50/200 one', 'sma_crossover', { short: 50, long: 200 }],
    ['sma 20/50 on btc for 2022', 'no i meant monthly.. sorry, i meant the 50/200 one. daily bars are fine', 'sma_crossover', { short: 50, long: 200 }],
    ['sma 20/50 on btc 2022', 'I meant 10/30', 'sma_crossover', { short: 10, long: 30 }],
    ['donchian 20/10 on btc 2022', 'sorry, meant the 55/20 version', 'donchian_breakout', { period: 55, exit_period: 20 }],
    ['ema 12/26 on eth 2023', 'oops, the 9/21 one', 'ema_crossover', { short: 9, long: 21 }],
  ])('after "%s", "%s" replaces the settings (before: the numbers were ignored)', (history, text, name, params) => {
    const outcome = outcomeOf(text, [history]);
    expect(outcome.ok && outcome.spec.strategies[0]).toEqual({ name, params });
  });
});

describe('a bare value after a marker corrects the nearest setting before it that takes such a value', () => {
  it.each([
    ['momentum 120 on qqq 2016-2021, with 0.2% fees, or rather 0.15%', { fees_bps: 15 }, "read 'or rather' as a correction: fees 15 bps in place of fees 20 bps"],
    ['sma on spy 2020, fees 0.2%, sorry, 0.15', { fees_bps: 15 }, "read 'sorry,' as a correction: fees 15 bps in place of fees 20 bps"],
    ['sma on spy 2020, slippage 5bps, make that 8', { slippage_bps: 8 }, "read 'make that' as a correction: slippage 8 bps in place of slippage 5 bps"],
    ['sma on spy 2020, slippage 5bps, sorry, 8 bps', { fees_bps: 10, slippage_bps: 8 }, "read 'sorry,' as a correction: slippage 8 bps in place of slippage 5 bps"],
    ['sma on spy 2020, capital 10k, or rather 20k', { initial_capital: 20000 }, "read 'or rather' as a correction: capital 20000 in place of capital 10000"],
    ['sma on spy 2020 with $10,000, I mean 20000', { initial_capital: 20000 }, "read 'I mean' as a correction: capital 20000 in place of capital 10000"],
    ['sma on spy 2020, sharpe above 1.5, I mean 1.2', { targets: { sharpe_ratio: { operator: '>', value: 1.2 } } }, "read 'I mean' as a correction: sharpe_ratio > 1.2 in place of sharpe_ratio > 1.5"],
    ['sma on spy 2020, max drawdown under 20%, no wait, 25%', { targets: { max_drawdown: { operator: '>=', value: -0.25 } } }, "read 'no wait,' as a correction: max_drawdown >= -0.25 in place of max_drawdown >= -0.2"],
  ])('"%s" (before: the first value ran, or the second went unread)', (text, expected, note) => {
    const outcome = outcomeOf(text);
    expect(outcome).toMatchObject({ ok: true, spec: expected });
    expect(outcome.ok && outcome.notes).toContain(note);
  });

  it.each([
    // An apology, with no value after it.
    ['sma on spy 2020, 0.1% fees, sorry for the typo', { fees_bps: 10 }],
    // Two costs, no marker.
    ['sma on spy 2020 fees 10bps, slippage 5bps', { fees_bps: 10, slippage_bps: 5 }],
    // Basis points after a marker with no cost before it are still the fees.
    ['sma on spy 2022, sorry, 10 bps', { fees_bps: 10 }],
    // A setting written whole after the marker reads as that setting.
    ['sma on spy 2022, fees 10 bps, sorry, 5 bps slippage', { fees_bps: 10, slippage_bps: 5 }],
  ])('must not change: "%s"', (text, expected) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: expected });
  });

  it('a bare number nearer a strategy than a setting is still its parameter: "rsi 14, actually 21"', () => {
    const outcome = outcomeOf('rsi 14 on spy 2020 with 5 bps fees, rsi 14, actually 21');
    expect(outcome.ok && [outcome.spec.strategies[0], outcome.spec.fees_bps]).toEqual([{ name: 'rsi_mean_reversion', params: { period: 21 } }, 5]);
    const plain = outcomeOf('rsi 14 on spy 2020, actually 21');
    expect(plain.ok && plain.spec.strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 21 } });
  });

  it('a value with a unit that corrects nothing is noted as ignored, and "make that" opening a follow-up is no marker', () => {
    const outcome = outcomeOf('sma on spy 2022, or rather 0.15%');
    expect(outcome).toMatchObject({ ok: true, spec: { fees_bps: 10 } });
    expect(outcome.ok && outcome.notes).toContain("ignored '0.15%': nothing before the correction takes a value like it");
    expect(outcomeOf('make that at least 0.8', ['sma on spy 2022', 'needs sharpe above 1'])).toMatchObject({ ok: true, spec: { targets: { sharpe_ratio: { operator: '>=', value: 0.8 } } } });
  });
});

describe('a strategy swapped in after a marker with a plain "use" replaces the one before it', () => {
  it('"ema 12/26, actually use sma" runs only the sma, with the same numbers as "sorry, I meant sma" (before: both ran)', () => {
    const outcome = outcomeOf('bnb ema 12/26 for 2022, actually use sma');
    expect(outcome.ok && outcome.spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'sma_crossover', params: { short: 12, long: 26 } }]);
  });
});
