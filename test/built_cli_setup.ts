import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BTP_COMMAND } from './btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What `npm run build` compiles into dist (tsconfig.build.json), with the files that shape it. */
const SOURCE_FOLDERS = ['agents', 'bench', 'cli', 'deploy', 'docs', 'evals', 'memory', 'queue', 'server', 'tools'];
const BUILD_INPUTS = ['adk.config.ts', 'tsconfig.build.json', 'package.json'];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const place = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(place);
      else if (/\.(ts|mjs|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(place).mtimeMs);
    }
  };
  for (const folder of SOURCE_FOLDERS) visit(path.join(REPO_ROOT, folder));
  for (const file of BUILD_INPUTS) newest = Math.max(newest, statSync(path.join(REPO_ROOT, file)).mtimeMs);
  return newest;
}

/**
 * Vitest global setup of the edge tests: they start the built `btp` (test/btp_command.ts), so it is
 * built again when missing or older than a source, and no test ever runs yesterday's CLI. After
 * `npm ci` (whose prepare step builds it) nothing is rebuilt.
 */
export default function buildCliWhenStale(): void {
  const bin = BTP_COMMAND[0]!;
  if (existsSync(bin) && statSync(bin).mtimeMs >= newestSourceTime()) return;
  process.stderr.write('dist/cli/btp.js is missing or older than the sources: npm run build\n');
  execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
}
