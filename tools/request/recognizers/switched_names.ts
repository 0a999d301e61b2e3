import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/** "switch to sol", "swap over to link": the word after a switch names what to trade instead. */
const SWITCH_VERBS = ['switch', 'switching', 'swap', 'swapping', 'change', 'changing', 'move', 'moving', 'go', 'flip', 'jump', 'set', 'setting'];
/** "switch the ticker to spy", "change the coin to sol": the noun says the word after "to" is an instrument. */
const INSTRUMENT_NOUNS = ['ticker', 'tickers', 'symbol', 'symbols', 'coin', 'coins', 'token', 'stock', 'stocks', 'asset', 'assets', 'etf', 'fund', 'instrument', 'underlying', 'market'];
const DETERMINERS = ['the', 'my', 'our', 'this', 'that'];

/**
 * Whether the name at `index` follows "switch (over) to" or "switch the ticker to": either way the
 * frame says the word ("spy", "sol", "link") is the instrument to run, not everyday English. A verb
 * with another noun ("change the period to dot…") gives no such frame; "set" needs the noun, as
 * "set to" alone sets anything.
 */
export function followsSwitchTo(tokens: readonly Token[], index: number): boolean {
  if (!isWord(tokens[index - 1], 'to')) return false;
  const before = index - 2;
  if (isWord(tokens[before], ...INSTRUMENT_NOUNS)) {
    const verb = isWord(tokens[before - 1], ...DETERMINERS) ? before - 2 : before - 1;
    return isWord(tokens[verb], ...SWITCH_VERBS);
  }
  const verb = isWord(tokens[before], 'over') ? before - 1 : before;
  return isWord(tokens[verb], ...SWITCH_VERBS.filter((word) => word !== 'set' && word !== 'setting'));
}
