import type { Command } from 'commander';
import { withEngineSettingOptions } from '../engine_options.js';
import { withReportFileOptions } from '../report_options.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { parseDateOption, parseNumberOption } from '../option_parsers.js';
import { collectTarget } from '../target_option.js';
import { parseMetricOption, parseStrategyNameOption } from '../vocabulary_options.js';
import type { OptimizeFlags } from './optimize_run.js';
import { COMMANDS } from '../command_registry.js';

export function registerOptimizeCommand(program: Command): void {
  withReportFileOptions(withEngineSettingOptions(program
    .command('optimize')
    .description(COMMANDS.optimize.description))
    .requiredOption('--symbol <symbol>', 'symbol or alias, e.g. BTC')
    .requiredOption('--strategy <id>', 'strategy id or name, e.g. sma_crossover or "moving average" (its own search space is used)', parseStrategyNameOption)
    .option('--from <date>', 'first day, YYYY-MM-DD', parseDateOption('--from'))
    .option('--to <date>', 'last day, YYYY-MM-DD', parseDateOption('--to'))
    .option('--interval <interval>', 'bar interval of the data file', '1d')
    .option('--method <method>', 'grid (every step of the space), random, bayes (Gaussian process) or hill (coordinate ascent)', 'grid')
    .option('--target <metric op value>', 'stop as soon as this holds in sample, repeatable: --target sharpe_ratio>1.5', collectTarget)
    .option('--trials <n>', 'most parameter sets to try (default: the whole grid, or 240 for the other methods)', parseNumberOption('--trials', { integer: true, min: 1, max: 1_000_000 }))
    .option('--seed <n>', 'seed of the random choices (same seed, same answer)', parseNumberOption('--seed', { integer: true, min: 0, max: 2 ** 32 - 1 }))
    .option('--holdout <fraction>', 'share of the window held out at its end (default 0.3)', parseNumberOption('--holdout', { min: 0, minExclusive: true, max: 1 }))
    .option('--walk-forward', 'also run a walk-forward analysis over the whole window')
    .option('--folds <n>', 'walk-forward test windows (default 4)', parseNumberOption('--folds', { integer: true, min: 1, max: 1_000 }))
    .option('--anchored', 'walk-forward training windows all start at the first day (default: rolling)')
    .option('--rank-by <metric>', 'what to maximise when no target is set, by key or name, e.g. sortino (default sharpe_ratio)', parseMetricOption('--rank-by'))
    .option('--queue <url>', 'score the candidates on a worker fleet (btp worker) through this Redis, e.g. redis://127.0.0.1:6379: same result bit for bit')
    .option('--detach', 'with the fleet: queue the search and return at once; a btp worker runs it and saves the result as an experiment (btp sweep status <id>)')
    .option('--job-size <n>', 'candidates per fleet job (default: the search in 16 jobs, each 2 M to 75 M bar × candidate steps)', parseNumberOption('--job-size', { integer: true, min: 1, max: 1_000_000 }))
    .option('--json', 'print {"method", "trials", "best": {"params", "in_sample", "out_of_sample"}, "in_sample_range", "out_of_sample_range", "deflated_sharpe_ratio", "targets_met", ..., "files"}'))
    // The engine, the worker pool and the experiment store load only when the command runs.
    .action(runCommand(async (flags: OptimizeFlags) => (await import('./optimize_run.js')).optimizeCommand(flags), jsonFlagOf));
}
