/**
 * "the last five things I ran", "stuff we tested", "the tests I've already done": runs named by what
 * the user did to them, not by a noun of this grammar. A noun of what was done, "I" or "we" (with
 * "that", "have" or "'ve" between), and a past action right after: runs already made, to list.
 * "things I should run" or "stuff to test" asks for runs still to make, and "rerun the things I
 * tested on SOL" asks to make them anew, so neither names runs to list.
 */
import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import { LIST_NOUNS } from './saved_run_words.js';

/** With the runs' own nouns: "the tests I've already done", "the backtests I ran on apple". */
const DEED_NOUNS = ['things', 'thing', 'stuff', 'ones', 'strategies', 'setups', 'ideas', 'combos', 'configs', ...LIST_NOUNS, 'experiments'];
const RELATIVE_WORDS = ['that', 'which'];
const RUNNERS = ['i', 'we', "i've", 'ive', "we've", 'weve'];
const PERFECT_WORDS = ['have', "'ve", 'already', 'recently', 'just'];
/** What was done to a run: "ran", "tested", "have run", "I've done", "we did". */
const DONE_ACTIONS = ['ran', 'run', 'tested', 'tried', 'backtested', 'simulated', 'done', 'did'];

/** Verbs before the noun that ask to run the runs again: "rerun the things I ran", "test the stuff I tried on SOL". */
const RUN_AGAIN_VERBS = ['run', 'rerun', 'retest', 'redo', 'repeat', 'test', 'backtest', 'try', 'optimise', 'optimize', 'tune', 'compare', 'simulate'];

function askedToRunAgain(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(0, index).some((token) => token.sentence === tokens[index]!.sentence && isWord(token, ...RUN_AGAIN_VERBS));
}

/** Whether `tokens` name runs by the user's past action on them: "things I ran", "stuff we've tested". */
export function namesRunsByDeed(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    if (!isWord(token, ...DEED_NOUNS) || askedToRunAgain(tokens, index)) return false;
    let at = isWord(tokens[index + 1], ...RELATIVE_WORDS) ? index + 2 : index + 1;
    if (!isWord(tokens[at], ...RUNNERS)) return false;
    const perfect = isWord(tokens[at], "i've", 'ive', "we've", 'weve');
    at++;
    while (isWord(tokens[at], ...PERFECT_WORDS)) at++;
    // "run" is a past action only as "have run": "things I run" is a habit, "things I ran" a record.
    const action = tokens[at];
    return isWord(action, ...DONE_ACTIONS) && (!isWord(action, 'run') || perfect || isWord(tokens[at - 1], 'have', "'ve"));
  });
}
