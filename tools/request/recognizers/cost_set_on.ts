import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord } from '../token_matchers.js';

/** Verbs that give a cost its amount: "put the fees on 0,25%". */
const SETTING_VERBS = ['put', 'puts', 'putting', 'set', 'sets', 'setting'];
/** Between the verb and the cost's noun. */
const NOUN_LEADS = ['the', 'my', 'our', 'your'];
/** How far back a joined cost looks for the verb it shares: "put the fees on 10 bps and the slippage on". */
const SHARED_VERB_REACH = 8;

/**
 * "put the fees on 0,25%", "set the slippage on 5 bps": after a verb of setting, "on" leads the cost's
 * amount, as Dutch "op" and German "auf" do where English says "at" or "to". Only there, and only with
 * the amount right after it: in "fees on my broker are 0.1%" and "put fees on my account at 0.2%" "on"
 * names a place (cost_places.ts). A cost joined to an earlier one by "and" or a comma shares its verb:
 * "put the fees on 10 bps and slippage on 0.05%". The index past "on", or `nounEnd` itself.
 */
export function pastSetOn(tokens: readonly Token[], nounAt: number, nounEnd: number): number {
  if (!isWord(tokens[nounEnd], 'on') || !isNumber(tokens[nounEnd + 1])) return nounEnd;
  let verbAt = nounAt - 1;
  while (isWord(tokens[verbAt], ...NOUN_LEADS)) verbAt--;
  if (isWord(tokens[verbAt], ...SETTING_VERBS)) return nounEnd + 1;
  const joined = isWord(tokens[verbAt], 'and') || isPunct(tokens[verbAt], ',');
  return joined && sharedVerbBefore(tokens, verbAt) ? nounEnd + 1 : nounEnd;
}

/** Whether a verb of setting leads the clause a joined cost continues, within a short reach and the sentence. */
function sharedVerbBefore(tokens: readonly Token[], joinAt: number): boolean {
  for (let at = joinAt - 1; at >= Math.max(0, joinAt - SHARED_VERB_REACH); at--) {
    if (isPunct(tokens[at], '.', '?', '!', ';')) return false;
    if (isWord(tokens[at], ...SETTING_VERBS)) return isWord(tokens[at + 1], ...NOUN_LEADS, 'fees', 'fee', 'commission', 'commissions', 'slippage');
  }
  return false;
}
