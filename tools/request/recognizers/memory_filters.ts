/** What a question about saved experiments narrows them to: a symbol, a strategy, the last N days. */
import { listStrategyIds } from '../../strategy/registry.js';
import { isNumber, isWord } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';
import { pointsBack } from './asking_part.js';
import { monthNumberOf } from './date_points.js';
import { metricWordIndexes } from './best_metric.js';
import { recognizeStrategy } from './strategies.js';
import { isShouting, matchSymbolAt } from './symbols.js';
import { COUNTED_ONLY_UNITS, DAYS_PER_UNIT, RECENCY_LEADS, RUN_NAMES } from './saved_run_words.js';

// A type (not an interface) so the arguments stay assignable to a tool call's Record<string, unknown>.
export type Filters = {
  symbol?: string;
  strategy?: string;
  days?: number;
};

/** Words that narrow the runs to what follows them: "only spy", "just gold". */
const NARROWING_WORDS = ['only', 'just'];
/** Words after a name that narrow the runs to it: "sol only", "eth alone". */
const TRAILING_NARROWING_WORDS = ['only', 'alone'];

/** "between March and June this year", "in june this year": "this year" is the month's year, not the last 365 days. */
function namesMonthsYear(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return isWord(tokens[index], 'this') && isWord(tokens[index + 1], 'year') && isWord(before) && monthNumberOf(before!.norm) !== undefined;
}

/** A rolling recency window in days: "last week" → 7, "past 3 days" → 3, "today" → 1. */
export function recencyDays(tokens: readonly Token[]): number | undefined {
  for (let index = 0; index < tokens.length; index++) {
    if (isWord(tokens[index], 'today')) return 1;
    if (isWord(tokens[index], 'yesterday')) return 2;
    if (!isWord(tokens[index], ...RECENCY_LEADS) || namesMonthsYear(tokens, index)) continue;
    const count = isNumber(tokens[index + 1]) ? tokens[index + 1]!.value : undefined;
    const unit = tokens[count === undefined ? index + 1 : index + 2];
    const perUnit = isWord(unit) ? DAYS_PER_UNIT[unit!.norm] : undefined;
    if (perUnit === undefined || (count === undefined && isWord(unit, ...COUNTED_ONLY_UNITS))) continue;
    if (count === undefined || (Number.isInteger(count) && count >= 1 && count <= 3_650)) return (count ?? 1) * perUnit;
  }
  return undefined;
}

/** Symbol and strategy from the whole question; recency from its `asking` sentences. */
export function filtersOf(tokens: readonly Token[], asking: readonly Token[]): Filters {
  const filters: Filters = {};
  const shouting = isShouting(tokens);
  const known = new Set(listStrategyIds());
  const metricWords = metricWordIndexes(tokens);
  for (let index = 0; index < tokens.length; index++) {
    // "my sol tests", "which link runs", "only the gold ones": a name that also is a word names the runs' symbol when they follow it,
    // and "make it 15 and only spy", "just link": when it is all the runs are narrowed to.
    // "sol only", "btc alone": the narrowing word may come after the name too.
    const strong = isWord(tokens[index + 1], ...RUN_NAMES, 'ones', 'one', ...TRAILING_NARROWING_WORDS) || isWord(tokens[index - 1], ...NARROWING_WORDS);
    const readsSymbol = filters.symbol === undefined && !metricWords.has(index);
    const symbol = readsSymbol ? matchSymbolAt(tokens, index, { shouting, strong })?.symbol : undefined;
    if (symbol !== undefined) filters.symbol = symbol;
    // Only one strategy filters: "my best strategy by Sharpe" reads as every strategy, which filters nothing.
    const strategies = recognizeStrategy(tokens, index, { today: '1970-01-01', shouting })?.clauses
      .filter((clause) => clause.kind === 'strategy' && known.has(clause.name)) ?? [];
    const [strategy] = strategies;
    if (strategies.length === 1 && strategy?.kind === 'strategy') filters.strategy ??= strategy.name;
  }
  const days = recencyDays(asking);
  if (days !== undefined) filters.days = days;
  return filters;
}

/**
 * The filters of a question told inside a story: from its asking part when that part names the runs
 * itself ("I ran ETH and BTC stuff on Monday, but what was my best sortino on SOL?" → SOL); from the
 * whole message when the part points back at the story ("which of those did best?", its window too)
 * or names no runs ("I ran lots of ETH tests. Which was best?" → ETH, the window still the question's).
 */
export function askedFilters(tokens: readonly Token[], asking: readonly Token[], namesOwnRuns: boolean): Filters {
  if (pointsBack(asking)) return filtersOf(tokens, tokens);
  return namesOwnRuns ? filtersOf(asking, asking) : filtersOf(tokens, asking);
}
