import type { Command } from 'commander';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { COMMANDS } from '../command_registry.js';
import { readSweepId } from '../../queue/sweep_registry.js';

export interface SweepFlags {
  queue?: string;
  json?: boolean;
  resume?: number;
}


export function registerSweepCommand(program: Command): void {
  const queueOption = '--queue <url>';
  const queueHelp = 'the fleet\'s Redis (default BTP_REDIS_URL, else redis://127.0.0.1:6379)';
  const sweep = program
    .command('sweep')
    .description(COMMANDS.sweep.description)
    .option('--resume <id>', 'continue a sweep whose coordinator stopped: finished jobs are read back from Redis, failed ones retried', (text: string) => readSweepId(text, '--resume'))
    .option(queueOption, queueHelp)
    .option('--json', 'print JSON')
    .enablePositionalOptions()
    .action(runCommand(async (flags: SweepFlags) => (await import('./sweep_run.js')).resumeSweep(flags), jsonFlagOf));
  sweep.command('status <id>').description('jobs done, waiting, running and failed, and how the sweep ended')
    .option(queueOption, queueHelp).option('--json', 'print JSON')
    .action(runCommand(async (id: string, flags: SweepFlags) => (await import('./sweep_run.js')).sweepStatus(readSweepId(id, '<id>'), flags), jsonFlagOf));
  sweep.command('cancel <id>').description('stop a sweep: its waiting jobs are removed, finished ones kept (a resume continues it)')
    .option(queueOption, queueHelp).option('--json', 'print JSON')
    .action(runCommand(async (id: string, flags: SweepFlags) => (await import('./sweep_run.js')).cancelSweep(readSweepId(id, '<id>'), flags), jsonFlagOf));
  sweep.command('list').description('the newest sweeps with their status')
    .option(queueOption, queueHelp).option('--json', 'print JSON')
    .action(runCommand(async (flags: SweepFlags) => (await import('./sweep_run.js')).listSweeps(flags), jsonFlagOf));
}
