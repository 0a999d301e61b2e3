/**
 * Issue 10 §3 "Errors": each refusal names what was wrong with its own stable code (tools/errors.ts),
 * never the old catch-all `bad_input`. One case per throw site that no other test pins.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../adk.config.js';
import { runPortfolioInSession } from '../../agents/tools/run_portfolio_tool.js';
import { createMemorySession } from '../../agents/tools/session_state.js';
import { parseSessionId } from '../../agents/runtime/session_service.js';
import { parsePortfolioStrategies } from '../../cli/portfolio_options.js';
import { parseStrategyOption } from '../../cli/option_parsers.js';
import { replayingGemini } from '../../evals/gemini/eval_with_gemini.js';
import { assertCleanRun, recordCase } from '../../evals/recording/record_case.js';
import { rerecordEvalSet } from '../../evals/recording/rerecord_eval_set.js';
import { findEvalSetFiles, readEvalSet } from '../../evals/evalset/eval_set_file.js';
import { runEvals, todayOf } from '../../evals/scoring/run_evals.js';
import { backupStore } from '../../memory/store_backup.js';
import { checkStore } from '../../memory/store_check.js';
import { queueLocationOf } from '../../queue/queue_location.js';
import { readSweepId } from '../../queue/sweep_registry.js';
import { openApiKeyStore } from '../../server/api_key_store.js';
import { planBatchSweep } from '../../tools/backtest/batch_sweep.js';
import { resolveEngineSettings } from '../../tools/backtest/engine_settings.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { chooseFileForRange } from '../../tools/data/choose_file.js';
import { createCcxtFetcher } from '../../tools/data/fetch/ccxt_fetcher.js';
import { planFetch } from '../../tools/data/fetch/fetch_plan.js';
import { DEFAULT_RETRY_POLICY } from '../../tools/data/fetch/retry.js';
import { createYahooFetcher } from '../../tools/data/fetch/yahoo_fetcher.js';
import { parseInterval } from '../../tools/data/intervals.js';
import { loadSeries } from '../../tools/data/load_series.js';
import { validateData } from '../../tools/data/validate_data.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { optimizePortfolio } from '../../tools/portfolio/optimize/optimize_portfolio.js';
import { parsePortfolioRequest } from '../../tools/portfolio/portfolio_request.js';
import { backtestPortfolio, optimizePortfolioWeights } from '../../tools/portfolio/portfolio_service.js';
import { runPortfolio } from '../../tools/portfolio/run_portfolio.js';
import { parseRequest } from '../../tools/request/parse_request.js';
import { tempDatabasePath } from '../memory/temp_database.js';
import { runBtp } from './run_btp.js';

const data = { dataDir: process.env.BTP_DATA_DIR!, riskFreeRate: 0 };
const FETCHER = { timeoutMs: 1_000, retry: DEFAULT_RETRY_POLICY };

afterAll(closeWorkerPool);

/** What `action` threw (sync or async), for matching its code. */
async function refusal(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal, got none');
}

describe('bad_id: ids that are not well formed', () => {
  it('refuses a session id, a sweep id and an API key id', async () => {
    expect(await refusal(() => parseSessionId('../s1'))).toMatchObject({ code: 'bad_id' });
    expect(await refusal(() => readSweepId('1e0', 'btp sweep status'))).toMatchObject({ code: 'bad_id' });
    const store = openApiKeyStore(tempDatabasePath());
    try {
      expect(await refusal(() => store.revoke('x!'))).toMatchObject({ code: 'bad_id' });
    } finally {
      store.close();
    }
  });

  it('btp keys: a malformed user id is bad_id; a well-formed key id that names no key is not_found', async () => {
    const env = { BTP_KEYS_DB: tempDatabasePath() };
    expect((await runBtp(['keys', 'create', '../bob'], env)).stderr).toMatch(/^error \[bad_id\]: a user id is/);
    const unknown = await runBtp(['keys', 'revoke', 'abcdefgh'], env);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toMatch(/^error \[not_found\]: no active key with id "abcdefgh"/);
  });
});

describe('bad_flag and bad_config: where a value came from', () => {
  it('refuses flag values with bad_flag', async () => {
    expect(await refusal(() => parseStrategyOption(':short=20'))).toMatchObject({ code: 'bad_flag' });
    expect(await refusal(() => parsePortfolioStrategies(['sma_crossover', 'rsi_mean_reversion']))).toMatchObject({ code: 'bad_flag' });
    expect(await refusal(() => queueLocationOf('http://127.0.0.1:6379', {}))).toMatchObject({ code: 'bad_flag', message: expect.stringMatching(/^--queue /) });
    expect(await refusal(() => replayingGemini('recording.json', 'offline-rules', () => Promise.resolve()))).toMatchObject({ code: 'bad_flag' });
    expect((await runBtp(['serve', '--port', '70000'])).stderr).toMatch(/^error \[bad_flag\]: --port must be a whole number from 0 to 65535/);
  });

  it('refuses environment variables with bad_config, naming them', async () => {
    expect(await refusal(() => queueLocationOf(undefined, { BTP_REDIS_URL: 'http://127.0.0.1:6379' }))).toMatchObject({ code: 'bad_config', message: expect.stringMatching(/^BTP_REDIS_URL /) });
    expect(await refusal(() => loadConfig({ BTP_REDIS_URL: 'http://127.0.0.1:6379' }))).toMatchObject({ code: 'bad_config' });
    expect(await refusal(() => loadConfig({ BTP_LOG_LEVEL: 'loud' }))).toMatchObject({ code: 'bad_config' });
    expect(await refusal(() => loadConfig({ BTP_RISK_FREE_RATE: '0x1' }))).toMatchObject({ code: 'bad_config' });
    expect(await refusal(() => loadConfig({ BTP_DATA_INVALID: 'skip' }))).toMatchObject({ code: 'bad_config', message: expect.stringMatching(/^BTP_DATA_INVALID /) });
    expect(await refusal(() => loadConfig({ BTP_OFFLINE: 'maybe' }))).toMatchObject({ code: 'bad_config', message: expect.stringMatching(/^BTP_OFFLINE /) });
    expect(await refusal(() => loadConfig({ BTP_BINANCE_URL: 'ftp://mirror' }))).toMatchObject({ code: 'bad_config', message: expect.stringMatching(/^BTP_BINANCE_URL /) });
  });

  it('btp parse without a request is a usage error', async () => {
    expect((await runBtp(['parse'])).stderr).toMatch(/^error \[usage\]: give the request as an argument/);
  });
});

describe('bad_request: structured requests of the wrong shape', () => {
  it('refuses sweeps and messages of the wrong shape', async () => {
    expect(await refusal(() => planBatchSweep({ symbols: 'all', strategies: 'some' as never }, data))).toMatchObject({ code: 'bad_request' });
    expect(await refusal(() => planBatchSweep({ symbols: ['BTC', 'bitcoin'], strategies: 'all' }, data))).toMatchObject({ code: 'bad_request' });
    expect(parseRequest(42 as never, { today: '2024-06-01' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses portfolio requests of the wrong shape, short portfolios and strategies for symbols outside the portfolio', async () => {
    expect(await refusal(() => parsePortfolioRequest({ symbols: 'BTC' as never }))).toMatchObject({ code: 'bad_request' });
    expect(await refusal(() => parsePortfolioRequest({ symbols: ['BTC', 'ETH'], allow_short: true }))).toMatchObject({ code: 'bad_request' });
    expect(await refusal(() => backtestPortfolio({ symbols: ['BTC', 'ETH'], strategies: { SOL: { name: 'buy_and_hold' } } }, data))).toMatchObject({ code: 'bad_request' });
    expect(await refusal(() => optimizePortfolioWeights({ symbols: 'BTC' } as never, data))).toMatchObject({ code: 'bad_request' });
    expect(await refusal(() => optimizePortfolioWeights({ symbols: ['BTC', 'ETH'], allow_short: true } as never, data))).toMatchObject({ code: 'bad_request' });
  });
});

describe('sweeps and run settings', () => {
  it('a sweep at an interval the data lacks is interval_unavailable', async () => {
    expect(await refusal(() => planBatchSweep({ symbols: 'all', strategies: 'all', intervals: ['1w'] }, data))).toMatchObject({ code: 'interval_unavailable' });
  });

  it('engine settings, a held-out share or an outlier rule out of range are bad_parameters', async () => {
    expect(await refusal(() => resolveEngineSettings({ fees_bps: -1 }))).toMatchObject({ code: 'bad_parameters' });
    const btc = await loadSeries('BTC', data);
    expect(await refusal(() => optimizePortfolio([btc], { holdout: 1 } as never))).toMatchObject({ code: 'bad_parameters' });
    expect(await refusal(() => validateData(btc, { outlierWindow: 1 }))).toMatchObject({ code: 'bad_parameters' });
  });
});

describe('data sources', () => {
  it('an interval not written as one is bad_interval; a symbol that cannot be a ticker or a pair is bad_symbol', async () => {
    expect(await refusal(() => parseInterval('1x'))).toMatchObject({ code: 'bad_interval' });
    expect(await refusal(() => planFetch('A B', '1d', 'yahoo'))).toMatchObject({ code: 'bad_symbol' });
    expect(await refusal(() => planFetch('ABCDEFGHIJKLMNOPQ', '1d', 'binance'))).toMatchObject({ code: 'bad_symbol' });
  });

  it('an unknown exchange is unknown_source; an interval the source does not offer is interval_unavailable', async () => {
    expect(await refusal(() => createCcxtFetcher('no_such_exchange', FETCHER))).toMatchObject({ code: 'unknown_source' });
    const yahoo = await createYahooFetcher(FETCHER);
    const request = { market: 'SPY', interval: '3h', intervalMs: 3 * 3_600_000, fromMs: 0, toMs: 1 };
    expect(await refusal(() => yahoo.fetchCandles(request))).toMatchObject({ code: 'interval_unavailable' });
  });
});

describe('the experiment store files', () => {
  it('a backup onto an existing file is file_exists; a missing database is database_missing', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'btp-codes-'));
    const existing = path.join(folder, 'taken.db');
    writeFileSync(existing, '');
    const missing = { kind: 'sqlite', path: path.join(folder, 'none.db') } as const;
    expect(await refusal(() => backupStore(missing, existing))).toMatchObject({ code: 'file_exists' });
    expect(await refusal(() => backupStore(missing, path.join(folder, 'copy.db')))).toMatchObject({ code: 'database_missing' });
    expect(await refusal(() => checkStore(missing))).toMatchObject({ code: 'database_missing' });
  });
});

describe('evals', () => {
  const evalSetFile = path.join('evals', 'single_requests.evalset.json');

  it('an eval file that cannot be used is bad_eval_set; a path that does not exist is not_found', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'btp-evals-'));
    const broken = path.join(folder, 'broken.evalset.json');
    writeFileSync(broken, '{"eval_set_id": ');
    expect(await refusal(() => readEvalSet(broken))).toMatchObject({ code: 'bad_eval_set' });
    expect(await refusal(() => findEvalSetFiles([path.join(folder, 'absent')]))).toMatchObject({ code: 'not_found' });
    expect(await refusal(() => replayingGemini(broken, 'gemini-2.5-flash', () => Promise.resolve()))).toMatchObject({ code: 'bad_eval_set' });
    const evalCase = { eval_id: 'c1', conversation: [] } as never;
    expect(await refusal(() => todayOf(evalCase, {} as never, 'test_config.json'))).toMatchObject({ code: 'bad_eval_set' });
  });

  it('an unknown case id is not_found; a recording whose run raised an error is run_failed; recording nothing is a usage error', async () => {
    expect(await refusal(() => rerecordEvalSet({ file: evalSetFile, model: 'offline-rules', caseIds: ['no_such_case'] }))).toMatchObject({ code: 'not_found' });
    expect(await refusal(() => runEvals({ paths: [evalSetFile], model: 'offline-rules', caseIds: ['no_such_case'] }))).toMatchObject({ code: 'not_found' });
    const run = { sessionInput: {} as never, invocations: [], errors: [{ turn: 1, author: 'planner', code: 'internal', message: 'boom' }] };
    expect(await refusal(() => assertCleanRun('c1', run))).toMatchObject({ code: 'run_failed' });
    expect(await refusal(() => recordCase({ requests: [], outFile: 'unused.evalset.json', model: 'offline-rules' }))).toMatchObject({ code: 'usage' });
  });
});

describe('invalid_argument and step_out_of_order: not the user\'s input', () => {
  it('refuses what no user input reaches with invalid_argument', async () => {
    expect(await refusal(() => chooseFileForRange([]))).toMatchObject({ code: 'invalid_argument' });
    const [daily, hourly] = await Promise.all([loadSeries('BTC', data), loadSeries('ETH', { ...data, interval: '1h' })]);
    expect(await refusal(() => runPortfolio([daily, hourly], {} as never))).toMatchObject({ code: 'invalid_argument' });
  });

  it('running the portfolio step before validation is step_out_of_order', async () => {
    expect(await refusal(() => runPortfolioInSession(createMemorySession(), {} as ToolDependencies))).toMatchObject({ code: 'step_out_of_order' });
  });
});
