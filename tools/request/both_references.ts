import type { Clause, Recognizer } from './clauses.js';
import type { ConversationState } from './conversation_state.js';
import { namedStrategies } from './conversation_strategies.js';
import { namedSymbols } from './conversation_symbols.js';
import type { PlacedClause } from './read_clauses.js';
import type { Token } from './tokenizer.js';
import { isWord, matchLongest, phrases } from './token_matchers.js';

/**
 * "macd on btc 2020-2022", "now ltc", then "show both side by side": "both" with no noun is the two
 * things the conversation has offered one after the other, here the symbols BTC and LTC, not the one
 * it holds now. Whether they are symbols or strategies is settled against the conversation
 * (settleBothReferences); "both coins" and "both strategies" say it themselves (conversation_*.ts).
 */
const SHOWING = phrases('show|run|compare|plot|chart|see|try|test|backtest|do|put|keep|include', 'show|give me', 'line|lay up');
const BOTH = phrases('both', 'them both', 'the two|2');
const TOGETHER = phrases('side by side', 'head to head', 'next to each other', 'together', 'at once', 'combined', 'at the same time');
/**
 * What may follow: the end of a clause, or words that do not say what "both" has ("both 20/100" gives
 * both strategies numbers, "both with 10 bps fees" sets their costs, so neither is read here).
 */
const AFTER: ReadonlySet<string> = new Set(['then', 'please', 'pls', 'plz', 'too', 'and', 'anyway', 'now', 'again', 'instead', 'so', 'but']);

function endsReference(token: Token | undefined): boolean {
  return token === undefined || token.kind === 'punct' || (isWord(token) && AFTER.has(token.norm));
}

export const recognizeBothReference: Recognizer = (tokens, index) => {
  const shown = matchLongest(tokens, index, SHOWING);
  const both = matchLongest(tokens, shown?.end ?? index, BOTH);
  if (!both) return undefined;
  const together = matchLongest(tokens, both.end, TOGETHER);
  // "the two" alone may count anything ("the two windows"); a verb showing them or "together" makes it the runs.
  const alone = isWord(tokens[shown?.end ?? index], 'both') && !isWord(tokens[(shown?.end ?? index) + 1], 'of');
  if (!shown && !together && !alone) return undefined;
  const end = together?.end ?? both.end;
  return endsReference(tokens[end]) ? { end, clauses: [{ kind: 'conversation_both' }] } : undefined;
};

type BothClause = Extract<Clause, { kind: 'conversation_both' }>;

/**
 * "both" becomes the two symbols when the conversation named exactly two of them, else the two
 * strategies when it named exactly two of those; when both are two, a note asks which (or, for "do
 * both" and "both of them", the strategies, as they always were read); otherwise a note says so.
 */
export function settleBothReferences(placed: readonly PlacedClause[], earlier: readonly ConversationState[]): PlacedClause[] {
  const symbols = namedSymbols(earlier);
  const strategies = namedStrategies(earlier).map((run) => run.name);
  return placed.map((item) => {
    if (item.clause.kind !== 'conversation_both') return item;
    const clause = bothClause(item.clause, symbols, strategies);
    return { ...item, clause };
  });
}

function bothClause(clause: BothClause, symbols: readonly string[], strategies: readonly string[]): Clause {
  const twoSymbols = symbols.length === 2;
  const twoStrategies = strategies.length === 2;
  if (twoStrategies && (!twoSymbols || clause.tie === 'strategies')) return { kind: 'conversation_strategies', count: 2 };
  if (twoSymbols && !twoStrategies) return { kind: 'conversation_symbols', count: 2 };
  if (twoSymbols) {
    return { kind: 'note', text: `could not tell whether "both" means the symbols ${symbols.join(' and ')} or the strategies ${strategies.join(' and ')}; say "both coins" or "both strategies"` };
  }
  return { kind: 'note', text: `the conversation has named ${symbols.length} symbol(s) and ${strategies.length} strateg${strategies.length === 1 ? 'y' : 'ies'}, so "both" could not be read; nothing was changed` };
}
