import type { Command } from 'commander';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { COMMANDS } from '../command_registry.js';
import { withEngineSettingOptions } from '../engine_options.js';
import { collect, parseDateOption, parseListOption, parseNumberOption, parseStrategyOption } from '../option_parsers.js';
import { parseMetricOption, parseStrategyNameOption } from '../vocabulary_options.js';
import { readSweepId } from '../../queue/sweep_registry.js';
import { BacktestPilotError } from '../../tools/errors.js';
import type { BatchSweepFlags } from './batch_sweep_run.js';

export interface SweepFlags {
  queue?: string;
  json?: boolean;
  resume?: number;
}

/** Every flag `btp sweep` takes: a batch to start, or a sweep to resume. */
interface SweepCommandFlags extends SweepFlags, Omit<BatchSweepFlags, 'symbols' | 'strategies' | 'intervals' | 'top'> {
  symbols?: string[];
  strategies?: string[];
  strategy?: Array<{ name: string; params?: Record<string, number> }>;
  intervals?: string[];
  top?: number | 'all';
}

/** `--top 50` or `--top all`. */
function parseTop(text: string): number | 'all' {
  return text.toLowerCase() === 'all' ? 'all' : parseNumberOption('--top', { min: 1, max: 1_000_000, integer: true })(text);
}

/** `all`, or a comma list of the named things. */
function allOr(list: string[] | undefined): string[] | 'all' | undefined {
  return list?.length === 1 && list[0]!.toLowerCase() === 'all' ? 'all' : list;
}

function batchFlagsOf(flags: SweepCommandFlags): BatchSweepFlags {
  const symbols = allOr(flags.symbols);
  if (!symbols) {
    throw new BacktestPilotError('usage', 'btp sweep needs --symbols <list|all> to start a batch of backtests, or --resume <id>, or one of: status <id>, cancel <id>, list', {});
  }
  const named = allOr(flags.strategies);
  if (named === 'all' && flags.strategy) throw new BacktestPilotError('usage', '--strategies all already runs every strategy; drop --strategy, or name the strategies', {});
  const strategies = named === 'all' ? 'all' : [...(named ?? []).map((name) => ({ name: parseStrategyNameOption(name) })), ...(flags.strategy ?? [])];
  return {
    ...flags, symbols, intervals: flags.intervals ?? ['1d'], strategies: strategies === 'all' || strategies.length > 0 ? strategies : 'all',
    top: flags.top === 'all' ? Number.MAX_SAFE_INTEGER : flags.top ?? 20,
  };
}

export function registerSweepCommand(program: Command): void {
  const queueOption = '--queue <url>';
  const queueHelp = 'the fleet\'s Redis (default BTP_REDIS_URL, else redis://127.0.0.1:6379)';
  const sweep = withEngineSettingOptions(program
    .command('sweep')
    .description(COMMANDS.sweep.description))
    .option('--symbols <list>', 'comma-separated symbols or aliases, or all (every symbol the data has at each interval)', parseListOption)
    .option('--strategies <list>', 'comma-separated strategy ids or names with default parameters, or all (the default)', parseListOption)
    .option('--strategy <spec>', 'a strategy with parameters, repeatable: sma_crossover:short=20,long=50', collect((value) => {
      const selection = parseStrategyOption(value);
      return { ...selection, name: parseStrategyNameOption(selection.name) };
    }))
    .option('--intervals <list>', 'comma-separated bar intervals (default 1d), e.g. 1d,1h', parseListOption)
    .option('--from <date>', 'first day, YYYY-MM-DD', parseDateOption('--from'))
    .option('--to <date>', 'last day, YYYY-MM-DD', parseDateOption('--to'))
    .option('--fill <mode>', 'next_open (default) or close')
    .option('--rank-by <metric>', 'metric to rank by, by key or name (default sharpe_ratio)', parseMetricOption('--rank-by'))
    .option('--top <n>', 'rows the table shows (default 20), or all; --json has every row', parseTop)
    .option('--job-size <n>', 'backtests per fleet job (default 500; with --queue)', parseNumberOption('--job-size', { min: 1, max: 100_000, integer: true }))
    .option('--resume <id>', 'continue a sweep whose coordinator stopped: finished jobs are read back from Redis, failed ones retried', (text: string) => readSweepId(text, '--resume'))
    .option(queueOption, `${queueHelp}: run the backtests as jobs there`)
    .option('--detach', 'with the fleet: queue the sweep and return at once; a btp worker runs it (btp sweep status|results <id>)')
    .option('--json', 'print JSON')
    .enablePositionalOptions()
    .action(runCommand(async (flags: SweepCommandFlags) => {
      if (flags.resume !== undefined) {
        // Only where to find the sweep and how to print may change: the rest is the sweep as it was started.
        const extra = Object.keys(flags).filter((flag) => !['resume', 'queue', 'json'].includes(flag));
        if (extra.length > 0) {
          throw new BacktestPilotError('usage', `--resume continues a sweep as it was started; drop ${extra.map((flag) => `--${flag.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`).join(', ')}`, { resume: flags.resume });
        }
        return (await import('./sweep_run.js')).resumeSweep(flags);
      }
      return (await import('./batch_sweep_run.js')).batchSweepCommand(batchFlagsOf(flags));
    }, jsonFlagOf));
  sweep.command('status <id>').description('jobs done, waiting, running and failed, and how the sweep ended')
    .option(queueOption, queueHelp).option('--json', 'print JSON')
    .action(runCommand(async (id: string, flags: SweepFlags) => (await import('./sweep_run.js')).sweepStatus(readSweepId(id, '<id>'), flags), jsonFlagOf));
  sweep.command('results <id>').description('what a finished sweep found: an optimisation\'s saved experiment, a batch\'s ranked table')
    .option(queueOption, queueHelp).option('--json', 'print JSON')
    .option('--top <n>', 'rows a batch\'s table shows (default 20), or all', parseTop)
    .action(runCommand(async (id: string, flags: SweepFlags & { top?: number | 'all' }) => (await import('./sweep_run.js')).sweepResults(readSweepId(id, '<id>'), flags), jsonFlagOf));
  sweep.command('cancel <id>').description('stop a sweep: its waiting jobs are removed, finished ones kept (a resume continues it)')
    .option(queueOption, queueHelp).option('--json', 'print JSON')
    .action(runCommand(async (id: string, flags: SweepFlags) => (await import('./sweep_run.js')).cancelSweep(readSweepId(id, '<id>'), flags), jsonFlagOf));
  sweep.command('list').description('the newest sweeps with their status')
    .option(queueOption, queueHelp).option('--json', 'print JSON')
    .action(runCommand(async (flags: SweepFlags) => (await import('./sweep_run.js')).listSweeps(flags), jsonFlagOf));
}
