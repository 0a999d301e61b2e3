import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';
import { presetNameAt, strategyNameAt } from '../written_strategy_names.js';
import { asksHowItDid } from './how_it_did.js';
import { isShouting, matchSymbolAt } from './symbols.js';

/**
 * "…my best trade ever was buying LTC at $24. Please test RSI on Litecoin with period 21": a
 * sentence that asks for a new run of a named strategy on a named instrument makes the message a
 * request, whatever "my best" the story around it says. The verb must be asked for (after "please",
 * "can you", "to", or opening its sentence), so "my best MACD run on ETH" and "which test on BTC
 * did best" stay questions about saved runs. The instrument may stand anywhere in the verb's
 * sentence ("For ETH over the last 3 years, can you tune a MACD"), and "optimise it" asks to run
 * again what was run before, which names no saved experiment ("rerun that one" is read before this).
 */
const RUN_VERBS = ['test', 'backtest', 'run', 'optimise', 'optimize', 'simulate', 'try', 'tune'];
/** "optimise it", "tune this so …": the strategy run before, to run anew; "test that one" points at a saved run. */
const POINTED_OBJECTS = ['it', 'this', 'that'];
const POINTED_NOUNS = ['one', 'experiment', 'exp', 'run', 'test', 'backtest'];
const ASKING_LEADS = ['please', 'pls', 'plz', 'kindly', 'you', 'to', "let's", 'lets', 'and', 'then', 'now', 'just', 'also', 'so'];

/** What "find" asks a search for: "Find the best EMA crossover settings on BNB", not "find my best run". */
const SEARCHED_NOUNS = ['settings', 'parameters', 'params', 'values', 'combination', 'combo'];

function findsSettings(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens.filter((token, index) => index > at && token.sentence === tokens[at]!.sentence);
  return isWord(tokens[at], 'find') && sentence.some((token) => isWord(token, ...SEARCHED_NOUNS)) && !sentence.some((token) => isWord(token, 'my', 'our'));
}

function isAskedVerb(tokens: readonly Token[], at: number): boolean {
  if (!isWord(tokens[at], ...RUN_VERBS) && !findsSettings(tokens, at)) return false;
  const before = tokens[at - 1];
  return before === undefined || before.sentence !== tokens[at]!.sentence || isPunct(before, ',', ':', ';') || isWord(before, ...ASKING_LEADS);
}

/** Whether some sentence of `tokens` asks to run a named strategy on a named instrument, or what was run before, or how one did (how_it_did.ts). */
export function asksForNewRun(tokens: readonly Token[]): boolean {
  const shouting = isShouting(tokens);
  return asksHowItDid(tokens) || tokens.some((token, at) => {
    if (!isAskedVerb(tokens, at)) return false;
    if (isWord(tokens[at + 1], ...POINTED_OBJECTS) && !isWord(tokens[at + 2], ...POINTED_NOUNS)) return true;
    const sentence = tokens.map((_, index) => index).filter((index) => tokens[index]!.sentence === token.sentence);
    // "can you run the death cross on BTC": a preset's name names its strategy.
    return sentence.some((index) => index > at && (strategyNameAt(tokens, index) ?? presetNameAt(tokens, index)) !== undefined)
      && sentence.some((index) => matchSymbolAt(tokens, index, { shouting }) !== undefined);
  });
}
