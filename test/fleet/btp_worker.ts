import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BTP_COMMAND } from '../btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningWorker {
  process: ChildProcess;
  /** Every line it has written to stderr so far. */
  log: string[];
  exited: Promise<number | null>;
}

export interface WorkerOptions {
  queue: string;
  prefix: string;
  /** The environment it runs in (its store, its data folder); BTP_QUEUE_PREFIX is set from `prefix`. */
  env: NodeJS.ProcessEnv;
  concurrency: number;
  /** How long a job's lock lasts (`--lock-ms`); the worker's default when absent. */
  lockMs?: number;
}

/** A real `btp worker` process, from source as a user runs it; resolves once it says it is ready. */
export async function startBtpWorker(options: WorkerOptions): Promise<RunningWorker> {
  const args = [...BTP_COMMAND, 'worker', '--queue', options.queue, '--concurrency', String(options.concurrency)];
  if (options.lockMs !== undefined) args.push('--lock-ms', String(options.lockMs));
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...options.env, BTP_QUEUE_PREFIX: options.prefix } });
  const log: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (text: string) => {
      log.push(...text.split('\n').filter(Boolean));
      if (text.includes(' ready: ')) resolve();
    });
    void exited.then((code) => reject(new Error(`worker exited with ${code}: ${log.join('\n')}`)));
  });
  return { process: child, log, exited };
}

/** Stops a worker as an operator would (SIGTERM, so it hands back its work), and kills it if it has not gone within 10 s. */
export async function stopBtpWorker(worker: RunningWorker | undefined): Promise<void> {
  if (!worker || worker.process.exitCode !== null) return;
  worker.process.kill('SIGTERM');
  await Promise.race([worker.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
}
