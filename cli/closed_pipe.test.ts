import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BTP_COMMAND } from '../test/btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs btp with its stdout closed after the first chunk, as `| head -c 1` would. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...BTP_COMMAND, ...args], { cwd: REPO_ROOT, env: { ...process.env, BTP_DATA_DIR: 'data/sample' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed pipe', () => {
  it('ends btp backtest --json quietly: no EPIPE stack trace, exit 0', async () => {
    const { code, stderr } = await runIntoClosedPipe([
      'backtest', '--symbols', 'BTC,ETH,SOL,BNB,ADA,XRP', '--strategy', 'sma_crossover', '--strategy', 'rsi_mean_reversion', '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
