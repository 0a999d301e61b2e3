import type { Command } from 'commander';
import { loadConfig } from '../../adk.config.js';
import { getBestExperiment } from '../../memory/best_experiment.js';
import { deleteExperiment } from '../../memory/delete_experiment.js';
import { BestQuerySchema, ExperimentIdSchema, type SearchFilters } from '../../memory/experiment_schemas.js';
import { openExperimentStore, type ExperimentStore } from '../../memory/experiment_store.js';
import { getExperiment } from '../../memory/get_experiment.js';
import { parseInput } from '../../memory/parse_input.js';
import { rerunExperiment } from '../../memory/rerun_experiment.js';
import { searchExperiments } from '../../memory/search_experiments.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { toolDependencies } from '../../tools/tool_dependencies.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { renderBestExperiment, renderExperiment, renderExperimentPage, renderRerun } from '../format/experiments_format.js';
import { parseNumberOption } from '../option_parsers.js';
import { configWithToday } from '../today_option.js';

interface JsonFlag {
  json?: boolean;
}

interface ListFlags extends JsonFlag {
  symbol?: string;
  strategy?: string;
  days?: number;
  since?: string;
  until?: string;
  text?: string;
  min?: Record<string, number>;
  max?: Record<string, number>;
  limit: number;
  offset: number;
}

interface BestFlags extends JsonFlag {
  metric: string;
  symbol?: string;
  strategy?: string;
  days?: number;
}

/** `--min sharpe_ratio=1` (repeatable) → {sharpe_ratio: 1}; metric names are checked by the store. */
function collectThreshold(flag: string) {
  return (value: string, previous: Record<string, number> | undefined): Record<string, number> => {
    const match = /^([a-z_]+)\s*=\s*(-?\d+(?:\.\d+)?)$/.exec(value.trim());
    if (!match) throw new BacktestPilotError('bad_input', `${flag} must be metric=value, e.g. ${flag} sharpe_ratio=1, got "${value}"`, { flag, value });
    return { ...previous, [match[1]!]: Number(match[2]) };
  };
}

function print(json: boolean | undefined, value: unknown, render: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${render()}\n`);
}

/** Opens the store for one command and always closes it (checkpointing the WAL). */
async function withStore<T>(action: (store: ExperimentStore) => T | Promise<T>): Promise<T> {
  const store = openExperimentStore(loadConfig().databasePath);
  try {
    return await action(store);
  } finally {
    store.close();
  }
}

const experimentId = (raw: string) => parseInput(ExperimentIdSchema, raw, 'experiment id');

export function registerExperimentsCommand(program: Command): void {
  const experiments = program
    .command('experiments')
    .description('Saved experiments (every agent run is saved to BTP_DB): list, show, best, rerun, delete');

  experiments.command('list')
    .description('Saved experiments, newest first, with their best result')
    .option('--symbol <symbol>', 'only experiments with a result on this symbol')
    .option('--strategy <id>', 'only experiments that ran this strategy')
    .option('--days <n>', 'only the last N days', parseNumberOption('--days'))
    .option('--since <date>', 'saved on or after this day, YYYY-MM-DD')
    .option('--until <date>', 'saved on or before this day, YYYY-MM-DD')
    .option('--text <text>', 'the request contains this text')
    .option('--min <metric=value>', 'a result reaches at least this value, repeatable: --min sharpe_ratio=1', collectThreshold('--min'))
    .option('--max <metric=value>', 'a result stays at or below this value, repeatable: --max volatility=0.5', collectThreshold('--max'))
    .option('--limit <n>', 'experiments per page (1-100)', parseNumberOption('--limit'), 20)
    .option('--offset <n>', 'skip this many (the next page)', parseNumberOption('--offset'), 0)
    .option('--json', 'print {"experiments", "total", "limit", "offset"} as JSON')
    .action(runCommand(async (flags: ListFlags) => {
      const filters: SearchFilters = {
        symbol: flags.symbol, strategy: flags.strategy, days: flags.days, since: flags.since, until: flags.until, text: flags.text,
        min: flags.min, max: flags.max, limit: flags.limit, offset: flags.offset,
      };
      const page = await withStore((store) => searchExperiments(store, filters));
      print(flags.json, page, () => renderExperimentPage(page));
    }, jsonFlagOf));

  experiments.command('show')
    .description('One experiment in full: request, window, settings, results, data hashes, agent trace')
    .argument('<id>', 'experiment id')
    .option('--json', 'print the experiment as JSON')
    .action(runCommand(async (id: string, flags: JsonFlag) => {
      const experiment = await withStore((store) => getExperiment(store, experimentId(id)));
      print(flags.json, experiment, () => renderExperiment(experiment));
    }, jsonFlagOf));

  experiments.command('best')
    .description('The best saved result by a metric, through the index')
    .option('--metric <metric>', 'metric that decides (lowest volatility, highest otherwise)', 'sharpe_ratio')
    .option('--symbol <symbol>', 'only this symbol')
    .option('--strategy <id>', 'only this strategy')
    .option('--days <n>', 'only experiments saved in the last N days', parseNumberOption('--days'))
    .option('--json', 'print the best result as JSON (null when none)')
    .action(runCommand(async (flags: BestFlags) => {
      const query = parseInput(BestQuerySchema, { metric: flags.metric, symbol: flags.symbol, strategy: flags.strategy, days: flags.days }, 'best-experiment query');
      const best = await withStore((store) => getBestExperiment(store, query));
      print(flags.json, best, () => renderBestExperiment(best, query));
    }, jsonFlagOf));

  experiments.command('rerun')
    .description('Repeat a saved run and report whether every number matches, and which data files changed')
    .argument('<id>', 'experiment id')
    .option('--start <date>', 'run from this day instead (saved as a new experiment)')
    .option('--end <date>', 'run until this day instead (saved as a new experiment)')
    .option('--today <date>', 'the day a new window is checked against, YYYY-MM-DD')
    .option('--json', 'print {"id", "match", "differences", "data_changed", ...} as JSON')
    .action(runCommand(async (id: string, flags: JsonFlag & { start?: string; end?: string; today?: string }) => {
      const dependencies = toolDependencies(configWithToday(flags.today));
      const window = flags.start === undefined && flags.end === undefined ? undefined : { start: flags.start, end: flags.end };
      try {
        const outcome = await withStore((store) => rerunExperiment(store, experimentId(id), dependencies, window ? { window } : {}));
        print(flags.json, outcome, () => renderRerun(outcome));
      } finally {
        await closeWorkerPool();
      }
    }, jsonFlagOf));

  experiments.command('delete')
    .description('Delete one experiment and its results')
    .argument('<id>', 'experiment id')
    .option('--json', 'print {"id", "deleted"} as JSON')
    .action(runCommand(async (id: string, flags: JsonFlag) => {
      const deleted = await withStore((store) => deleteExperiment(store, experimentId(id)));
      print(flags.json, deleted, () => `Deleted experiment #${deleted.id}.`);
    }, jsonFlagOf));
}
