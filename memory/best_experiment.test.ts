import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { experimentInput, type ResultSpec } from '../test/memory/fixtures.js';
import { tempDatabasePath } from '../test/memory/temp_database.js';
import type { MetricKey } from '../tools/risk/types.js';
import { getBestExperiment } from './best_experiment.js';
import { openExperimentStore, type ExperimentStore } from './experiment_store.js';
import { saveExperiment } from './save_experiment.js';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const DAY = 86_400_000;

describe('getBestExperiment on a hand-made store', () => {
  let store: ExperimentStore;
  const ids: Record<string, number> = {};

  beforeAll(() => {
    store = openExperimentStore(tempDatabasePath());
    ids.recent = saveExperiment(store, experimentInput([
      { symbol: 'BTC', metrics: { sharpe_ratio: 1.2, volatility: 0.5, max_drawdown: -0.3 } },
      { symbol: 'ETH', metrics: { sharpe_ratio: 0.4, volatility: 0.9, max_drawdown: -0.05 } },
    ], { timestamp: NOW - 1 * DAY })).id;
    ids.ethRsi = saveExperiment(store, experimentInput([
      { symbol: 'ETH', strategy: 'rsi_mean_reversion', params: { period: 14 }, metrics: { sharpe_ratio: 2.1, volatility: 0.7 } },
    ], { timestamp: NOW - 4 * DAY })).id;
    ids.oldMacd = saveExperiment(store, experimentInput([
      { symbol: 'BTC', strategy: 'macd', params: { fast: 12 }, metrics: { sharpe_ratio: 3, volatility: 0.3 } },
    ], { timestamp: NOW - 23 * DAY })).id;
    ids.sol = saveExperiment(store, experimentInput([
      { symbol: 'SOL', strategy: 'momentum', params: { lookback: 90 }, metrics: { sharpe_ratio: null, total_return: -0.2, volatility: null } },
    ], { timestamp: NOW - 54 * DAY })).id;
  });

  const best = (query: Parameters<typeof getBestExperiment>[1]) => getBestExperiment(store, query, NOW);

  it('finds the best Sharpe overall, for a symbol, and for a symbol in the last 7 days', () => {
    expect(best({ metric: 'sharpe_ratio' })).toMatchObject({ value: 3, experiment: { id: ids.oldMacd }, result: { symbol: 'BTC', strategy: 'macd' } });
    expect(best({ metric: 'sharpe_ratio', symbol: 'ETH' })).toMatchObject({ value: 2.1, experiment: { id: ids.ethRsi } });
    expect(best({ metric: 'sharpe_ratio', symbol: 'BTC', days: 7 })).toMatchObject({ value: 1.2, experiment: { id: ids.recent }, result: { strategy: 'sma_crossover' } });
    expect(best({ metric: 'sharpe_ratio', strategy: 'macd', days: 7 })).toBeNull();
  });

  it('defaults to the Sharpe ratio and never picks an undefined (null) metric', () => {
    expect(best({ symbol: 'SOL' })).toBeNull();
    expect(best({ metric: 'total_return', symbol: 'SOL' })).toMatchObject({ value: -0.2, experiment: { id: ids.sol } });
  });

  it('takes the lowest volatility and the drawdown closest to zero', () => {
    expect(best({ metric: 'volatility' })).toMatchObject({ value: 0.3, experiment: { id: ids.oldMacd } });
    expect(best({ metric: 'max_drawdown', days: 7 })).toMatchObject({ value: -0.05, result: { symbol: 'ETH' } });
  });

  it('ranks only the runs saved between since and until, both days counted whole (UTC)', () => {
    expect(best({ metric: 'sharpe_ratio', since: '2026-11-01', until: '2026-11-01' })).toMatchObject({ value: 3, experiment: { id: ids.oldMacd } });
    expect(best({ metric: 'sharpe_ratio', since: '2026-11-02' })).toMatchObject({ value: 2.1, experiment: { id: ids.ethRsi } });
    expect(best({ metric: 'total_return', until: '2026-10-31' })).toMatchObject({ value: -0.2, experiment: { id: ids.sol } });
    // With the last N days too, the later start counts.
    expect(best({ metric: 'sharpe_ratio', since: '2026-11-01', days: 7 })).toMatchObject({ value: 2.1, experiment: { id: ids.ethRsi } });
    expect(() => best({ since: '2026-02-30' })).toThrowError(expect.objectContaining({ code: 'bad_request' }));
  });

  it('refuses an unknown metric or a bad window with bad_request', () => {
    expect(() => best({ metric: 'sharpe' as MetricKey })).toThrowError(expect.objectContaining({ code: 'bad_request' }));
    expect(() => best({ days: -3 })).toThrowError(expect.objectContaining({ code: 'bad_request' }));
  });
});

it('finds a recent best even when the top thousand results by the index are all too old', () => {
  const store = openExperimentStore(tempDatabasePath());
  const strong: ResultSpec[] = Array.from({ length: 1_200 }, (_, index) => ({ symbol: 'BTC', params: { short: index + 1, long: 5_000 }, metrics: { sharpe_ratio: 2 + index / 1_000 } }));
  saveExperiment(store, experimentInput(strong, { timestamp: NOW - 30 * DAY }));
  const recent = saveExperiment(store, experimentInput([
    { symbol: 'BTC', metrics: { sharpe_ratio: 0.25 } }, { symbol: 'BTC', params: { short: 5, long: 10 }, metrics: { sharpe_ratio: 0.75 } },
  ], { timestamp: NOW - 2 * DAY }));
  expect(getBestExperiment(store, { metric: 'sharpe_ratio', symbol: 'BTC', days: 7 }, NOW)).toMatchObject({ value: 0.75, experiment: { id: recent.id } });
  expect(getBestExperiment(store, { metric: 'sharpe_ratio', symbol: 'BTC' }, NOW)!.value).toBe(3.199);
  store.close();
});

describe('getBestExperiment agrees with a brute-force search over every saved result', () => {
  const SYMBOLS = ['BTC', 'ETH', 'SOL'] as const;
  const STRATEGIES = ['sma_crossover', 'macd'] as const;
  const METRICS: MetricKey[] = ['sharpe_ratio', 'total_return', 'volatility', 'win_rate'];
  const metricValue = fc.option(fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true }), { nil: null });
  const result = fc.record({
    symbol: fc.constantFrom(...SYMBOLS), strategy: fc.constantFrom(...STRATEGIES),
    sharpe_ratio: metricValue, volatility: metricValue, win_rate: metricValue, total_return: fc.double({ min: -1, max: 5, noNaN: true }),
  });
  const experiment = fc.record({ hoursAgo: fc.integer({ min: 0, max: 24 * 30 }), results: fc.array(result, { minLength: 1, maxLength: 4 }) });
  const query = fc.record({
    metric: fc.constantFrom(...METRICS), symbol: fc.option(fc.constantFrom(...SYMBOLS), { nil: undefined }),
    strategy: fc.option(fc.constantFrom(...STRATEGIES), { nil: undefined }), days: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  });

  it('returns the extreme value among the results that pass every filter, or null when none does', () => {
    fc.assert(fc.property(fc.array(experiment, { minLength: 1, maxLength: 8 }), query, (experiments, q) => {
      const store = openExperimentStore(tempDatabasePath());
      try {
        const rows = experiments.flatMap(({ hoursAgo, results }) => {
          const timestamp = NOW - hoursAgo * 3_600_000;
          saveExperiment(store, experimentInput(results.map((one, index) => ({
            symbol: one.symbol, strategy: one.strategy, params: { short: index + 1, long: 50 },
            metrics: { sharpe_ratio: one.sharpe_ratio, volatility: one.volatility, win_rate: one.win_rate, total_return: one.total_return },
          })), { timestamp }));
          return results.map((one) => ({ ...one, timestamp }));
        });
        const eligible = rows.filter((row) => (q.symbol === undefined || row.symbol === q.symbol)
          && (q.strategy === undefined || row.strategy === q.strategy)
          && (q.days === undefined || row.timestamp >= NOW - q.days * DAY)
          && row[q.metric as 'sharpe_ratio'] !== null);
        const values = eligible.map((row) => row[q.metric as 'sharpe_ratio'] as number);
        const expected = values.length === 0 ? null : q.metric === 'volatility' ? Math.min(...values) : Math.max(...values);
        const found = getBestExperiment(store, q, NOW);
        // Neither JSON nor SQLite keeps a −0, so a saved −0 comes back as 0 (x + 0 turns −0 into 0).
        expect(found?.value ?? null).toBe(expected === null ? null : expected + 0);
        if (found) {
          if (q.symbol) expect(found.result.symbol).toBe(q.symbol);
          if (q.strategy) expect(found.result.strategy).toBe(q.strategy);
        }
      } finally {
        store.close();
      }
    }), { numRuns: 60 });
  });
});
