/**
 * "I want to see how the golden cross on SPY did during 2008", "curious how RSI on ETH performed in
 * 2022", "how would MACD on BTC do over 2021?": asking how a named strategy did on a named
 * instrument asks for that run, so the message is a request, whatever story words around it
 * ("I've read about 1929 a dozen times", "history buff") sound like questions about saved runs.
 * A sentence that makes the run the user's own ("how did my golden cross on SPY do?") asks nothing new.
 */
import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import { presetNameAt, strategyNameAt } from '../written_strategy_names.js';
import { isShouting, matchSymbolAt } from './symbols.js';

/** How a run came out: "did", "performed", "fared", "held up". */
const OUTCOME_VERBS = ['did', 'do', 'does', 'done', 'performed', 'performs', 'perform', 'fared', 'fares', 'fare', 'went', 'goes', 'worked', 'works', 'held', 'holds', 'behaved', 'played'];
/** Words that make the strategy the user's own saved run: "how did my golden cross on SPY do". */
const SAVED_RUN_WORDS = ['my', 'our', 'saved', 'experiment', 'experiments'];

/** Whether a sentence of `tokens` asks how a named strategy did on a named instrument, not on a run of the user's own. */
export function asksHowItDid(tokens: readonly Token[]): boolean {
  const shouting = isShouting(tokens);
  return tokens.some((token, at) => {
    if (!isWord(token, 'how')) return false;
    const after = tokens.map((_, index) => index).filter((index) => index > at && tokens[index]!.sentence === token.sentence);
    return after.some((index) => isWord(tokens[index], ...OUTCOME_VERBS))
      && after.some((index) => (strategyNameAt(tokens, index) ?? presetNameAt(tokens, index)) !== undefined)
      && after.some((index) => matchSymbolAt(tokens, index, { shouting }) !== undefined)
      && !tokens.some((other) => other.sentence === token.sentence && isWord(other, ...SAVED_RUN_WORDS));
  });
}
