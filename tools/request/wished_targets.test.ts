import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const ignored = (text: string): string[] => (specOf(text).notes ?? []).filter((note) => note.startsWith('ignored'));

describe('a target wished for in the past subjunctive: after a wish lead, "was" and "were" say "is"', () => {
  it('"Need that max drawdown was not more then 25%" is a drawdown limit, and the drawdown words are read', () => {
    const text = 'Hello. Please make test of MACD for Apple, standart parameters, с 2016 по 2022 year. Need that max drawdown was not more then 25%. Спасибо';
    const spec = specOf(text);
    expect(spec.targets).toEqual({ max_drawdown: { operator: '>=', value: -0.25 } });
    expect(spec.optimization_required).toBe(true);
    expect(ignored(text)).toEqual([]);
  });

  it.each([
    ['macd on aapl 2020, want that sharpe was above 1', { sharpe_ratio: { operator: '>', value: 1 } }],
    ["macd on aapl 2020, I'd like that the CAGR were at least 10%", { cagr: { operator: '>=', value: 0.1 } }],
    ['macd on aapl 2020, I would like that sortino was at least 1.5', { sortino_ratio: { operator: '>=', value: 1.5 } }],
    ['sma crossover on msft 2015-2020, it should be that win rate was more than 55%', { win_rate: { operator: '>', value: 0.55 } }],
    ["bollinger on qqq 2019-2024, hope that the max drawdown wasn't more than 30%", { max_drawdown: { operator: '>=', value: -0.3 } }],
    ['we need that volatility were below 20%, ema crossover on spy 2010-2020', { volatility: { operator: '<', value: 0.2 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
    expect(ignored(text)).toEqual([]);
  });

  it('"I wish the sharpe were above 1 and the drawdown was under 20%": a target joined to a wished one is wished too', () => {
    expect(specOf('rsi on spy 2018-2023. I wish the sharpe were above 1 and the drawdown was under 20%').targets).toEqual({
      sharpe_ratio: { operator: '>', value: 1 },
      max_drawdown: { operator: '>=', value: -0.2 },
    });
  });
});

describe('must not change', () => {
  it.each([
    'my max drawdown was 30% last time, run macd on aapl 2020',
    'run macd on aapl 2020. the sharpe was 0.5 when I tried it',
    // "that" here points at a strategy; the Sharpe after it is what that run did.
    'macd on aapl 2020, I want that strategy whose sharpe was above 1 last time',
    // The wish ends at its comma: the drawdown after it is a past result.
    'I hope that works, my drawdown was 30% last time. macd on aapl 2020',
  ])('a past result told with "was" stays no target: "%s"', (text) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual({});
    expect(spec.optimization_required).toBe(false);
  });

  it('a present-tense goal reads as before: "I want the sharpe above 1 and drawdown under 20%"', () => {
    expect(specOf('macd on aapl 2020, I want the sharpe above 1 and drawdown under 20%').targets).toEqual({
      sharpe_ratio: { operator: '>', value: 1 },
      max_drawdown: { operator: '>=', value: -0.2 },
    });
  });
});
