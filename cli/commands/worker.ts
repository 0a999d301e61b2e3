import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { runCommand } from '../command_runner.js';
import { COMMANDS } from '../command_registry.js';
import { parseNumberOption } from '../option_parsers.js';

export interface WorkerFlags {
  queue?: string;
  concurrency?: number;
  lockMs?: number;
}

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description(COMMANDS.worker.description)
    .option('--queue <url>', 'the fleet\'s Redis (default BTP_REDIS_URL, else redis://127.0.0.1:6379); BTP_QUEUE_PREFIX names the fleet')
    .option('--concurrency <n>', `jobs at once, one thread each (default: the cores, ${availableParallelism()} here)`, parseNumberOption('--concurrency', { integer: true, min: 1, max: 256 }))
    .option('--lock-ms <ms>', 'how long a job stays claimed by a worker that stopped answering before another takes it (default 30000)', parseNumberOption('--lock-ms', { integer: true, min: 500, max: 600_000 }))
    .action(runCommand(async (flags: WorkerFlags) => (await import('./worker_run.js')).workerCommand(flags)));
}
