import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

/**
 * What a run must have done, said in plain words: a multiple of the money with a side ("at least
 * doubled the money", "more than doubles", "at least triple"), breaking even, a sign ("should come
 * out positive"), a share of winners ("more than half the trades win"). Each is a target, and a
 * target asks for a search.
 */
describe('outcomes in plain words are targets', () => {
  it.each([
    ['find me settings for the rsi on ETH that at least doubled the money in 2021', { total_return: { operator: '>=', value: 1 } }],
    ['a macd setup on SOL that more than tripled over 2020-2022', { total_return: { operator: '>', value: 2 } }],
    ['sma on spy 2015 to 2020, and I need it to at least double', { total_return: { operator: '>=', value: 1 } }],
    ['find me a bollinger setup on BTC that doubled the money in 2020', { total_return: { operator: '>=', value: 1 } }],
    ['ema on gld 2019, one that at least breaks even', { total_return: { operator: '>=', value: 0 } }],
    ['rsi on QQQ 2022 where more than half the trades win', { win_rate: { operator: '>', value: 0.5 } }],
    ['macd on eth 2023, the sortino must come out positive', { sortino_ratio: { operator: '>', value: 0 } }],
    ['macd on eth 2023, the cagr should not be negative', { cagr: { operator: '>=', value: 0 } }],
  ] as const)('"%s" sets %o', (text, targets) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual(targets);
    expect(spec.optimization_required).toBe(true);
  });

  it.each([
    // A story or a result told, a multiple of something else, a share with no side: no target.
    'I doubled my money in 2021. sma on btc 2022',
    'sma on btc 2021. ok that doubled the money',
    'sma on btc 2022 and at least double the lookback',
    'rsi on QQQ 2022, half the trades win',
  ])('"%s" sets no target', (text) => {
    expect(specOf(text).targets).toEqual({});
  });
});

describe('wanting or being let to sell short turns shorting on', () => {
  it.each([
    "I'd like to short gold with the macd in 2020",
    'we want to short QQQ with the sma crossover, 2022',
    'rsi on eth 2021, allow it to go short',
  ])('"%s" allows shorts', (text) => {
    expect(specOf(text).allow_short).toBe(true);
  });

  it('"I\'d like to short 20% DOGE" stays a weight, refused as such', () => {
    expect(() => specOf("I'd like to short 20% DOGE in 2021")).toThrow();
  });
});

describe('follow-ups that change targets keep the rest', () => {
  it('"same idea but …, and I want it to at least triple" moves the dates and adds the goal', () => {
    const spec = specOf('same idea but from 2020 to 2023, and I want it to at least triple', ['momentum 30 on ETH in 2019']);
    expect(spec.symbols).toEqual(['ETH']);
    expect(spec.date_range).toEqual({ start: '2020-01-01', end: '2023-12-31' });
    expect(spec.targets).toEqual({ total_return: { operator: '>=', value: 2 } });
  });

  it('"forget doubling" drops the total return goal and keeps the others', () => {
    const spec = specOf('ok, forget doubling, it has to beat a sortino of 1.5', ['sma on BTC 2020-2023 that at least doubled the money with sharpe above 1']);
    expect(spec.targets).toEqual({ sharpe_ratio: { operator: '>', value: 1 }, sortino_ratio: { operator: '>', value: 1.5 } });
  });

  it('"what if I was allowed to short as well?" turns shorting on and keeps the run', () => {
    const spec = specOf('what if we were allowed to short too?', ['rsi on ETH 2024']);
    expect(spec).toMatchObject({ symbols: ['ETH'], date_range: { start: '2024-01-01', end: '2024-12-31' }, allow_short: true });
  });

  it('a story of what happened inside the window leaves the window as it was', () => {
    const history = ['ema crossover on QQQ 2005 to 2015', 'ok that got crushed in 2008'];
    expect(specOf('now keep the drawdown under 20%', history).date_range).toEqual({ start: '2005-01-01', end: '2015-12-31' });
  });

  it('a period asked for in a follow-up still moves the window', () => {
    expect(specOf('now run it for 2008', ['ema crossover on QQQ 2005 to 2015']).date_range).toEqual({ start: '2008-01-01', end: '2008-12-31' });
  });
});
