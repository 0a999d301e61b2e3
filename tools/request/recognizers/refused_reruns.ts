/**
 * "rerun it on eth", "run that again on SOL", "same test but on apple" after a run shown: a re-run
 * replays a saved experiment as it was saved, so it keeps its symbols and strategies and only its
 * dates can change. The grammar has no saved spec to build a new request from, so naming another
 * instrument or strategy for the saved run is refused with a typed error, never re-run without it.
 */
import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import type { EarlierExperiment } from './experiment_references.js';
import { filtersOf, type Filters } from './memory_filters.js';

export interface RefusedRerun {
  tool: 'refused_rerun';
  args: { id: number };
  error: { code: 'bad_request'; message: string };
}

/** What a re-run's words name that it cannot change: "on eth" → ETH, "with macd" → macd; undefined when neither. */
export function namedRunParts(tokens: readonly Token[]): Filters | undefined {
  const { symbol, strategy } = filtersOf(tokens, tokens);
  if (symbol === undefined && strategy === undefined) return undefined;
  return { ...(symbol !== undefined ? { symbol } : {}), ...(strategy !== undefined ? { strategy } : {}) };
}

export function refusedRerun(id: number, named: Filters): RefusedRerun {
  const asked = [named.strategy, named.symbol].filter((part) => part !== undefined).join(' on ');
  const example = `${named.strategy ?? 'sma_crossover'} on ${named.symbol ?? 'ETH'} since 2022`;
  const message = `experiment #${id} can't be re-run with ${asked}: a re-run keeps the saved run's symbols and strategies, and only its dates `
    + `can change (e.g. "rerun ${id} for 2023"). For ${asked}, ask for a new run naming its strategy, symbol and dates, e.g. "${example}".`;
  return { tool: 'refused_rerun', args: { id }, error: { code: 'bad_request', message } };
}

/** Nouns "the same" points back to a run with: "same test", "the same backtest", "that same thing". */
const SAME_RUN_NOUNS = ['test', 'backtest', 'run', 'experiment', 'thing', 'one', 'setup', 'strategy'];

/** "same test but on apple", "the same backtest on SOL": the saved run pointed back to, and where its pointer ends. */
export function findSameRun(tokens: readonly Token[], earlier: EarlierExperiment): { id: number; end: number } | undefined {
  const at = tokens.findIndex((token, index) => isWord(token, 'same') && isWord(tokens[index + 1], ...SAME_RUN_NOUNS));
  if (at < 0) return undefined;
  const id = earlier(tokens.slice(0, at), 'latest');
  return id === undefined ? undefined : { id, end: at + 2 };
}
