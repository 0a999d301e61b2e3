import { readMarkers } from '../self_corrections.js';
import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/**
 * "btc 4h bollinger 20/2 for 2023-2024, I know the hourly data might not go back that far", "12h
 * sma on eth, built from the hourly candles", "2d donchian, daily data is fine": a message that
 * names bars of one size ("4h") and elsewhere says the family word of the same unit ("hourly")
 * speaks of the data the asked bars are built from, so the sized bars stand. A correction or a
 * change between them turns it around: "on 4h, actually hourly", "4h sma — switch to hourly".
 */
const FAMILY_UNIT: Readonly<Record<string, string>> = { hourly: 'h', daily: 'd', weekly: 'w', minutely: 'm' };
/** Words that ask for other bars than those named before: "4h sma, make it hourly", "4h, or rather hourly". */
const CHANGE_WORDS = ['instead', 'rather', 'switch', 'change', 'make', 'try', 'use', 'prefer', 'about', 'redo', 'rerun', 'then'];

/**
 * Whether the family word at `index` gives way to bars of a size its unit names elsewhere in the
 * message; `sizedAt` reads sized bars ("4h") at a token, as interval.ts does.
 */
export function yieldsToSizedBars(tokens: readonly Token[], index: number, sizedAt: (at: number) => string | undefined): boolean {
  const family = tokens[index];
  const unit = isWord(family) && Object.hasOwn(FAMILY_UNIT, family!.norm) ? FAMILY_UNIT[family!.norm]! : undefined;
  if (unit === undefined) return false;
  for (let at = 0; at < tokens.length; at++) {
    const sized = at === index ? undefined : sizedAt(at);
    if (!sized || !sized.endsWith(unit) || sized === `1${unit}`) continue;
    // The family word after the sized bars may be a correction of them; before them it never is.
    if (at < index && isChangedBetween(tokens, at + 1, index)) continue;
    return true;
  }
  return false;
}

function isChangedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at < Math.min(to + 2, tokens.length); at++) {
    if (isWord(tokens[at], ...CHANGE_WORDS) || (at < to && readMarkers(tokens, at) !== undefined)) return true;
  }
  return false;
}
