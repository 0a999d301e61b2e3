import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow } from './measure.js';

const SECTION = 'start-up';
const BIN = 'dist/cli/btp.js';
const ENV = {
  ...process.env,
  BTP_DB: path.join(mkdtempSync(path.join(os.tmpdir(), 'btp-bench-startup-')), 'bench.db'),
  BTP_MODEL: 'offline-rules',
  BTP_TODAY: '2026-11-24',
};

interface StartupCase {
  label: string;
  args: string[];
  /** Upper bound in ms, and the most it may take as a multiple of a bare `node -e 0`. */
  goalMs: number;
  goalRatio?: number;
}

const CASES: StartupCase[] = [
  { label: 'btp --help', args: [BIN, '--help'], goalMs: 300, goalRatio: 3 },
  { label: 'btp symbols', args: [BIN, 'symbols'], goalMs: 300, goalRatio: 3 },
  {
    label: 'btp backtest, 2 symbols × 4 years',
    args: [BIN, 'backtest', '--symbols', 'BTC,ETH', '--from', '2021-01-01', '--to', '2024-12-31', '--strategy', 'sma_crossover', '--strategy', 'rsi_mean_reversion', '--json'],
    goalMs: 300, goalRatio: 3,
  },
  { label: 'btp ask, cold process', args: [BIN, 'ask', 'Compare SMA vs RSI on BTC and ETH from 2021 to 2024', '--json'], goalMs: 1_200 },
];

function wallMs(args: readonly string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore', env: ENV });
  return performance.now() - started;
}

function median(samples: readonly number[]): number {
  return [...samples].sort((a, b) => a - b)[samples.length >> 1]!;
}

/**
 * Whole `btp` processes against a bare `node -e 0`, paired: each round runs the bare node, then
 * every command, so a busy moment of a shared machine slows both sides of a ratio alike.
 */
export function benchStartup({ rounds = 7 } = {}): BenchRow[] {
  for (const { args } of CASES) wallMs(args); // warm the OS file cache and the data cache
  const bare: number[] = [];
  const samples = CASES.map(() => [] as number[]);
  const ratios = CASES.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    const node = wallMs(['-e', '0']);
    bare.push(node);
    CASES.forEach(({ args }, index) => {
      const ms = wallMs(args);
      samples[index]!.push(ms);
      ratios[index]!.push(ms / node);
    });
  }
  const rows: BenchRow[] = [{ section: SECTION, name: 'node -e 0 (a bare node process, the yardstick)', value: median(bare), unit: 'ms' }];
  CASES.forEach(({ label, goalMs, goalRatio }, index) => {
    const ms = median(samples[index]!);
    const ratio = median(ratios[index]!);
    rows.push({ section: SECTION, name: `${label}: whole process, wall time`, value: ms, unit: 'ms', target: `< ${goalMs} ms`, met: ms < goalMs });
    if (goalRatio !== undefined) {
      rows.push({ section: SECTION, name: `${label}: × node -e 0 (paired)`, value: ratio, unit: '×', target: `≤ ${goalRatio}×`, met: ratio <= goalRatio });
    }
  });
  return rows;
}
