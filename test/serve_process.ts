/**
 * Test helper: `btp serve` as its own process (the built bin, test/btp_command.ts) on a free
 * loopback port, in its own process group so stop() ends everything it started, bounded in time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { BTP_COMMAND } from './btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT_LIMIT = 256 * 1024;

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startServeProcess(env: Record<string, string>, startTimeoutMs = 150_000): Promise<ServeProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...BTP_COMMAND, 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: REPO_ROOT,
    env: { ...process.env, BTP_MODEL: 'offline-rules', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => { output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT); };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => { gone = true; });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    if (!gone) signalGroup('SIGTERM');
    const killer = setTimeout(() => signalGroup('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killer);
    signalGroup('SIGKILL');
  };
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline && !gone) {
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) })).ok) return { url, child, output: () => output, exited, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`btp serve on ${url} ${gone ? 'exited' : 'did not answer in time'}; output:\n${output}`);
}
