import { describe, expect, it } from 'vitest';
import { BacktestPilotError } from '../errors.js';
import { describeStrategies, getStrategy, listStrategyIds, resolveStrategyParams, STRATEGIES } from './registry.js';

function thrown(run: () => unknown): BacktestPilotError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BacktestPilotError);
    return error as BacktestPilotError;
  }
  throw new Error('expected a BacktestPilotError, nothing was thrown');
}

const CANONICAL_DEFAULTS: Record<string, Record<string, number>> = {
  sma_crossover: { short: 20, long: 50 },
  ema_crossover: { short: 12, long: 26 },
  rsi_mean_reversion: { period: 14, lower: 30, upper: 70 },
  macd: { fast: 12, slow: 26, signal: 9 },
  bollinger_bands: { period: 20, std_dev: 2 },
  donchian_breakout: { period: 20, exit_period: 10 },
  momentum: { lookback: 90 },
  buy_and_hold: {},
};

describe('strategy registry', () => {
  it('lists the canonical strategies in display order', () => {
    expect(listStrategyIds()).toEqual(Object.keys(CANONICAL_DEFAULTS));
    expect(STRATEGIES.map((strategy) => strategy.id)).toEqual(listStrategyIds());
    expect(new Set(listStrategyIds()).size).toBe(STRATEGIES.length);
  });

  it('finds a strategy by id and rejects unknown ids with the known ones', () => {
    expect(getStrategy('macd').id).toBe('macd');
    const error = thrown(() => getStrategy('sma_crosover'));
    expect(error.code).toBe('unknown_strategy');
    expect(error.details).toEqual({ strategy: 'sma_crosover', available_strategies: listStrategyIds() });
    expect(error.message).toContain('did you mean "sma_crossover"');
    expect(error.message).toContain('buy_and_hold');
    expect(thrown(() => getStrategy('pairs_trading')).message).not.toContain('did you mean');
  });

  it.each(Object.entries(CANONICAL_DEFAULTS))('fills in the defaults of %s', (id, defaults) => {
    expect(resolveStrategyParams(id)).toEqual(defaults);
    expect(resolveStrategyParams(id, {})).toEqual(defaults);
  });

  it('keeps given values and defaults the rest', () => {
    expect(resolveStrategyParams('sma_crossover', { short: 5 })).toEqual({ short: 5, long: 50 });
    expect(resolveStrategyParams('bollinger_bands', { std_dev: 1.5 })).toEqual({ period: 20, std_dev: 1.5 });
  });

  it('describes every strategy with its parameters, defaults and help text', () => {
    const described = describeStrategies();
    expect(described.map((entry) => entry.id)).toEqual(listStrategyIds());
    for (const entry of described) {
      expect(entry.description.length).toBeGreaterThan(20);
      expect(Object.fromEntries(entry.params.map((param) => [param.name, param.default]))).toEqual(CANONICAL_DEFAULTS[entry.id]);
      for (const param of entry.params) {
        expect(Object.keys(param)).toEqual(['name', 'default', 'description']);
        expect(param.description.length).toBeGreaterThan(5);
      }
    }
  });
});

describe('resolveStrategyParams rejects bad parameters with bad_parameters', () => {
  it.each([
    ['sma_crossover', { short: 50, long: 20 }, 'short (50) must be less than long (20)'],
    ['sma_crossover', { short: 30, long: 30 }, 'short (30) must be less than long (30)'],
    ['sma_crossover', { short: 60 }, 'short (60) must be less than long (50)'],
    ['ema_crossover', { short: 26, long: 12 }, 'short (26) must be less than long (12)'],
    ['macd', { fast: 26, slow: 12 }, 'fast (26) must be less than slow (12)'],
    ['rsi_mean_reversion', { lower: 70, upper: 30 }, 'lower (70) must be less than upper (30)'],
    ['rsi_mean_reversion', { lower: 50, upper: 50 }, 'lower (50) must be less than upper (50)'],
    ['rsi_mean_reversion', { lower: 0 }, 'lower: must be a number above 0 and below 100, got 0'],
    ['rsi_mean_reversion', { upper: 100 }, 'upper: must be a number above 0 and below 100, got 100'],
    ['sma_crossover', { short: 0 }, 'short: must be a whole number of bars from 1 to 100000, got 0'],
    ['momentum', { lookback: -5 }, 'lookback: must be a whole number of bars from 1 to 100000, got -5'],
    ['donchian_breakout', { period: 2.5 }, 'period: must be a whole number of bars from 1 to 100000, got 2.5'],
    ['macd', { signal: 1e9 }, 'signal: must be a whole number of bars from 1 to 100000, got 1000000000'],
    ['macd', { fast: '12' }, 'fast: must be a whole number of bars from 1 to 100000, got "12"'],
    ['bollinger_bands', { std_dev: 0 }, 'std_dev: must be a number above 0 and below 10, got 0'],
    ['bollinger_bands', { std_dev: Number.NaN }, 'std_dev: must be a number above 0 and below 10, got NaN'],
    ['sma_crossover', { shrt: 10 }, 'unknown parameter "shrt"; this strategy takes short, long'],
    ['buy_and_hold', { period: 10 }, 'unknown parameter "period"; this strategy takes no parameters'],
  ] as const)('%s %j', (id, params, issue) => {
    const error = thrown(() => resolveStrategyParams(id, params));
    expect(error.code).toBe('bad_parameters');
    expect(error.details).toEqual({ strategy: id, issues: [issue] });
    expect(error.message).toMatch(new RegExp(`^${id}: `));
    expect(error.message).toContain(issue);
  });

  it('reports every problem at once and says what is allowed', () => {
    const error = thrown(() => resolveStrategyParams('bollinger_bands', { period: 0, std_dev: -1, width: 3 }));
    expect(error.details.issues).toHaveLength(3);
    expect(error.message).toContain(
      'allowed: period: whole number from 1 to 100000 (default 20), std_dev: number above 0 and below 10 (default 2)',
    );
  });

  it('checks the strategy id first', () => {
    expect(thrown(() => resolveStrategyParams('nope', {})).code).toBe('unknown_strategy');
  });
});

describe('search spaces', () => {
  it('declares a default search space for every parameter of every strategy, containing the default', () => {
    for (const strategy of STRATEGIES) {
      const defaults = resolveStrategyParams(strategy.id);
      expect(Object.keys(strategy.searchSpace ?? {}).sort()).toEqual(Object.keys(defaults).sort());
      for (const [name, range] of Object.entries(strategy.searchSpace ?? {})) {
        expect(range.min).toBeLessThan(range.max);
        expect(defaults[name]).toBeGreaterThanOrEqual(range.min);
        expect(defaults[name]).toBeLessThanOrEqual(range.max);
      }
    }
  });
});
