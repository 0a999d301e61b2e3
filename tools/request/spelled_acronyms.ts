import type { Token } from './tokenizer.js';

/**
 * Indicator names that dictation spells out letter by letter ("r s i", "m a c d", "s m a"): read as
 * the one word they spell, like a ticker said as "s p y". Unknown indicators are here too, so that
 * "a t r" is refused as a strategy rather than left as letters. Output formats, the growth rate and
 * basis points are spelled out the same way ("as a p d f", "a p n g chart", "c a g r above 10%",
 * "ten b p s"); every one takes three letters or more, so no single "a" or "i" is ever joined.
 */
const DICTATED_ACRONYMS: readonly string[] = ['macd', 'vwap', 'twap', 'rsi', 'sma', 'ema', 'atr', 'adx', 'obv', 'cci',
  'html', 'pdf', 'png', 'svg', 'csv', 'jpg', 'cagr', 'bps'];

function isLoneLetter(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^[a-z]$/.test(token.norm);
}

/** The acronym the lone letters from `index` spell, longest first, if any. */
function acronymAt(tokens: readonly Token[], index: number): string | undefined {
  return DICTATED_ACRONYMS.find((acronym) => [...acronym].every((letter, offset) => isLoneLetter(tokens[index + offset]) && tokens[index + offset]!.norm === letter));
}

/** Tokens with every spelled-out indicator name joined into one word, as if typed. */
export function joinSpelledAcronyms(tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const acronym = acronymAt(tokens, index);
    if (!acronym) {
      joined.push(token);
      index += 1;
      continue;
    }
    const letters = tokens.slice(index, index + acronym.length);
    joined.push({ ...token, text: letters.map((letter) => letter.text).join(''), norm: acronym });
    index += acronym.length;
  }
  return joined;
}
