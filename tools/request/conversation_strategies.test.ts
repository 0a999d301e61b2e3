import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

const OFFERED = ['run rsi on eth last year', 'or maybe bollinger instead?'];

describe('"do both": both strategies the conversation has offered, one after the other', () => {
  it.each(['eh do both', 'ok run both', 'why not both', "let's test both then", 'do both of them', 'fine, try both'])('"%s"', (text) => {
    expect(userStrategiesOf(text, OFFERED).map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion', 'bollinger_bands']);
  });

  it('must not change: "both of those" still counts the runs named so far', () => {
    expect(userStrategiesOf('put both of those side by side', OFFERED).map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion', 'bollinger_bands']);
  });

  it('must not change: a strategy named alone still replaces the one before', () => {
    expect(userStrategiesOf('macd instead', OFFERED).map((strategy) => strategy.name)).toEqual(['macd']);
  });

  it('must not change: "run both coins" names the coins, not the strategies', () => {
    expect(userStrategiesOf('run both coins', ['run sma on btc 2022', 'or eth instead?']).map((strategy) => strategy.name)).toEqual(['sma_crossover']);
  });

  it('leaves the strategies as they were when only one has been named', () => {
    expect(userStrategiesOf('do both', ['run sma on btc 2022', 'or eth instead?']).map((strategy) => strategy.name)).toEqual(['sma_crossover']);
  });
});
