import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const targetsOf = (text: string) => specOf(text).targets;

describe('a side word on the next line, or starting the next metric, is not the value before it', () => {
  it.each([
    // The pasted config of round 123: "max_drawdown" on the next line turned Sharpe > 1.2 into Sharpe <= 1.2.
    ['symbol: btc\nstrategy: sma_crossover\ntargets:\n  sharpe_ratio: ">1.2"\n  max_drawdown: ">=-0.35"\nfrom: 2019-01-01\nto: 2024-12-31',
      { sharpe_ratio: { operator: '>', value: 1.2 }, max_drawdown: { operator: '>=', value: -0.35 } }],
    ['sma on btc 2022 {"sharpe": ">1.2", "max_drawdown": ">=-0.35"}', { sharpe_ratio: { operator: '>', value: 1.2 }, max_drawdown: { operator: '>=', value: -0.35 } }],
    ['sma on btc 2022 sharpe > 1.2 max drawdown 35%', { sharpe_ratio: { operator: '>', value: 1.2 }, max_drawdown: { operator: '>=', value: -0.35 } }],
    ['sma on btc 2022, sortino above 1.5 max dd 30%', { sortino_ratio: { operator: '>', value: 1.5 }, max_drawdown: { operator: '>=', value: -0.3 } }],
    ['sma on btc 2022\nsharpe: 1.2\nmaximum drawdown: 25%', { sharpe_ratio: { operator: '>=', value: 1.2 }, max_drawdown: { operator: '>=', value: -0.25 } }],
    // One target per line, the side word first: "min sharpe 1" was dropped.
    ['rsi on BTC 2022\nmax drawdown 20%\nmin sharpe 1', { max_drawdown: { operator: '>=', value: -0.2 }, sharpe_ratio: { operator: '>=', value: 1 } }],
    ['rsi on BTC 2022\nmin win rate 50%\nmax dd 30%', { win_rate: { operator: '>=', value: 0.5 }, max_drawdown: { operator: '>=', value: -0.3 } }],
    ['sma on ETH 2021\nminimum sortino 1.5\nmax drawdown 25%', { sortino_ratio: { operator: '>=', value: 1.5 }, max_drawdown: { operator: '>=', value: -0.25 } }],
    ['sma on btc 2022 min sharpe 1', { sharpe_ratio: { operator: '>=', value: 1 } }],
  ])('%j', (text, targets) => {
    expect(targetsOf(text)).toEqual(targets);
  });

  describe('must not change: a side word after its own value', () => {
    it.each([
      ['sma on btc 2022, sharpe 1.5 max', { sharpe_ratio: { operator: '<=', value: 1.5 } }],
      ['sma on btc 2022, volatility 20% max', { volatility: { operator: '<=', value: 0.2 } }],
      ['sma on btc 2022, win rate 50% minimum', { win_rate: { operator: '>=', value: 0.5 } }],
      ['sma on btc 2022, max sharpe', {}],
      ['sma on btc 2022, min sharpe of 1', { sharpe_ratio: { operator: '>=', value: 1 } }],
      ['sma on btc 2022, sharpe 1.2 or more, max drawdown 30%', { sharpe_ratio: { operator: '>=', value: 1.2 }, max_drawdown: { operator: '>=', value: -0.3 } }],
    ])('%j', (text, targets) => {
      expect(targetsOf(text)).toEqual(targets);
    });
  });
});
