import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STATE_KEYS } from '../../agents/tools/session_state.js';
import { getExperiment } from '../../memory/get_experiment.js';
import { rerunExperiment } from '../../memory/rerun_experiment.js';
import { sqliteRepository } from '../../memory/sqlite_repository.js';
import type { PortfolioRunState } from '../../tools/portfolio/portfolio_from_spec.js';
import { portfolioOutcomeSha256 } from '../../tools/portfolio/portfolio_summary.js';
import { searchExperiments } from '../../memory/search_experiments.js';
import { closeSharedExperimentStores, sharedExperimentStore } from '../../memory/shared_store.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { startConversation } from '../agents/conversation_helpers.js';
import { tempDatabasePath } from './temp_database.js';

afterAll(async () => {
  closeSharedExperimentStores();
  await closeWorkerPool();
});

const fileSha256 = (file: string) => createHash('sha256').update(readFileSync(path.join(process.env.BTP_DATA_DIR!, file))).digest('hex');
const packageVersion = (JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { version: string }).version;

describe('every pipeline run is saved as an experiment', () => {
  it('records the request, the data hashes, the settings, the version, the session and the agent trace', async () => {
    const database = tempDatabasePath();
    const conversation = await startConversation({ BTP_DB: database });
    const turn = await conversation.send('Compare SMA vs RSI on BTC and ETH for 2022, target Sharpe > 1');
    const { id } = turn.state[STATE_KEYS.experiment] as { id: number };
    const experiment = getExperiment(sharedExperimentStore(database), id);
    expect(experiment).toMatchObject({
      user_query: 'Compare SMA vs RSI on BTC and ETH for 2022, target Sharpe > 1',
      symbols: ['BTC', 'ETH'], strategies: ['sma_crossover', 'rsi_mean_reversion', 'buy_and_hold'],
      run_window: { start: '2022-01-01', end: '2022-12-31' }, app_version: packageVersion, session_id: conversation.sessionId,
      engine_settings: { initial_capital: 10_000, fees_bps: 10, slippage_bps: 0, fill: 'next_open', allow_short: false, risk_free_rate: 0 },
      optimization: { status: expect.any(String) },
    });
    expect(experiment.data_files).toEqual([
      {
        symbol: 'BTC', file: 'BTC-USDT-1d.csv', sha256: fileSha256('BTC-USDT-1d.csv'), interval: '1d',
        provenance: { source: 'sample', id: 'sample/BTC-USDT-1d.csv', digest: fileSha256('BTC-USDT-1d.csv') },
      },
      {
        symbol: 'ETH', file: 'ETH-USDT-1d.csv', sha256: fileSha256('ETH-USDT-1d.csv'), interval: '1d',
        provenance: { source: 'sample', id: 'sample/ETH-USDT-1d.csv', digest: fileSha256('ETH-USDT-1d.csv') },
      },
    ]);
    expect(experiment.results).toHaveLength(6);
    expect(experiment.results.map((result) => result.rank)).toEqual([1, 2, 3, 4, 5, 6]);

    const trace = experiment.agent_trace;
    expect(trace.map((entry) => entry.agent).filter((agent) => agent !== 'optimization_step_agent')).toEqual([
      'user_agent', 'validation_agent', 'data_agent', 'backtest_shard_0', 'backtest_shard_1', 'portfolio_agent', 'risk_agent', 'report_agent',
    ]);
    expect(trace.flatMap((entry) => entry.tools.map((tool) => tool.tool))).toEqual([
      'parse_request', 'validate_request', 'load_market_data', 'run_backtests', 'run_backtests', 'analyze_risk', 'render_report',
    ]);
    // The loop's step runs without a tool call: one entry per iteration, timed from its event.
    const steps = trace.filter((entry) => entry.agent === 'optimization_step_agent');
    expect(steps.length).toBeGreaterThanOrEqual(1);
    expect(steps.every((entry) => entry.tools.length === 0)).toBe(true);
    expect(trace.find((entry) => entry.agent === 'backtest_shard_1')!.branch).toBe('backtest_agent.backtest_shard_1');
    for (const [index, entry] of trace.entries()) {
      expect(entry.duration_ms).toBeGreaterThanOrEqual(0);
      if (index > 0) expect(entry.started_ms).toBeGreaterThanOrEqual(trace[index - 1]!.started_ms);
      expect(entry.started_ms + entry.duration_ms).toBeLessThanOrEqual(experiment.execution_time);
    }
  });

  it('saves a portfolio request with its portfolio run, which a follow-up changes and a re-run repeats bit for bit', async () => {
    const database = tempDatabasePath();
    const conversation = await startConversation({ BTP_DB: database });
    const first = await conversation.send('Backtest a 60/40 BTC ETH portfolio rebalanced monthly from 2021 to 2023');
    const saved = getExperiment(sharedExperimentStore(database), (first.state[STATE_KEYS.experiment] as { id: number }).id);
    const ran = first.state[STATE_KEYS.portfolio] as PortfolioRunState;
    expect(saved.portfolio).toMatchObject({
      weights: { BTC: 0.6, ETH: 0.4 }, rebalance: 'monthly', objective: null, range: { start: '2021-01-01', end: '2023-12-31', bars: 1095 },
      metrics: ran.result.portfolio.metrics, num_fills: ran.result.portfolio.fills.length, outcome_sha256: portfolioOutcomeSha256(ran.result.portfolio),
    });
    const second = await conversation.send('make it 50/50');
    const changed = getExperiment(sharedExperimentStore(database), (second.state[STATE_KEYS.experiment] as { id: number }).id);
    expect(changed.portfolio!.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
    const dependencies = { dataDir: process.env.BTP_DATA_DIR!, cacheDir: path.join(path.dirname(database), 'cache'), today: () => '2026-12-01', now: () => Date.now() };
    const outcome = await rerunExperiment(sqliteRepository(sharedExperimentStore(database)), saved.id, dependencies);
    expect(outcome).toMatchObject({ match: true, differences: [], portfolio: { weights: { BTC: 0.6, ETH: 0.4 }, metrics: saved.portfolio!.metrics } });
  });

  it('saves one experiment per run of a conversation, and none for a request that fails validation', async () => {
    const database = tempDatabasePath();
    const conversation = await startConversation({ BTP_DB: database });
    await conversation.send('Backtest SMA 20/50 on BTC for 2022');
    const failed = await conversation.send('now try it on AVAX');
    expect(failed.state[STATE_KEYS.experiment] ?? null).toBeNull();
    await conversation.send('now try it on ETH');
    const page = searchExperiments(sharedExperimentStore(database));
    expect(page.experiments.map((experiment) => experiment.user_query)).toEqual(['now try it on ETH', 'Backtest SMA 20/50 on BTC for 2022']);
    expect(page.experiments.map((experiment) => experiment.symbols)).toEqual([['ETH'], ['BTC']]);
  });

  it('still answers when the store cannot be written, and says why in the session state', async () => {
    const database = tempDatabasePath();
    writeFileSync(database, 'not a database\n'.repeat(100));
    const turn = await (await startConversation({ BTP_DB: database })).send('Backtest SMA 20/50 on BTC for 2022');
    expect(turn.reply).toContain('## Ranking');
    expect(turn.state[STATE_KEYS.experiment]).toMatchObject({ error: { code: 'database_corrupt' } });
    expect(readFileSync(database, 'utf8')).toBe('not a database\n'.repeat(100));
  });
});
