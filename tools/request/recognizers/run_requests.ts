import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { isShouting, matchSymbolAt } from './symbols.js';

/**
 * "…my best trade ever was buying LTC at $24. Please test RSI on Litecoin with period 21": a
 * sentence that asks for a new run of a named strategy on a named instrument makes the message a
 * request, whatever "my best" the story around it says. The verb must be asked for (after "please",
 * "can you", "to", or opening its sentence), so "my best MACD run on ETH" and "which test on BTC
 * did best" stay questions about saved runs.
 */
const RUN_VERBS = ['test', 'backtest', 'run', 'optimise', 'optimize', 'simulate', 'try'];
const ASKING_LEADS = ['please', 'pls', 'plz', 'kindly', 'you', 'to', "let's", 'lets', 'and', 'then', 'now', 'just', 'also', 'so'];

function isAskedVerb(tokens: readonly Token[], at: number): boolean {
  if (!isWord(tokens[at], ...RUN_VERBS)) return false;
  const before = tokens[at - 1];
  return before === undefined || before.sentence !== tokens[at]!.sentence || isPunct(before, ',', ':', ';') || isWord(before, ...ASKING_LEADS);
}

/** Whether some sentence of `tokens` asks to run a named strategy on a named instrument. */
export function asksForNewRun(tokens: readonly Token[]): boolean {
  const shouting = isShouting(tokens);
  return tokens.some((token, at) => {
    if (!isAskedVerb(tokens, at)) return false;
    const rest = tokens.map((_, index) => index).filter((index) => index > at && tokens[index]!.sentence === token.sentence);
    return rest.some((index) => strategyNameAt(tokens, index) !== undefined) && rest.some((index) => matchSymbolAt(tokens, index, { shouting }) !== undefined);
  });
}
