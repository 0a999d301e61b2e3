import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const emaEth = ['backtest ema crossover 9/21 on ETH 2022-2024', 'add 5 bps fees'];

describe('"switch it over to SOL": what follows replaces the run\'s instrument or strategy', () => {
  it.each(['actually scrap the fees, and switch it over to SOL', 'switch it over to SOL', 'change that over to SOL', 'swap it over to SOL'])('"%s"', (text) => {
    expect(specOf(text, emaEth).symbols).toEqual(['SOL']);
  });

  it('"change it over to rsi" replaces the strategy', () => {
    expect(userStrategiesOf('change it over to rsi', emaEth).map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion']);
  });
});

describe('must not change', () => {
  it('"switch it to SOL" still replaces', () => {
    expect(specOf('switch it to SOL', emaEth).symbols).toEqual(['SOL']);
  });
});
