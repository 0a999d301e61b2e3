/**
 * How many results a question about saved runs asks for from one end of the ranking: "my top 3 runs
 * by profit factor", "best 5", "bottom 3 of my runs", "the 3 worst", "my 5 best runs" (best_experiment's
 * `count`). The count stands right next to the word asking for the end: "which of my last 20 runs
 * had the best win rate" ranks 20 runs (`limit`) for one result, and "best 3 months" is a span.
 */
import { MAX_RANKED_COUNT } from '../../../memory/experiment_schemas.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isWord, skipWords } from '../token_matchers.js';
import { rankEndAskedAt } from './best_metric.js';

/** Words after a number that make it an amount or a span, not how many runs: "top 10%", "best 3 months". */
const NOT_RUN_COUNTS = ['%', 'percent', 'pct', 'bps', 'x', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yr', 'yrs', 'd', 'w', 'm', 'y'];

/** A whole number of runs at `index`: not a decimal, not a year, and not an amount or a span by the word after it. */
function runCountAt(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index];
  if (!isNumber(token) || !Number.isInteger(token.value) || token.value < 1 || token.value > 1_000) return undefined;
  const next = tokens[index + 1];
  if (next !== undefined && NOT_RUN_COUNTS.includes(next.norm)) return undefined;
  return token.value;
}

/** The runs asked for by their number: "which 5 experiments had the worst drawdown", and the singular some write after a count ("which 3 experiment"). */
const ASKED_RUN_NOUNS = ['runs', 'experiments', 'backtests', 'tests', 'results', 'run', 'experiment', 'backtest', 'test', 'result'];

/** Words between the count and the runs' noun: "which three of my saved runs", "what 5 recent experiments". */
const RUNS_NOUN_LEADS: ReadonlySet<string> = new Set(['of', 'my', 'our', 'the', 'saved', 'stored', 'recent', 'past', 'previous', 'earlier', 'old']);

/**
 * Verbs straight after "which 3" when the runs were named earlier: "of the backtests I've saved on ETH,
 * which 3 had the smallest drawdown" (only in a question that already asks for the best or the worst).
 */
const ASKED_RUN_VERBS = ['had', 'have', 'has', 'got', 'gave', 'showed', 'did', 'were', 'are'];

/** "which 5 experiments", "what 3 runs", "which three of my saved runs", "which 3 had": the count right after the question word, before the runs' noun or their verb. */
function askedRunsCount(tokens: readonly Token[]): number | undefined {
  for (let index = 1; index < tokens.length; index++) {
    if (!isWord(tokens[index - 1], 'which', 'what')) continue;
    if (isWord(tokens[skipWords(tokens, index + 1, RUNS_NOUN_LEADS)], ...ASKED_RUN_NOUNS) || isWord(tokens[index + 1], ...ASKED_RUN_VERBS)) return runCountAt(tokens, index);
  }
  return undefined;
}

/**
 * The count beside a word asking for the best or the worst ("top 3", "bottom 3", "3 worst", "5 best
 * runs"), else after "which" in a question that asks for one ("which 5 experiments had the worst
 * drawdown"), up to the tool's maximum; undefined when none is asked for or it is one (the tool's default).
 */
export function rankedCount(tokens: readonly Token[]): number | undefined {
  let ranks = false;
  for (let index = 0; index < tokens.length; index++) {
    if (rankEndAskedAt(tokens, index) === undefined) continue;
    ranks = true;
    const count = runCountAt(tokens, index + 1) ?? runCountAt(tokens, index - 1);
    if (count !== undefined) return atMost(count);
  }
  const asked = ranks ? askedRunsCount(tokens) : undefined;
  return asked === undefined ? undefined : atMost(asked);
}

/** The count up to the tool's maximum; one is the tool's default, so no count. */
function atMost(count: number): number | undefined {
  return count > 1 ? Math.min(count, MAX_RANKED_COUNT) : undefined;
}

