import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

const TOLD = 'My friend runs an EMA 10/30 crossover on SOL.';

describe('"that crossover" with settings of its own, after a told EMA crossover, runs an EMA crossover with those settings', () => {
  it.each([
    `${TOLD} Run that crossover with 20/100 on BTC for 2023.`,
    `${TOLD} Run that crossover with 20 and 100 on BTC for 2023.`,
    `${TOLD} Run that same crossover with 20/100 on BTC for 2023.`,
    `${TOLD} Run that crossover 20/100 on BTC for 2023.`,
    `${TOLD} Run that crossover but with 20/100 on BTC for 2023.`,
  ])('"%s"', (text) => {
    expect(userStrategiesOf(text)).toEqual([expect.objectContaining({ name: 'ema_crossover', params: { short: 20, long: 100 } })]);
  });
});

describe('must not change', () => {
  it.each([
    // The told settings when the ask gives none.
    [`${TOLD} Run that crossover on BTC for 2023.`, 'ema_crossover', { short: 10, long: 30 }],
    // A kind named in the ask is the one run.
    [`${TOLD} Run that SMA crossover with 20/100 on BTC for 2023.`, 'sma_crossover', { short: 20, long: 100 }],
    [`${TOLD} Run SMA 20/100 on BTC for 2023.`, 'sma_crossover', { short: 20, long: 100 }],
    // No pointing back: a bare crossover is the SMA one.
    [`${TOLD} Run a crossover with 20/100 on BTC for 2023.`, 'sma_crossover', { short: 20, long: 100 }],
    ['My friend swore by a 10/30 SMA crossover for years. Run that crossover with 20/100 on SPY for 2020.', 'sma_crossover', { short: 20, long: 100 }],
  ])('"%s" runs %s with %j', (text, name, params) => {
    expect(userStrategiesOf(text)).toEqual([expect.objectContaining({ name, params })]);
  });
});
