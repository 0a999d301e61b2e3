import type { Recognizer } from './clauses.js';
import { BASELINE_STRATEGY, type ConversationState } from './conversation_state.js';
import type { PlacedClause } from './read_clauses.js';
import type { StrategyRequest } from './request_spec.js';
import { isWord, matchLongest, phrases } from './token_matchers.js';

/**
 * "ok put both of those side by side" after "… with the turtle breakout", then "and with
 * momentum?": "both of those" are the runs the conversation has tried one after the other, not the
 * one it holds now. A count of runs stands for the strategies named so far, in the order they were
 * first named, when there are that many; otherwise a note says so and the strategies stay as they were.
 */
const COUNTS: Readonly<Record<string, number>> = { both: 2, two: 2, '2': 2, three: 3, '3': 3, four: 4, '4': 4 };
const RUN_NOUNS = 'strategies|strats|runs|approaches|systems|ones|backtests|tests|options';
const RUN_NOUN_WORDS: ReadonlySet<string> = new Set(RUN_NOUNS.split('|'));
const COUNTED = phrases('both of those|them|these', `both ${RUN_NOUNS}`, `both the|those|these ${RUN_NOUNS}`, `both of the|those|these ${RUN_NOUNS}`,
  `the|those|these two|three|four|2|3|4 ${RUN_NOUNS}`, `all two|three|four|2|3|4 ${RUN_NOUNS}`, 'all three|four|3|4 of them|those|these');
/**
 * "eh do both", "why not both" after "rsi on eth", "or maybe bollinger instead?": both runs offered
 * so far. Only where "both" ends what is said, so "run both coins 50/50" stays about the coins.
 */
const BOTH_ALONE = phrases('do|run|try|test|backtest both', 'why not both');
const AFTER_BOTH: ReadonlySet<string> = new Set(['then', 'please', 'pls', 'plz', 'instead', 'too', 'and', 'anyway', 'i', 'guess']);

function bothAlone(tokens: Parameters<Recognizer>[0], index: number): { end: number } | undefined {
  const match = matchLongest(tokens, index, BOTH_ALONE);
  const next = match && tokens[match.end];
  return match && (next?.kind !== 'word' || AFTER_BOTH.has(next.norm)) ? match : undefined;
}
/** "side by side", "head to head": how the counted runs are shown, read with them. */
const SHOWING_VERBS = ['put', 'lay', 'line', 'set'];
const SHOWN_TOGETHER = phrases('side by side', 'head to head', 'next to each other', 'together');

export const recognizeConversationStrategies: Recognizer = (tokens, index) => {
  // "put both of those side by side", "line up the three strategies": the verb that shows them is read with them.
  const from = isWord(tokens[index], ...SHOWING_VERBS) ? (isWord(tokens[index + 1], 'up') ? index + 2 : index + 1) : index;
  const counted = matchLongest(tokens, from, COUNTED) ?? bothAlone(tokens, from);
  if (!counted) return undefined;
  const count = tokens.slice(from, counted.end).map((token) => COUNTS[token.norm]).find((value) => value !== undefined)!;
  const end = matchLongest(tokens, isWord(tokens[counted.end], 'up') ? counted.end + 1 : counted.end, SHOWN_TOGETHER)?.end ?? counted.end;
  // "do both", "both of them" name no runs: they may be the two symbols named (both_references.ts).
  const named = tokens.slice(from, counted.end).some((token) => RUN_NOUN_WORDS.has(token.norm));
  return { end, clauses: [count === 2 && !named ? { kind: 'conversation_both', tie: 'strategies' } : { kind: 'conversation_strategies', count }] };
};

function sameRun(a: StrategyRequest, b: StrategyRequest): boolean {
  return a.name === b.name && JSON.stringify(a.params ?? {}) === JSON.stringify(b.params ?? {});
}

/** The strategies the conversation has named, in the order first named, the baseline left out. */
export function namedStrategies(earlier: readonly ConversationState[]): StrategyRequest[] {
  const named: StrategyRequest[] = [];
  for (const strategy of earlier.flatMap((state) => state.strategies)) {
    if (strategy.name !== BASELINE_STRATEGY && !named.some((run) => sameRun(run, strategy))) named.push(strategy);
  }
  return named;
}

/** Each count becomes the strategies the conversation has named (`earlier`: the state before each message, oldest first). */
export function settleConversationStrategies(placed: readonly PlacedClause[], earlier: readonly ConversationState[]): PlacedClause[] {
  const named = namedStrategies(earlier);
  return placed.flatMap((item) => {
    if (item.clause.kind !== 'conversation_strategies') return [item];
    if (named.length !== item.clause.count) {
      return [{ ...item, clause: { kind: 'note', text: `the conversation has named ${named.length} strateg${named.length === 1 ? 'y' : 'ies'}, not ${item.clause.count}; the strategies were left as they were` } }];
    }
    return named.map((run) => ({ ...item, clause: { kind: 'strategy', name: run.name, ...(run.params ? { params: { ...run.params } } : {}) } }));
  });
}
