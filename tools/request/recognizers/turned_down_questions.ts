import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * A question the writer asks and then turns down: "get out of crypto the moment btc drops 50%? no
 * just run sma on eth 2023", "what about rsi on sol? nah, just do sma on eth", "add a trailing stop?
 * never mind, just macd on btc". What the question named is set aside as any declined mention is
 * (declined_mentions.ts): its symbols, strategies and rules are not run when the answer names its own
 * (before: BTC ran beside ETH). "No" must be followed by what is asked instead ("just", "instead",
 * "run"…): "is sma any good? no idea, try it on eth" turns nothing down.
 */
const TURNING_DOWN = phrases('no', 'nah', 'nope', 'never mind', 'nevermind', 'forget it|that', 'scratch|scrap that', 'actually no', 'no no', 'on second thought');
const ASKED_INSTEAD: ReadonlySet<string> = new Set(['just', 'instead', 'only', 'simply', 'rather', "let's", 'lets', 'run', 'do', 'test', 'backtest', 'try', 'go', 'use']);

export interface TurnedDownQuestion {
  /** The question's token indexes. */
  question: number[];
  /** The words that turn it down ("no", "never mind"), read with it. */
  opener: number[];
}

export function turnedDownQuestions(tokens: readonly Token[]): TurnedDownQuestion[] {
  return tokens.flatMap((token, at) => {
    if (!isPunct(token, '?') || tokens[at + 1] === undefined || tokens[at + 1]!.sentence === token.sentence) return [];
    const opener = matchLongest(tokens, at + 1, TURNING_DOWN);
    let next = opener?.end;
    while (next !== undefined && isPunct(tokens[next], ',', '-', ':', '.', '!')) next++;
    if (next === undefined || !isWord(tokens[next]) || !ASKED_INSTEAD.has(tokens[next]!.norm)) return [];
    const question = tokens.flatMap((other, index) => (other.sentence === token.sentence && index <= at ? [index] : []));
    return [{ question, opener: Array.from({ length: opener!.end - at - 1 }, (_, step) => at + 1 + step) }];
  });
}
