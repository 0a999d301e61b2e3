import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BTP_COMMAND } from '../btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

export interface BtpOutcome {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Runs the real `btp` (the built bin a user runs, test/btp_command.ts) and resolves with its streams and
 * exit code. `env` is added to the test environment; BTP_DATA_DIR is made absolute.
 */
export async function runBtp(args: readonly string[], env: Record<string, string> = {}): Promise<BtpOutcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...BTP_COMMAND, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, BTP_DATA_DIR: path.resolve(process.env.BTP_DATA_DIR ?? 'data/sample'), ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number };
    return { stdout: failed.stdout ?? '', stderr: failed.stderr ?? '', code: typeof failed.code === 'number' ? failed.code : -1 };
  }
}
