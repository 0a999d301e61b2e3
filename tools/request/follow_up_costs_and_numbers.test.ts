import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';

const BOLLINGER = ['bollinger bands on gld, 2018 through 2022', 'try std dev 2.5'];
const SMA = ['sma crossover on spy 2020', 'make the short window 15'];

describe('a lone "N instead" after a turn that changed one parameter replaces that parameter', () => {
  it.each([
    ['wait what about 3 instead, and period 30', BOLLINGER, { std_dev: 3, period: 30 }],
    ['how about 3 then', BOLLINGER, { std_dev: 3 }],
    ['what about 10 instead', SMA, { short: 10 }],
    ['10 instead', SMA, { short: 10 }],
    ['ok how about 12?', SMA, { short: 12 }],
  ])('"%s"', (text, history, params) => {
    expect(userStrategiesOf(text, history)[0]?.params).toEqual(params);
  });

  it('after a turn that changed no parameter the number stays unread', () => {
    const spec = specOf('what about 10 instead', ['sma crossover on spy 2020', 'now eth']);
    expect(spec.strategies[0]?.params).toBeUndefined();
    expect(spec.notes?.join(' ')).toMatch(/ignored: '10'/);
  });

  it('a year after "what about" is still a period', () => {
    expect(specOf('what about 2021 instead', SMA).date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
});

describe('"compare that to holding": holding beside the object compared is a run of its own', () => {
  const history = ['run supertrend on btc 2023', 'ok then just ema 12/26'];
  it.each(['and compare that to holding btc', 'compare it with holding', 'compare that to holding it', 'vs just holding it', 'compare it against buy and hold'])('"%s"', (text) => {
    expect(userStrategiesOf(text, history).map((strategy) => strategy.name)).toEqual(['ema_crossover', 'buy_and_hold']);
  });

  it('"compare macd to holding btc" lists both', () => {
    expect(userStrategiesOf('compare macd to holding btc in 2023').map((strategy) => strategy.name)).toEqual(['macd', 'buy_and_hold']);
  });

  it('"does it beat just holding" keeps holding as the baseline', () => {
    expect(userStrategiesOf('does it beat just holding?', history).map((strategy) => strategy.name)).toEqual(['ema_crossover']);
  });
});

describe('one cost set to the other: "slippage same as the fees"', () => {
  const history = ['sma 20/50 on btc with 0.1% fees 2020-2024', 'make fees 0.05%'];
  it.each([
    ['and slippage same as the fees', history, { fees_bps: 5, slippage_bps: 5 }],
    ['slippage equal to the fees', history, { fees_bps: 5, slippage_bps: 5 }],
    ['fees same as slippage', ['sma 20/50 on btc 2020-2024', 'and 3 bps slippage'], { fees_bps: 3, slippage_bps: 3 }],
    ['make the fees match the slippage', ['sma 20/50 on btc 2020-2024', 'and 3 bps slippage'], { fees_bps: 3, slippage_bps: 3 }],
    ['fees 8 bps and slippage the same as the fees', ['sma 20/50 on btc 2020-2024'], { fees_bps: 8, slippage_bps: 8 }],
  ])('"%s"', (text, before, costs) => {
    expect(specOf(text, before)).toMatchObject(costs);
  });

  it('refused when the cost to copy was never set', () => {
    const outcome = parseRequest('fees same as slippage', { today: PHRASE_TEST_TODAY, history });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('bad_parameters');
  });
});

describe('remarks about a cost beside its edit: "fees are too high, make fees 1bp, keep the slippage"', () => {
  const history = ['ema 12/26 on qqq 2010-2020 with 10 bps fees', 'and 5 bps slippage'];
  it.each([
    ['hmm fees are too high for etfs, make fees 1bp, keep the slippage', { fees_bps: 1, slippage_bps: 5 }],
    ['fees are way too steep, use 2 bps fees and leave the slippage as is', { fees_bps: 2, slippage_bps: 5 }],
    ['keep the fees, slippage 2bp', { fees_bps: 10, slippage_bps: 2 }],
    ['slippage seems a bit too low, make it 8 bps slippage', { fees_bps: 10, slippage_bps: 8 }],
  ])('"%s"', (text, costs) => {
    const spec = specOf(text, history);
    expect(spec).toMatchObject(costs);
    expect(spec.notes?.join(' ') ?? '').not.toMatch(/ignored/);
  });

  it('a complaint with no new value is not read as an edit', () => {
    expect(parseRequest('fees are too high for etfs', { today: PHRASE_TEST_TODAY, history }).ok).toBe(false);
  });

  it('"keep the slippage at 3" still sets it', () => {
    expect(specOf('keep the slippage at 3', history)).toMatchObject({ slippage_bps: 3 });
  });
});
