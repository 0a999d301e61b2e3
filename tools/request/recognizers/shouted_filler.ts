import type { Token } from '../tokenizer.js';
import { isStopWord } from '../unread_words.js';

/** Chat words kept out of the stop words ("nah" opens a self-correction), yet never tickers when shouted. */
const CHAT_WORDS: ReadonlySet<string> = new Set(['nah', 'bruh', 'lfg', 'omg', 'wtf', 'smh', 'idk', 'fr']);

/** "GOOO", "NAHHH": a letter held for emphasis, read once. */
function withoutHeldLetters(word: string): string {
  return word.replace(/([a-z])\1{2,}/g, '$1');
}

/** "LETS" → "let's", "IM" → "i'm", "DONT" → "don't": a contraction shouted without its apostrophe. */
function isContractionWithoutApostrophe(word: string): boolean {
  return [...word].some((_, at) => at > 0 && isStopWord(`${word.slice(0, at)}'${word.slice(at)}`));
}

function isInCapitals(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^[A-Z]{2,}$/.test(token.text);
}

/**
 * "BRO SOL DONCHIAN … LETS GOOO", "… OR IM OUT": an everyday word or chat slang in capitals beside
 * another word in capitals is part of a shouted stretch, not a ticker. Alone in capitals ("backtest
 * BRO with rsi") it still names one.
 */
export function isShoutedFiller(tokens: readonly Token[], index: number): boolean {
  const word = withoutHeldLetters(tokens[index]!.norm);
  const everyday = isStopWord(word) || CHAT_WORDS.has(word) || isContractionWithoutApostrophe(word);
  return everyday && (isInCapitals(tokens[index - 1]) || isInCapitals(tokens[index + 1]));
}
