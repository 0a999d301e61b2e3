import type { Command } from 'commander';
import { withEngineSettingOptions } from '../engine_options.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { parseNumberOption } from '../option_parsers.js';
import { collectTarget } from '../target_option.js';
import type { OptimizeFlags } from './optimize_run.js';
import { COMMANDS } from '../command_registry.js';

export function registerOptimizeCommand(program: Command): void {
  withEngineSettingOptions(program
    .command('optimize')
    .description(COMMANDS.optimize.description))
    .requiredOption('--symbol <symbol>', 'symbol or alias, e.g. BTC')
    .requiredOption('--strategy <id>', 'strategy id, e.g. sma_crossover (its own search space is used)')
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--interval <interval>', 'bar interval of the data file', '1d')
    .option('--method <method>', 'grid (every step of the space), random, bayes (Gaussian process) or hill (coordinate ascent)', 'grid')
    .option('--target <metric op value>', 'stop as soon as this holds in sample, repeatable: --target sharpe_ratio>1.5', collectTarget)
    .option('--trials <n>', 'most parameter sets to try (default: the whole grid, or 240 for the other methods)', parseNumberOption('--trials'))
    .option('--seed <n>', 'seed of the random choices (same seed, same answer)', parseNumberOption('--seed'))
    .option('--holdout <fraction>', 'share of the window held out at its end (default 0.3)', parseNumberOption('--holdout'))
    .option('--walk-forward', 'also run a walk-forward analysis over the whole window')
    .option('--folds <n>', 'walk-forward test windows (default 4)', parseNumberOption('--folds'))
    .option('--anchored', 'walk-forward training windows all start at the first day (default: rolling)')
    .option('--rank-by <metric>', 'what to maximise when no target is set (default sharpe_ratio)')
    .option('--json', 'print {"method", "trials", "best": {"params", "in_sample", "out_of_sample"}, "in_sample_range", "out_of_sample_range", "deflated_sharpe_ratio", "targets_met", ...}')
    // The engine, the worker pool and the experiment store load only when the command runs.
    .action(runCommand(async (flags: OptimizeFlags) => (await import('./optimize_run.js')).optimizeCommand(flags), jsonFlagOf));
}
