import { describe, expect, it } from 'vitest';
import { experimentInput, HASH_A } from '../test/memory/fixtures.js';
import { tempDatabasePath } from '../test/memory/temp_database.js';
import { deleteExperiment } from './delete_experiment.js';
import { openExperimentStore } from './experiment_store.js';
import { getExperiment } from './get_experiment.js';
import { saveExperiment } from './save_experiment.js';

const count = (store: ReturnType<typeof openExperimentStore>, table: 'experiments' | 'experiment_results') =>
  store.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('saveExperiment and getExperiment', () => {
  it('gives back exactly what was saved, with one indexed row per result', () => {
    const store = openExperimentStore(tempDatabasePath());
    const input = experimentInput([
      { symbol: 'ETH', strategy: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 }, metrics: { sharpe_ratio: 1.5 } },
      { symbol: 'ETH', strategy: 'sma_crossover', params: { short: 20, long: 50 }, metrics: { sharpe_ratio: null, profit_factor: null } },
    ], { timestamp: Date.parse('2026-11-20T10:00:00Z'), sessionId: 'abc' });
    const saved = saveExperiment(store, input);
    expect(saved).toEqual({ id: 1, timestamp: '2026-11-20T10:00:00.000Z' });
    const experiment = getExperiment(store, saved.id);
    expect(experiment).toMatchObject({
      id: 1, timestamp: '2026-11-20T10:00:00.000Z', user_query: input.user_query, symbols: ['ETH'],
      strategies: ['rsi_mean_reversion', 'sma_crossover'],
      parameters: { rsi_mean_reversion: { period: 14, lower: 30, upper: 70 }, sma_crossover: { short: 20, long: 50 } },
      execution_time: 12.5, run_window: input.run_window, data_files: input.data_files, engine_settings: input.engine_settings,
      agent_trace: input.agent_trace, app_version: '0.1.0', session_id: 'abc', optimization: null, rerun_of: null,
    });
    expect(experiment.results).toEqual(input.results);
    expect(experiment.request_spec).toEqual(input.request_spec);
    const rows = store.sqlite.prepare('SELECT rank, symbol, strategy, sharpe_ratio, profit_factor, timestamp FROM experiment_results ORDER BY rank').all();
    expect(rows).toEqual([
      { rank: 1, symbol: 'ETH', strategy: 'rsi_mean_reversion', sharpe_ratio: 1.5, profit_factor: 1.2, timestamp: Date.parse('2026-11-20T10:00:00Z') },
      { rank: 2, symbol: 'ETH', strategy: 'sma_crossover', sharpe_ratio: null, profit_factor: null, timestamp: Date.parse('2026-11-20T10:00:00Z') },
    ]);
    store.close();
  });

  it('saves all or nothing: a failure on the 600th result row leaves no trace of the experiment', () => {
    const store = openExperimentStore(tempDatabasePath());
    saveExperiment(store, experimentInput([{}]));
    // A trigger standing in for a failure half-way (disk full, crash): the second insert chunk fails.
    store.sqlite.exec("CREATE TRIGGER fail_on_marker BEFORE INSERT ON experiment_results WHEN NEW.symbol = 'FAIL' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
    const results = Array.from({ length: 600 }, (_, index) => ({ symbol: index === 599 ? 'FAIL' : 'BTC', params: { short: index + 1, long: 1_000 } }));
    expect(() => saveExperiment(store, experimentInput(results))).toThrow('simulated failure');
    expect(count(store, 'experiments')).toBe(1);
    expect(count(store, 'experiment_results')).toBe(1);
    store.close();
  });

  it('refuses an incomplete or non-finite experiment with bad_request before writing anything', () => {
    const store = openExperimentStore(tempDatabasePath());
    const valid = experimentInput([{}]);
    const broken = [
      { ...valid, results: [] },
      { ...valid, results: [{ ...valid.results[0]!, outcome_sha256: 'not a hash' }] },
      { ...valid, results: [{ ...valid.results[0]!, metrics: { ...valid.results[0]!.metrics, sharpe_ratio: Number.POSITIVE_INFINITY } }] },
      { ...valid, data_files: [{ symbol: 'BTC', file: 'BTC-USDT-1d.csv', sha256: HASH_A.slice(1), interval: '1d' }] },
      { ...valid, user_query: '   ' },
      { ...valid, request_spec: { ...valid.request_spec, symbols: [] } },
    ];
    for (const input of broken) expect(() => saveExperiment(store, input)).toThrowError(expect.objectContaining({ code: 'bad_request' }));
    expect(count(store, 'experiments')).toBe(0);
    store.close();
  });
});

describe('deleteExperiment', () => {
  it('removes the experiment and its result rows, and says so when there is nothing to delete', () => {
    const store = openExperimentStore(tempDatabasePath());
    const keep = saveExperiment(store, experimentInput([{ symbol: 'BTC' }, { symbol: 'ETH' }]));
    const drop = saveExperiment(store, experimentInput([{ symbol: 'SOL' }, { symbol: 'SPY' }, { symbol: 'QQQ' }]));
    expect(deleteExperiment(store, drop.id)).toEqual({ id: drop.id, deleted: true });
    expect(count(store, 'experiment_results')).toBe(2);
    expect(getExperiment(store, keep.id).symbols).toEqual(['BTC', 'ETH']);
    expect(() => deleteExperiment(store, drop.id)).toThrowError(expect.objectContaining({ code: 'experiment_not_found' }));
    expect(() => getExperiment(store, drop.id)).toThrowError(expect.objectContaining({ code: 'experiment_not_found', details: { id: drop.id, database: store.path } }));
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => deleteExperiment(store, bad)).toThrowError(expect.objectContaining({ code: 'bad_id' }));
    store.close();
  });
});
