/**
 * "what would the rsi thing have done on ethereum?", "how would MACD have performed on BTC last
 * year?": a result supposed, not one reported, so a backtest still to run, never a question about
 * saved runs ("what did my rsi runs on eth do" reports). "would" (or "would've") and a verb of
 * outcome after "have" stand in one sentence.
 */
import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

const WOULD_WORDS = ['would', 'could', 'might'];
const WOULD_HAVE_WORDS = ["would've", 'wouldve', "could've", 'couldve', "might've", 'mightve'];
/** Verbs of how a run came out: "have done", "have performed", "have made", "have returned". */
const OUTCOME_VERBS = ['done', 'performed', 'made', 'returned', 'gone', 'fared', 'earned', 'gained', 'lost', 'yielded', 'produced', 'looked', 'been', 'turned'];
/** How far after "would" its "have" may stand: "what would the rsi thing on eth have done". */
const HAVE_REACH = 8;

/** Whether the word at `index` opens a "have <outcome>" ("have done") in the same sentence. */
function haveOutcomeAt(tokens: readonly Token[], index: number, sentence: number): boolean {
  const verb = tokens[index + 1];
  return isWord(tokens[index], 'have', 'of') && isWord(verb, ...OUTCOME_VERBS) && verb!.sentence === sentence;
}

/** Whether a sentence of `tokens` supposes how a run would have come out. */
export function supposesRun(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    if (isWord(token, ...WOULD_HAVE_WORDS)) return tokens.slice(index + 1, index + 1 + HAVE_REACH).some((later) => isWord(later, ...OUTCOME_VERBS) && later.sentence === token.sentence);
    if (!isWord(token, ...WOULD_WORDS)) return false;
    for (let at = index + 1; at <= index + HAVE_REACH && tokens[at]?.sentence === token.sentence; at++) {
      if (haveOutcomeAt(tokens, at, token.sentence)) return true;
    }
    return false;
  });
}
