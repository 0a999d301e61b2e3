/**
 * What each `btp experiments` subcommand does. Loaded only when one runs (cli/commands/experiments.ts
 * registers them), so other commands do not pay for the store, drizzle and the backtest engine.
 */
import { loadConfig } from '../../adk.config.js';
import type { ExperimentRepository } from '../../memory/experiment_repository.js';
import { BestQuerySchema, type SearchFilters } from '../../memory/experiment_schemas.js';
import { openExperimentRepository, storeLocationOf } from '../../memory/open_repository.js';
import { reportOfExperiment } from '../../memory/report_of_experiment.js';
import { parseInput, readExperimentId } from '../../memory/parse_input.js';
import { rerunExperiment } from '../../memory/rerun_experiment.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { toolDependencies } from '../../tools/tool_dependencies.js';
import { renderStoreBackup, renderStoreCheck } from '../store_check_format.js';
import { renderBestExperiment, renderExperiment, renderRankedExperiments, renderExperimentPage, renderRerun } from '../../tools/report/terminal/experiments_format.js';
import { configWithToday } from '../today_option.js';

export interface JsonFlag {
  json?: boolean;
}

export interface ListFlags extends JsonFlag {
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

export interface BestFlags extends JsonFlag {
  metric: string;
  symbol?: string;
  strategy?: string;
  days?: number;
  among?: number;
  count?: number;
  worst?: boolean;
  includeBaselines?: boolean;
}

export interface RerunFlags extends JsonFlag {
  start?: string;
  end?: string;
  today?: string;
}

function print(json: boolean | undefined, value: unknown, render: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${render()}\n`);
}

/** Opens the store (BTP_DATABASE_URL or BTP_DB) for one command and always closes it (checkpointing SQLite's WAL). */
async function withStore<T>(action: (repository: ExperimentRepository) => Promise<T>): Promise<T> {
  const repository = await openExperimentRepository(storeLocationOf(loadConfig()));
  try {
    return await action(repository);
  } finally {
    await repository.close();
  }
}

// Read before the store opens: a bad id touches nothing, not even the file's migrations.
const experimentId = (raw: string) => readExperimentId(raw, `experiment id "${raw}"`);

export async function listExperiments(flags: ListFlags): Promise<void> {
  const filters: SearchFilters = {
    symbol: flags.symbol, strategy: flags.strategy, days: flags.days, since: flags.since, until: flags.until, text: flags.text,
    min: flags.min, max: flags.max, limit: flags.limit, offset: flags.offset,
  };
  const page = await withStore((repository) => repository.search(filters));
  print(flags.json, page, () => renderExperimentPage(page));
}

export async function showExperiment(id: string, flags: JsonFlag): Promise<void> {
  const experimentNumber = experimentId(id);
  const { experiment, document } = await withStore((repository) => reportOfExperiment(repository, experimentNumber));
  print(flags.json, experiment, () => renderExperiment(experiment, document));
}

export async function showBestExperiment(flags: BestFlags): Promise<void> {
  const query = parseInput(BestQuerySchema, {
    metric: flags.metric, symbol: flags.symbol, strategy: flags.strategy, days: flags.days, baselines: flags.includeBaselines === true,
    limit: flags.among, order: flags.worst === true ? 'worst' : 'best', count: flags.count,
  }, 'best-experiment query', 'bad_flag');
  // Without --count the answer stays the one result (or null); with it, the list in order.
  if (flags.count === undefined) {
    const best = await withStore((repository) => repository.best(query));
    print(flags.json, best, () => renderBestExperiment(best, query));
    return;
  }
  const ranked = await withStore((repository) => repository.ranked(query));
  print(flags.json, ranked, () => renderRankedExperiments(ranked, query));
}

export async function rerunSavedExperiment(id: string, flags: RerunFlags): Promise<void> {
  const experimentNumber = experimentId(id);
  const dependencies = toolDependencies(configWithToday(flags.today));
  const window = flags.start === undefined && flags.end === undefined ? undefined : { start: flags.start, end: flags.end };
  try {
    const outcome = await withStore((repository) => rerunExperiment(repository, experimentNumber, dependencies, window ? { window } : {}));
    print(flags.json, outcome, () => renderRerun(outcome));
  } finally {
    await closeWorkerPool();
  }
}

export async function deleteSavedExperiment(id: string, flags: JsonFlag): Promise<void> {
  const experimentNumber = experimentId(id);
  const deleted = await withStore((repository) => repository.delete(experimentNumber));
  print(flags.json, deleted, () => `Deleted experiment #${deleted.id}.`);
}

/** Integrity and schema version, read-only; exits non-zero when the store is not fit to write to. */
export async function checkExperimentStore(flags: JsonFlag): Promise<void> {
  const { checkStore } = await import('../../memory/store_check.js');
  const check = await checkStore(storeLocationOf(loadConfig()));
  print(flags.json, check, () => renderStoreCheck(check));
  if (!check.ok) process.exitCode = 1;
}

export async function backupExperimentStore(file: string, flags: JsonFlag): Promise<void> {
  const { backupStore } = await import('../../memory/store_backup.js');
  const backup = await backupStore(storeLocationOf(loadConfig()), file);
  print(flags.json, backup, () => renderStoreBackup(backup));
}
