import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/** Words that open a rule's exit or its entry: "sell when…", "get out when…", "buy when…". */
export const EXIT_LEADS = ['exit', 'exits', 'exiting', 'sell', 'sells', 'selling', 'dump', 'dumps', 'dumping', 'close', 'closing', 'out'];
export const ENTRY_LEADS = ['buy', 'buys', 'buying', 'enter', 'enters', 'entering', 'entry'];

/** Looking back for the side a rule is on: "go long when…" buys, "go short when…" sells; "today's close is…" is a price, no exit. */
const BUYING_WORDS = [...ENTRY_LEADS, 'long'];
const SELLING_WORDS = [...EXIT_LEADS.filter((word) => word !== 'close' && word !== 'closing'), 'short', 'shorting'];

/** The side of the trade the nearest lead before `index`, in its sentence, is on; undefined when no lead is. */
export function sideBefore(tokens: readonly Token[], index: number): 'buy' | 'sell' | undefined {
  const sentence = tokens[index]?.sentence;
  for (let at = index - 1; at >= 0 && tokens[at]!.sentence === sentence; at--) {
    if (isWord(tokens[at], ...BUYING_WORDS)) return 'buy';
    if (isWord(tokens[at], ...SELLING_WORDS)) return 'sell';
  }
  return undefined;
}
