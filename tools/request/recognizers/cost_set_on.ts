import type { Token } from '../tokenizer.js';
import { isNumber, isWord } from '../token_matchers.js';

/** Verbs that give a cost its amount: "put the fees on 0,25%". */
const SETTING_VERBS = ['put', 'puts', 'putting', 'set', 'sets', 'setting'];
/** Between the verb and the cost's noun. */
const NOUN_LEADS = ['the', 'my', 'our', 'your'];

/**
 * "put the fees on 0,25%", "set the slippage on 5 bps": after a verb of setting, "on" leads the cost's
 * amount, as Dutch "op" and German "auf" do where English says "at" or "to". Only there, and only with
 * the amount right after it: in "fees on my broker are 0.1%" and "put fees on my account at 0.2%" "on"
 * names a place (cost_places.ts). The index past "on", or `nounEnd` itself.
 */
export function pastSetOn(tokens: readonly Token[], nounAt: number, nounEnd: number): number {
  if (!isWord(tokens[nounEnd], 'on') || !isNumber(tokens[nounEnd + 1])) return nounEnd;
  let verbAt = nounAt - 1;
  while (isWord(tokens[verbAt], ...NOUN_LEADS)) verbAt--;
  return isWord(tokens[verbAt], ...SETTING_VERBS) ? nounEnd + 1 : nounEnd;
}
