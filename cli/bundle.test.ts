import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDatabasePath } from '../test/memory/temp_database.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);
const REQUEST = 'Optimise SMA on BTC 2018-2024, target Sharpe > 1.5';

/** The `btp` bin package.json names: the one-file bundle `npm run build` (and so `npm ci`) makes. */
function binPath(): string {
  const { bin } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: { btp: string } };
  return path.join(REPO_ROOT, bin.btp);
}

/** `ask --json` through the given entry; ids, times and session vary between runs, the rest must not. */
async function askJson(entry: string[]): Promise<unknown> {
  const { stdout } = await run(process.execPath, [...entry, 'ask', REQUEST, '--json', '--today', '2026-11-24'], {
    cwd: REPO_ROOT, env: { ...process.env, BTP_DB: tempDatabasePath(), BTP_MODEL: 'offline-rules' }, maxBuffer: 64 * 1024 * 1024,
  });
  const varying = new Set(['id', 'timestamp', 'session_id', 'elapsed_ms', 'duration_ms']);
  return JSON.parse(stdout, (key, value: unknown) => (varying.has(key) ? undefined : value));
}

describe('the bundled btp bin', () => {
  it('is built, and answers a request exactly as the unbundled CLI does', async () => {
    expect(existsSync(binPath()), `${binPath()} is missing: run npm run build`).toBe(true);
    const [bundled, source] = await Promise.all([askJson([binPath()]), askJson(['--import', 'tsx', 'cli/main.ts'])]);
    expect(bundled).toMatchObject({ spec: { symbols: ['BTC'] }, results: expect.arrayContaining([expect.objectContaining({ symbol: 'BTC' })]) });
    expect(bundled).toEqual(source);
  });
});
