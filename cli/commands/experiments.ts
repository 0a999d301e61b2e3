import type { Command } from 'commander';
import { BacktestPilotError } from '../../tools/errors.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { readNumber } from '../../tools/numbers/read_number.js';
import { parseDateOption, parseNumberOption } from '../option_parsers.js';
import { parseMetricOption, parseStrategyNameOption } from '../vocabulary_options.js';
import type { BestFlags, JsonFlag, ListFlags, RerunFlags } from './experiments_run.js';
import { COMMANDS } from '../command_registry.js';

/** `--min sharpe_ratio=1` (repeatable) → {sharpe_ratio: 1}; metric names are checked by the store. */
function collectThreshold(flag: string) {
  return (value: string, previous: Record<string, number> | undefined): Record<string, number> => {
    const match = /^([a-z_]+)\s*=(.*)$/.exec(value.trim());
    if (!match) throw new BacktestPilotError('bad_flag', `${flag} must be metric=value, e.g. ${flag} sharpe_ratio=1, got "${value}"`, { flag, value });
    return { ...previous, [match[1]!]: readNumber(match[2]!, { name: `${flag} ${match[1]}` }) };
  };
}

/** As the store's DaysSchema allows. */
const DAYS_RANGE = { integer: true, min: 1, max: 36_500 };
/** BestQuerySchema's count, checked here too so a bad value names the flag before the store opens. */
const COUNT_RANGE = { integer: true, min: 1, max: 20 };

// The store, drizzle and the engine load only when an experiments subcommand runs.
const actions = () => import('./experiments_run.js');

export function registerExperimentsCommand(program: Command): void {
  const experiments = program
    .command('experiments')
    .description(COMMANDS.experiments.description);

  experiments.command('list')
    .description('Saved experiments, newest first, with their best result')
    .option('--symbol <symbol>', 'only experiments with a result on this symbol')
    .option('--strategy <id>', 'only experiments that ran this strategy (an id or a name, e.g. rsi)', parseStrategyNameOption)
    .option('--days <n>', 'only the last N days', parseNumberOption('--days', DAYS_RANGE))
    .option('--since <date>', 'saved on or after this day, YYYY-MM-DD', parseDateOption('--since'))
    .option('--until <date>', 'saved on or before this day, YYYY-MM-DD', parseDateOption('--until'))
    .option('--text <text>', 'the request contains this text')
    .option('--min <metric=value>', 'a result reaches at least this value, repeatable: --min sharpe_ratio=1', collectThreshold('--min'))
    .option('--max <metric=value>', 'a result stays at or below this value, repeatable: --max volatility=0.5', collectThreshold('--max'))
    .option('--limit <n>', 'experiments per page (1-100)', parseNumberOption('--limit', { integer: true, min: 1, max: 100 }), 20)
    .option('--offset <n>', 'skip this many (the next page)', parseNumberOption('--offset', { integer: true, min: 0, max: 1_000_000_000 }), 0)
    .option('--json', 'print {"experiments", "total", "limit", "offset"} as JSON')
    .action(runCommand(async (flags: ListFlags) => (await actions()).listExperiments(flags), jsonFlagOf));

  experiments.command('show')
    .description('One experiment in full: request, window, settings, results, data hashes, agent trace')
    .argument('<id>', 'experiment id')
    .option('--json', 'print the experiment as JSON')
    .action(runCommand(async (id: string, flags: JsonFlag) => (await actions()).showExperiment(id, flags), jsonFlagOf));

  experiments.command('best')
    .description('The best (or --worst) saved result by a metric, through the index')
    .option('--metric <metric>', 'metric that decides, by key or name, e.g. sortino (lowest volatility, highest otherwise)', parseMetricOption('--metric'), 'sharpe_ratio')
    .option('--symbol <symbol>', 'only this symbol')
    .option('--strategy <id>', 'only this strategy (an id or a name, e.g. rsi)', parseStrategyNameOption)
    .option('--days <n>', 'only experiments saved in the last N days', parseNumberOption('--days', DAYS_RANGE))
    .option('--among <n>', 'only among the N most recently saved experiments', parseNumberOption('--among', { integer: true, min: 1, max: 100_000 }))
    .option('--count <n>', 'the N best results in order (worst first with --worst), 1-20; prints a list', parseNumberOption('--count', COUNT_RANGE))
    .option('--worst', 'the worst result by the metric instead of the best')
    .option('--include-baselines', 'let buy-and-hold baselines win too (by default the best strategy run)')
    .option('--json', 'print the best result as JSON (null when none)')
    .action(runCommand(async (flags: BestFlags) => (await actions()).showBestExperiment(flags), jsonFlagOf));

  experiments.command('rerun')
    .description('Repeat a saved run and report whether every number matches, and which data files changed')
    .argument('<id>', 'experiment id')
    .option('--start <date>', 'run from this day instead (saved as a new experiment)', parseDateOption('--start'))
    .option('--end <date>', 'run until this day instead (saved as a new experiment)', parseDateOption('--end'))
    .option('--today <date>', 'the day a new window is checked against, YYYY-MM-DD')
    .option('--json', 'print {"id", "match", "differences", "data_changed", ...} as JSON')
    .action(runCommand(async (id: string, flags: RerunFlags) => (await actions()).rerunSavedExperiment(id, flags), jsonFlagOf));

  experiments.command('delete')
    .description('Delete one experiment and its results')
    .argument('<id>', 'experiment id')
    .option('--json', 'print {"id", "deleted"} as JSON')
    .action(runCommand(async (id: string, flags: JsonFlag) => (await actions()).deleteSavedExperiment(id, flags), jsonFlagOf));

  experiments.command('check')
    .description('Check the store without changing it: integrity and schema version (exit 1 when not ok)')
    .option('--json', 'print {"ok", "integrity", "schema", ...} as JSON')
    .action(runCommand(async (flags: JsonFlag) => (await actions()).checkExperimentStore(flags), jsonFlagOf));

  experiments.command('backup')
    .description('Copy the store while it stays in use (SQLite online backup; pg_dump on Postgres); never overwrites')
    .argument('<file>', 'the backup file to create')
    .option('--json', 'print {"file", "bytes", "how"} as JSON')
    .action(runCommand(async (file: string, flags: JsonFlag) => (await actions()).backupExperimentStore(file, flags), jsonFlagOf));
}
