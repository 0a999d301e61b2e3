import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../adk.config.js';
import { Conversation } from '../agents/runtime/conversation.js';
import { closeWorkerPool } from '../tools/backtest/worker_pool.js';
import { medianMsAsync, type BenchRow } from './measure.js';

const SECTION = 'agents';
/** Bench runs are saved like any run; keep them out of the user's experiment history. */
const BENCH_ENV = { ...process.env, BTP_DB: path.join(mkdtempSync(path.join(os.tmpdir(), 'btp-bench-')), 'bench.db') };
export const COMPARE_REQUEST = 'Compare SMA vs RSI on BTC and ETH from 2021 to 2024';
export const TARGET_REQUEST = 'Compare SMA vs RSI on BTC and ETH from 2021 to 2024, target Sharpe > 1.5';

async function askOnce(request: string): Promise<void> {
  const conversation = await Conversation.start({ config: loadConfig({ ...BENCH_ENV, BTP_TODAY: '2026-11-24', BTP_MODEL: 'offline-rules' }) });
  const turn = await conversation.send(request);
  if (!turn.state.report) throw new Error(`bench request produced no report: ${turn.reply}`);
}

/** `btp ask` timings: in-process after start-up (the agents' own work), and a cold CLI process. */
export async function benchAgents(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [label, request] of [['compare', COMPARE_REQUEST], ['compare + Sharpe target (optimisation loop)', TARGET_REQUEST]] as const) {
    const ms = await medianMsAsync(() => askOnce(request), { warmup: 1, runs: 5 });
    rows.push({ section: SECTION, name: `btp ask, ${label}: end to end after start-up`, value: ms, unit: 'ms', target: '< 1,000 ms', met: ms < 1_000 });
  }
  await closeWorkerPool();
  const started = performance.now();
  execFileSync(process.execPath, ['dist/cli/btp.js', 'ask', COMPARE_REQUEST, '--json', '--today', '2026-11-24'], { stdio: 'ignore', env: { ...BENCH_ENV, BTP_MODEL: 'offline-rules' } });
  rows.push({ section: SECTION, name: 'btp ask, compare: cold CLI process, wall time (includes loading ADK)', value: performance.now() - started, unit: 'ms' });
  return rows;
}
