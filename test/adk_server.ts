/**
 * Test helper: runs `adk api_server` or `adk web` on 127.0.0.1 for the length of a test. The server
 * gets its own process group (it spawns an esbuild service), so stop() can end every process it
 * started, bounded in time. It also gets its own TMPDIR, removed on stop: the CLI bundles each app
 * into a temp folder it never deletes when killed.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const ADK_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'adk');
const OUTPUT_LIMIT = 256 * 1024;
const POLL_INTERVAL_MS = 200;
const STOP_GRACE_MS = 5_000;

export interface AdkServerOptions {
  command: 'api_server' | 'web';
  /** The folder whose sub-folders are apps (`<app>/agent.ts`). */
  agentsDir: string;
  /** Default: a free port chosen by the OS. */
  port?: number;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** How long to wait for the first answer (the first request also bundles every app). */
  startTimeoutMs?: number;
}

export interface AdkServer {
  baseUrl: string;
  /** Process id of the server, which is also its process group id. */
  pid: number;
  /** The server's own TMPDIR, where the CLI bundles each app; removed by stop(). */
  bundleDir: string;
  /** Everything the server printed so far (stdout and stderr interleaved, last 256 KB). */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

function groupIsAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(POLL_INTERVAL_MS);
  }
  return condition();
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    return response.ok;
  } catch {
    return false;
  }
}

export async function startAdkServer(options: AdkServerOptions): Promise<AdkServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const bundleDir = await mkdtemp(path.join(os.tmpdir(), 'btp-adk-bundles-'));
  const child = spawn(ADK_BIN, [options.command, options.agentsDir, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env, TMPDIR: bundleDir },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) {
    await rm(bundleDir, { recursive: true, force: true });
    throw new Error(`could not start ${ADK_BIN}`);
  }

  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });

  const stop = async (): Promise<void> => {
    signalGroup(pid, 'SIGTERM');
    if (!(await waitUntil(() => !groupIsAlive(pid), STOP_GRACE_MS))) {
      signalGroup(pid, 'SIGKILL');
      await waitUntil(() => !groupIsAlive(pid), STOP_GRACE_MS);
    }
    await rm(bundleDir, { recursive: true, force: true });
  };

  // /list-apps answers under both commands, and only after every app has been bundled and loaded.
  const ready = await waitUntil(async () => exited || (await answers(`${baseUrl}/list-apps`)), options.startTimeoutMs ?? 60_000);
  if (!ready || exited) {
    await stop();
    throw new Error(`adk ${options.command} on ${baseUrl} ${exited ? 'exited' : 'did not answer in time'}; output:\n${output}`);
  }
  return { baseUrl, pid, bundleDir, output: () => output, stop };
}
