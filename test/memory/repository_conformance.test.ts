/**
 * One behaviour, two stores: every case here runs against the SQLite repository (the embedded
 * default) and the Postgres repository (BTP_DATABASE_URL), each on a fresh database. The expected
 * values are chosen by hand in the fixtures, never computed by the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentRepository } from '../../memory/experiment_repository.js';
import { openPostgresRepository } from '../../memory/postgres/postgres_repository.js';
import { openSqliteRepository } from '../../memory/sqlite_repository.js';
import { experimentInput, HASH_A, storedPortfolio, type ResultSpec } from './fixtures.js';
import { freshPostgresDatabase, postgresAvailable } from './postgres_database.js';
import { tempDatabasePath } from './temp_database.js';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const DAY = 86_400_000;

const STORES: Array<{ name: string; available: boolean; open: () => Promise<ExperimentRepository> }> = [
  { name: 'SQLite', available: true, open: async () => openSqliteRepository(tempDatabasePath()) },
  { name: 'Postgres', available: postgresAvailable, open: async () => openPostgresRepository(await freshPostgresDatabase()) },
];

describe.each(STORES)('ExperimentRepository on $name', ({ available, open }) => {
  const suite = available ? describe : describe.skip;

  suite('"best" means the best strategy run', () => {
    let repository: ExperimentRepository;
    beforeAll(async () => {
      repository = await open();
      await repository.save(experimentInput([
        { symbol: 'ETH', strategy: 'buy_and_hold', params: {}, baseline: true, metrics: { sharpe_ratio: 2.5 } },
        { symbol: 'ETH', strategy: 'rsi_mean_reversion', params: { period: 14 }, metrics: { sharpe_ratio: 1.1 } },
      ], { timestamp: NOW - DAY }));
    });
    afterAll(async () => repository?.close());

    it('skips buy-and-hold baselines unless asked, or unless buy and hold is the strategy asked about', async () => {
      expect((await repository.best({ metric: 'sharpe_ratio', symbol: 'ETH' }, NOW))!.result).toMatchObject({ strategy: 'rsi_mean_reversion', baseline: false });
      expect((await repository.best({ metric: 'sharpe_ratio', symbol: 'ETH', days: 7 }, NOW))!.result.strategy).toBe('rsi_mean_reversion');
      expect((await repository.best({ metric: 'sharpe_ratio', symbol: 'ETH', baselines: true }, NOW))!.result).toMatchObject({ strategy: 'buy_and_hold', baseline: true });
      expect((await repository.best({ metric: 'sharpe_ratio', strategy: 'buy_and_hold' }, NOW))!.value).toBe(2.5);
      await expect(repository.best({ metric: 'sharpe_ratio', baselines: 'yes' } as never, NOW)).rejects.toMatchObject({ code: 'bad_request' });
    });
  });

  suite('a portfolio run', () => {
    let repository: ExperimentRepository;
    beforeAll(async () => { repository = await open(); });
    afterAll(async () => repository?.close());

    it('keeps the portfolio beside the single-symbol results and reads it back exactly as written', async () => {
      const input = { ...experimentInput([{ symbol: 'BTC', strategy: 'buy_and_hold', params: {} }, { symbol: 'ETH', strategy: 'buy_and_hold', params: {} }]), portfolio: storedPortfolio() };
      const { id } = await repository.save(input);
      expect((await repository.get(id)).portfolio).toEqual(storedPortfolio());
      const without = await repository.save(experimentInput([{ symbol: 'BTC' }]));
      expect((await repository.get(without.id)).portfolio).toBeNull();
    });

    it('refuses a portfolio whose weight is over 100% or whose hash is not a SHA-256, saving nothing', async () => {
      const before = (await repository.search({}, NOW)).total;
      const base = experimentInput([{ symbol: 'BTC' }]);
      await expect(repository.save({ ...base, portfolio: { ...storedPortfolio(), weights: { BTC: 1.5 } } })).rejects.toMatchObject({ code: 'bad_request' });
      await expect(repository.save({ ...base, portfolio: { ...storedPortfolio(), outcome_sha256: 'abc' } })).rejects.toMatchObject({ code: 'bad_request' });
      expect((await repository.search({}, NOW)).total).toBe(before);
    });
  });

  suite('save, get, search, best, delete', () => {
    let repository: ExperimentRepository;
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      repository = await open();
      ids.btcEth = (await repository.save(experimentInput([
        { symbol: 'BTC', metrics: { sharpe_ratio: 1.2, volatility: 0.5, max_drawdown: -0.3 } },
        { symbol: 'ETH', metrics: { sharpe_ratio: 0.4, volatility: 0.9, max_drawdown: -0.05 } },
      ], { timestamp: NOW - 27 * 3_600_000, userQuery: 'Backtest SMA on BTC and ETH for 2022' }))).id;
      ids.ethRsi = (await repository.save(experimentInput([
        { symbol: 'ETH', strategy: 'rsi_mean_reversion', params: { period: 14 }, metrics: { sharpe_ratio: 2.1, volatility: 0.7 } },
        { symbol: 'ETH', strategy: 'buy_and_hold', params: {}, metrics: { sharpe_ratio: 0.9 } },
      ], { timestamp: NOW - 4 * DAY, userQuery: 'RSI on Ethereum' }))).id;
      ids.btcMacd = (await repository.save(experimentInput([
        { symbol: 'BTC', strategy: 'macd', params: { fast: 12 }, metrics: { sharpe_ratio: 3, volatility: 0.3, total_return: 1.5 } },
      ], { timestamp: NOW - 23 * DAY, userQuery: 'MACD on bitcoin' }))).id;
      ids.solMomentum = (await repository.save(experimentInput([
        { symbol: 'SOL', strategy: 'momentum', params: { lookback: 90 }, metrics: { sharpe_ratio: null, total_return: -0.2, volatility: null } },
      ], { timestamp: NOW - 54 * DAY, userQuery: 'Momentum on SOL 100%_done' }))).id;
    });
    afterAll(async () => repository?.close());

    it('gives each save a new increasing id and reads it back exactly as written', async () => {
      expect(Object.values(ids)).toEqual([1, 2, 3, 4]);
      const input = experimentInput([{ symbol: 'ETH', strategy: 'rsi_mean_reversion', params: { period: 14 }, metrics: { sharpe_ratio: 2.1, volatility: 0.7 } },
        { symbol: 'ETH', strategy: 'buy_and_hold', params: {}, metrics: { sharpe_ratio: 0.9 } }], { timestamp: NOW - 4 * DAY, userQuery: 'RSI on Ethereum' });
      const experiment = await repository.get(ids.ethRsi!);
      expect(experiment).toEqual({
        id: ids.ethRsi, timestamp: '2026-11-20T12:00:00.000Z', user_query: 'RSI on Ethereum', symbols: ['ETH'],
        strategies: ['rsi_mean_reversion', 'buy_and_hold'], parameters: { rsi_mean_reversion: { period: 14 }, buy_and_hold: {} },
        results: input.results, execution_time: 12.5, agent_trace: input.agent_trace, request_spec: input.request_spec,
        run_window: input.run_window, data_files: input.data_files, engine_settings: input.engine_settings,
        optimization: null, portfolio: null, app_version: '0.1.0', session_id: 'session_1', rerun_of: null,
      });
    });

    it('refuses a malformed experiment with bad_request and saves nothing', async () => {
      const broken = { ...experimentInput([{ symbol: 'BTC' }]), results: [] };
      await expect(repository.save(broken)).rejects.toMatchObject({ code: 'bad_request' });
      expect((await repository.search({}, NOW)).total).toBe(4);
    });

    it('lists newest first, one page at a time, summarised by the first-ranked result', async () => {
      const first = await repository.search({ limit: 2 }, NOW);
      expect(first.experiments.map((experiment) => experiment.id)).toEqual([ids.btcEth, ids.ethRsi]);
      expect(first).toMatchObject({ total: 4, limit: 2, offset: 0 });
      expect(first.experiments[1]).toMatchObject({ rank_by: 'sharpe_ratio', execution_time: 12.5, best: { symbol: 'ETH', strategy: 'rsi_mean_reversion', params: { period: 14 } } });
      expect((await repository.search({ limit: 2, offset: 2 }, NOW)).experiments.map((experiment) => experiment.id)).toEqual([ids.btcMacd, ids.solMomentum]);
    });

    it('filters by symbol, strategy, text, window and thresholds held by one result', async () => {
      const idsOf = async (filters: Parameters<ExperimentRepository['search']>[0]) => (await repository.search(filters, NOW)).experiments.map((experiment) => experiment.id);
      expect(await idsOf({ symbol: 'ethereum' })).toEqual([ids.btcEth, ids.ethRsi]);
      expect(await idsOf({ strategy: 'macd' })).toEqual([ids.btcMacd]);
      expect(await idsOf({ text: 'BITCOIN' })).toEqual([ids.btcMacd]);
      expect(await idsOf({ text: '%_' })).toEqual([ids.solMomentum]);
      expect(await idsOf({ text: "'; DROP TABLE experiments; --" })).toEqual([]);
      expect(await idsOf({ days: 2 })).toEqual([ids.btcEth]);
      expect(await idsOf({ since: '2026-11-01', until: '2026-11-20' })).toEqual([ids.ethRsi, ids.btcMacd]);
      expect(await idsOf({ symbol: 'ETH', min: { sharpe_ratio: 1 } })).toEqual([ids.ethRsi]);
      expect(await idsOf({ max: { total_return: 0 } })).toEqual([ids.solMomentum]);
      await expect(repository.search({ limit: 0 }, NOW)).rejects.toMatchObject({ code: 'bad_request' });
    });

    it('finds the best result by a metric, in either direction, never by an undefined one', async () => {
      expect(await repository.best({ metric: 'sharpe_ratio' }, NOW)).toMatchObject({ value: 3, experiment: { id: ids.btcMacd }, result: { symbol: 'BTC', strategy: 'macd' } });
      expect(await repository.best({ metric: 'sharpe_ratio', symbol: 'ETH' }, NOW)).toMatchObject({ value: 2.1, experiment: { id: ids.ethRsi } });
      expect(await repository.best({ metric: 'sharpe_ratio', symbol: 'BTC', days: 7 }, NOW)).toMatchObject({ value: 1.2, experiment: { id: ids.btcEth } });
      expect(await repository.best({ metric: 'volatility', symbol: 'BTC' }, NOW)).toMatchObject({ value: 0.3, experiment: { id: ids.btcMacd } });
      expect(await repository.best({ metric: 'volatility' }, NOW)).toMatchObject({ value: 0.2, experiment: { id: ids.ethRsi }, result: { strategy: 'buy_and_hold' } });
      expect(await repository.best({ metric: 'max_drawdown', days: 7 }, NOW)).toMatchObject({ value: -0.05, result: { symbol: 'ETH' } });
      expect(await repository.best({ symbol: 'SOL' }, NOW)).toBeNull();
      expect(await repository.best({ metric: 'sharpe_ratio', strategy: 'macd', days: 7 }, NOW)).toBeNull();
      await expect(repository.best({ days: -3 }, NOW)).rejects.toMatchObject({ code: 'bad_request' });
    });

    it('ranks only the runs saved between since and until, both days whole; with days too, the later start counts', async () => {
      expect(await repository.best({ metric: 'sharpe_ratio', since: '2026-11-01', until: '2026-11-20' }, NOW)).toMatchObject({ value: 3, experiment: { id: ids.btcMacd } });
      expect(await repository.best({ metric: 'sharpe_ratio', since: '2026-11-02' }, NOW)).toMatchObject({ value: 2.1, experiment: { id: ids.ethRsi } });
      expect(await repository.best({ metric: 'total_return', until: '2026-10-31' }, NOW)).toMatchObject({ value: -0.2, experiment: { id: ids.solMomentum } });
      expect(await repository.best({ metric: 'sharpe_ratio', since: '2026-11-01', days: 7 }, NOW)).toMatchObject({ value: 2.1, experiment: { id: ids.ethRsi } });
      expect(await repository.best({ metric: 'sharpe_ratio', since: '2026-12-01' }, NOW)).toBeNull();
      await expect(repository.best({ since: '2026-02-30' }, NOW)).rejects.toMatchObject({ code: 'bad_request' });
      // A window read backwards matches nothing: refused, never answered "no runs".
      await expect(repository.best({ since: '2026-11-20', until: '2026-11-01' }, NOW)).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('since must be on or before until') });
      await expect(repository.search({ since: '2026-11-20', until: '2026-11-01' }, NOW)).rejects.toMatchObject({ code: 'bad_request' });
      expect(await repository.best({ metric: 'sharpe_ratio', since: '2026-11-01', until: '2026-11-01' }, NOW)).toMatchObject({ value: 3 });
    });

    it('finds the best among the N most recent experiments, and the worst when asked', async () => {
      expect(await repository.best({ metric: 'sharpe_ratio', limit: 2 }, NOW)).toMatchObject({ value: 2.1, experiment: { id: ids.ethRsi } });
      expect(await repository.best({ metric: 'sharpe_ratio', limit: 1 }, NOW)).toMatchObject({ value: 1.2, experiment: { id: ids.btcEth } });
      expect(await repository.best({ metric: 'sharpe_ratio', order: 'worst' }, NOW)).toMatchObject({ value: 0.4, experiment: { id: ids.btcEth }, result: { symbol: 'ETH' } });
      expect(await repository.best({ metric: 'volatility', symbol: 'BTC', order: 'worst' }, NOW)).toMatchObject({ value: 0.5, experiment: { id: ids.btcEth } });
      expect(await repository.best({ metric: 'max_drawdown', limit: 1, order: 'worst' }, NOW)).toMatchObject({ value: -0.3, result: { symbol: 'BTC' } });
      expect(await repository.best({ metric: 'sharpe_ratio', limit: 2, order: 'worst' }, NOW)).toMatchObject({ value: 0.4 });
      await expect(repository.best({ limit: 0 }, NOW)).rejects.toMatchObject({ code: 'bad_request' });
      await expect(repository.best({ order: 'median' } as never, NOW)).rejects.toMatchObject({ code: 'bad_request' });
    });

    it('returns the count best results best first, or the worst first, never confusing count with limit', async () => {
      const valuesOf = async (query: Parameters<ExperimentRepository['ranked']>[0]) => (await repository.ranked(query, NOW)).map((found) => found.value);
      expect(await valuesOf({ metric: 'sharpe_ratio', count: 3 })).toEqual([3, 2.1, 1.2]);
      expect(await valuesOf({ metric: 'sharpe_ratio', count: 3, order: 'worst' })).toEqual([0.4, 0.9, 1.2]);
      expect(await valuesOf({ metric: 'sharpe_ratio' })).toEqual([3]);
      // The window and the newest experiments bound what is ranked; count only how many come back.
      expect(await valuesOf({ metric: 'sharpe_ratio', count: 5, days: 7 })).toEqual([2.1, 1.2, 0.9, 0.4]);
      expect(await valuesOf({ metric: 'sharpe_ratio', count: 5, limit: 1 })).toEqual([1.2, 0.4]);
      expect(await valuesOf({ metric: 'volatility', symbol: 'BTC', count: 2 })).toEqual([0.3, 0.5]);
      expect((await repository.ranked({ metric: 'sharpe_ratio', count: 2 }, NOW)).map((found) => found.experiment.id)).toEqual([ids.btcMacd, ids.ethRsi]);
      expect(await valuesOf({ symbol: 'SOL', count: 3 })).toEqual([]);
      expect(await repository.best({ metric: 'sharpe_ratio', count: 3 }, NOW)).toMatchObject({ value: 3 });
      for (const count of [0, 21, 2.5]) await expect(repository.ranked({ count }, NOW)).rejects.toMatchObject({ code: 'bad_request' });
    });

    it('deletes one experiment with its results, and says when there is nothing to delete', async () => {
      const extra = await repository.save(experimentInput([{ symbol: 'ADA', metrics: { sharpe_ratio: 9 } }], { timestamp: NOW }));
      expect((await repository.best({}, NOW))!.value).toBe(9);
      expect(await repository.delete(extra.id)).toEqual({ id: extra.id, deleted: true });
      expect((await repository.best({}, NOW))!.value).toBe(3);
      await expect(repository.get(extra.id)).rejects.toMatchObject({ code: 'experiment_not_found' });
      await expect(repository.delete(extra.id)).rejects.toMatchObject({ code: 'experiment_not_found' });
      await expect(repository.get(0)).rejects.toMatchObject({ code: 'bad_id' });
    });
  });

  suite('at scale and under concurrency', () => {
    let repository: ExperimentRepository;
    beforeAll(async () => {
      repository = await open();
    });
    afterAll(async () => repository?.close());

    it('finds a recent best even when the top thousand results by the index are all too old', async () => {
      const strong: ResultSpec[] = Array.from({ length: 1_200 }, (_, index) => ({ symbol: 'BTC', params: { short: index + 1, long: 5_000 }, metrics: { sharpe_ratio: 2 + index / 1_000 } }));
      await repository.save(experimentInput(strong, { timestamp: NOW - 30 * DAY }));
      const recent = await repository.save(experimentInput([
        { symbol: 'BTC', metrics: { sharpe_ratio: 0.25 } }, { symbol: 'BTC', params: { short: 5, long: 10 }, metrics: { sharpe_ratio: 0.75 } },
      ], { timestamp: NOW - 2 * DAY }));
      expect(await repository.best({ metric: 'sharpe_ratio', symbol: 'BTC', days: 7 }, NOW)).toMatchObject({ value: 0.75, experiment: { id: recent.id } });
      expect((await repository.best({ metric: 'sharpe_ratio', symbol: 'BTC' }, NOW))!.value).toBe(3.199);
    });

    it('keeps every one of 20 concurrent saves, each whole, with distinct ids', async () => {
      const before = (await repository.search({}, NOW)).total;
      const saved = await Promise.all(Array.from({ length: 20 }, (_, index) => repository.save(experimentInput(
        [{ symbol: 'DOT', params: { short: index + 1, long: 60 }, metrics: { sharpe_ratio: index } }, { symbol: 'LINK', metrics: { sharpe_ratio: -index } }],
        { timestamp: NOW - index * 1_000 },
      ))));
      expect(new Set(saved.map((one) => one.id)).size).toBe(20);
      expect((await repository.search({}, NOW)).total).toBe(before + 20);
      expect((await repository.search({ symbol: 'LINK', limit: 100 }, NOW)).experiments).toHaveLength(20);
      expect(await repository.best({ symbol: 'DOT' }, NOW)).toMatchObject({ value: 19, result: { params: { short: 20, long: 60 } } });
    });

    it('keeps where each data file came from, and reads runs saved before that was recorded without one', async () => {
      const provenance = { source: 'binance', id: 'ohlcv/AVAX-USDT-1d.csv', digest: HASH_A, market: 'AVAX/USDT', fetched_at: '2026-11-20T08:00:00.000Z' };
      const input = experimentInput([{ symbol: 'AVAX', metrics: { sharpe_ratio: 1 } }], { timestamp: NOW - 2_000 });
      const withSources = {
        ...input,
        data_files: input.data_files.map((file) => ({ ...file, provenance })),
        results: input.results.map((result) => ({ ...result, data: { ...result.data, provenance } })),
      };
      const saved = await repository.save(withSources);
      const read = await repository.get(saved.id);
      expect(read.data_files.map((file) => file.provenance)).toEqual([provenance]);
      expect(read.results.map((result) => result.data.provenance)).toEqual([provenance]);
      // A run saved as runs were before sources were recorded reads back without one.
      const older = await repository.save(input);
      expect((await repository.get(older.id)).data_files.map((file) => file.provenance)).toEqual([undefined]);
      // A path in place of the portable id would leak where the user keeps the files: refused, nothing saved.
      const before = (await repository.search({}, NOW)).total;
      const leaking = { ...withSources, data_files: input.data_files.map((file) => ({ ...file, provenance: { ...provenance, id: '/home/trader/prices/AVAX-USDT-1d.csv' } })) };
      await expect(repository.save(leaking)).rejects.toMatchObject({ code: 'bad_request' });
      expect((await repository.search({}, NOW)).total).toBe(before);
    });
  });
});
