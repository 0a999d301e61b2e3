import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BTP_COMMAND } from '../../test/btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

async function symbols(dataDir: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [...BTP_COMMAND, 'symbols'], { cwd: REPO_ROOT, env: { ...process.env, BTP_DATA_DIR: dataDir } });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('btp symbols', () => {
  it('lists the sample data', async () => {
    const { code, stdout } = await symbols(path.join(REPO_ROOT, 'data', 'sample'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/│ BTC\s+│ USDT\s+│ 1d/);
  }, 60_000);

  it('with an empty data directory says why there is nothing and what to do, instead of an empty table', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'btp-symbols-empty-'));
    const { code, stdout } = await symbols(empty);
    expect(code).toBe(0);
    expect(stdout).toContain('No symbols: the data directory holds no CSV files.');
    expect(stdout).toContain(`BTP_DATA_DIR=${path.join(REPO_ROOT, 'data', 'sample')} btp symbols`);
    expect(stdout).not.toContain('┌');
  }, 60_000);

  it('with only unreadable files says that each was skipped and why', async () => {
    const broken = await mkdtemp(path.join(os.tmpdir(), 'btp-symbols-broken-'));
    await writeFile(path.join(broken, 'BTC-USDT-1d.csv'), 'not,a,price,file\n');
    const { stdout } = await symbols(broken);
    expect(stdout).toContain('holds no CSV file that could be read (1 skipped, below)');
    expect(stdout).toContain('skipped BTC-USDT-1d.csv:');
  }, 60_000);
});
