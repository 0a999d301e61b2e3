import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const folders: string[] = [];
// Each test file that asks for folders removes them when its tests are done. (Kept apart from
// fixtures.ts, which child processes outside vitest import too.)
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder under the OS temp dir, and the database path inside it (not created yet). */
export function tempDatabasePath(name = 'experiments.db'): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'btp-memory-'));
  folders.push(folder);
  return path.join(folder, name);
}
