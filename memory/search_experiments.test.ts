import { beforeAll, describe, expect, it } from 'vitest';
import { experimentInput } from '../test/memory/fixtures.js';
import { tempDatabasePath } from '../test/memory/temp_database.js';
import { openExperimentStore, type ExperimentStore } from './experiment_store.js';
import { saveExperiment } from './save_experiment.js';
import { searchExperiments } from './search_experiments.js';

const NOW = Date.parse('2026-11-24T12:00:00Z');
let store: ExperimentStore;
const ids: Record<string, number> = {};

beforeAll(() => {
  store = openExperimentStore(tempDatabasePath());
  ids.btcEth = saveExperiment(store, experimentInput([
    { symbol: 'BTC', metrics: { sharpe_ratio: 1.2 } }, { symbol: 'ETH', metrics: { sharpe_ratio: 0.4 } },
  ], { timestamp: Date.parse('2026-11-23T09:00:00Z'), userQuery: 'Backtest SMA on BTC and ETH for 2022' })).id;
  ids.ethRsi = saveExperiment(store, experimentInput([
    { symbol: 'ETH', strategy: 'rsi_mean_reversion', params: { period: 14 }, metrics: { sharpe_ratio: 2.1 } },
    { symbol: 'ETH', strategy: 'buy_and_hold', params: {}, metrics: { sharpe_ratio: 0.9 } },
  ], { timestamp: Date.parse('2026-11-20T18:30:00Z'), userQuery: 'RSI on Ethereum' })).id;
  ids.btcMacd = saveExperiment(store, experimentInput([
    { symbol: 'BTC', strategy: 'macd', params: { fast: 12 }, metrics: { sharpe_ratio: 3, total_return: 1.5 } },
  ], { timestamp: Date.parse('2026-11-01T00:00:00Z'), userQuery: 'MACD on bitcoin' })).id;
  ids.solMomentum = saveExperiment(store, experimentInput([
    { symbol: 'SOL', strategy: 'momentum', params: { lookback: 90 }, metrics: { sharpe_ratio: null, total_return: -0.2 } },
  ], { timestamp: Date.parse('2026-10-01T00:00:00Z'), userQuery: 'Momentum on SOL' })).id;
});

const idsOf = (filters: Parameters<typeof searchExperiments>[1]) => searchExperiments(store, filters, NOW).experiments.map((experiment) => experiment.id);

describe('searchExperiments', () => {
  it('lists newest first, one page at a time, with the total over all pages', () => {
    const first = searchExperiments(store, { limit: 2 }, NOW);
    expect(first.experiments.map((experiment) => experiment.id)).toEqual([ids.btcEth, ids.ethRsi]);
    expect(first).toMatchObject({ total: 4, limit: 2, offset: 0 });
    expect(idsOf({ limit: 2, offset: 2 })).toEqual([ids.btcMacd, ids.solMomentum]);
    expect(idsOf({ limit: 2, offset: 4 })).toEqual([]);
  });

  it('summarises each experiment with its first-ranked result', () => {
    const [summary] = searchExperiments(store, { strategy: 'rsi_mean_reversion' }, NOW).experiments;
    expect(summary).toMatchObject({
      id: ids.ethRsi, timestamp: '2026-11-20T18:30:00.000Z', user_query: 'RSI on Ethereum', symbols: ['ETH'],
      strategies: ['rsi_mean_reversion', 'buy_and_hold'], rank_by: 'sharpe_ratio', execution_time: 12.5, session_id: 'session_1',
      best: { symbol: 'ETH', strategy: 'rsi_mean_reversion', params: { period: 14 } },
    });
    expect(summary!.best!.metrics.sharpe_ratio).toBe(2.1);
  });

  it('filters by symbol (any spelling), strategy and text in the query', () => {
    expect(idsOf({ symbol: 'eth' })).toEqual([ids.btcEth, ids.ethRsi]);
    expect(idsOf({ symbol: 'ethereum' })).toEqual([ids.btcEth, ids.ethRsi]);
    expect(idsOf({ symbol: 'BTC/USDT' })).toEqual([ids.btcEth, ids.btcMacd]);
    expect(idsOf({ strategy: 'macd' })).toEqual([ids.btcMacd]);
    expect(idsOf({ text: 'bitcoin' })).toEqual([ids.btcMacd]);
    expect(idsOf({ text: 'SOL' })).toEqual([ids.solMomentum]);
  });

  it('filters by the last N days (rolling) and by an inclusive since/until window', () => {
    expect(idsOf({ days: 7 })).toEqual([ids.btcEth, ids.ethRsi]);
    // Rolling windows of N × 24 hours: btcEth was saved 27 hours before NOW.
    expect(idsOf({ days: 2 })).toEqual([ids.btcEth]);
    expect(idsOf({ days: 1 })).toEqual([]);
    expect(idsOf({ since: '2026-11-01', until: '2026-11-20' })).toEqual([ids.ethRsi, ids.btcMacd]);
  });

  it('applies metric thresholds, symbol and strategy to one and the same result', () => {
    expect(idsOf({ min: { sharpe_ratio: 2 } })).toEqual([ids.ethRsi, ids.btcMacd]);
    expect(idsOf({ symbol: 'BTC', min: { sharpe_ratio: 2 } })).toEqual([ids.btcMacd]);
    // btcEth has an ETH result (0.4) and a result with Sharpe ≥ 1 (BTC, 1.2), but not one result with both.
    expect(idsOf({ symbol: 'ETH', min: { sharpe_ratio: 1 } })).toEqual([ids.ethRsi]);
    expect(idsOf({ max: { total_return: 0 } })).toEqual([ids.solMomentum]);
    expect(idsOf({ min: { sharpe_ratio: 1 }, max: { sharpe_ratio: 2.5 } })).toEqual([ids.btcEth, ids.ethRsi]);
  });

  it('refuses malformed filters with bad_request and the field at fault', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ limit: 0 }, 'limit'], [{ limit: 101 }, 'limit'], [{ offset: -1 }, 'offset'], [{ days: 0 }, 'days'],
      [{ min: { sharpe: 1 } }, 'min'], [{ since: '24/11/2026' }, 'since'], [{ strategy: 'SMA Crossover' }, 'strategy'],
      [{ symbol: "BTC'; DROP TABLE experiments; --" }, 'symbol'], [{ colour: 'red' }, 'colour'],
    ];
    for (const [filters, field] of cases) {
      expect(() => searchExperiments(store, filters as never, NOW), JSON.stringify(filters)).toThrowError(expect.objectContaining({ code: 'bad_request' }));
      expect(() => searchExperiments(store, filters as never, NOW)).toThrow(field);
    }
  });

  it('treats SQL in the free text as text: no match, nothing dropped', () => {
    expect(idsOf({ text: "'; DROP TABLE experiments; --" })).toEqual([]);
    expect(idsOf({ text: '%' })).toEqual([]);
    expect(searchExperiments(store, {}, NOW).total).toBe(4);
  });
});
