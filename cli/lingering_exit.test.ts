import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULE = path.resolve('cli/lingering_exit.ts');

/** Runs `body` in a child process after importing exitIfLingering. */
function run(body: string) {
  const script = path.join(mkdtempSync(path.join(os.tmpdir(), 'btp-lingering-')), 'script.ts');
  writeFileSync(script, `import { exitIfLingering } from ${JSON.stringify(MODULE)};\n${body}\n`);
  return spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 });
}

describe('exitIfLingering', () => {
  it('ends a finished command that a leftover handle keeps alive, with its exit code, naming the handle', () => {
    const started = Date.now();
    const result = run('setInterval(() => {}, 1000); process.exitCode = 3; exitIfLingering(300);');
    expect(result.status).toBe(3);
    expect(result.stderr).toBe('btp: the command finished 0.3 s ago but Timeout kept the process alive; exiting\n');
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('never delays or comments on a process that exits by itself', () => {
    const result = run('exitIfLingering(20_000);');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
