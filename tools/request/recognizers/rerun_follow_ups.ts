/**
 * "and on eth?", "now do it on sol", "same for btc", "do the same with macd" right after a re-run:
 * the follow-up asks for the saved run again on another symbol or with another strategy, which a
 * re-run cannot do (refused_reruns.ts). The conversation holds no strategy to build a new request
 * from, so reading it as one would run nothing but holding: it is refused as "rerun 12 on eth" is.
 * A follow-up naming both a strategy and a symbol ("what about sma on eth") is a new backtest.
 */
import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import type { Filters } from './memory_filters.js';
import { namedRunParts } from './refused_reruns.js';
import { isShouting, matchSymbolAt } from './symbols.js';

/** Words pointing back to the run just re-run: "do it on sol", "try that with rsi", "the same on btc". */
const POINTERS = ['it', 'that', 'this', 'same'];

/**
 * What a follow-up opening at `leadEnd` ("and on", "same for"; undefined when it opens with no
 * lead) or pointing back names for the run re-run: a symbol or a strategy, not both; else undefined.
 */
export function rerunElsewhere(tokens: readonly Token[], leadEnd: number | undefined): Filters | undefined {
  if (leadEnd === undefined && !tokens.some((token) => isWord(token, ...POINTERS))) return undefined;
  const after = tokens.slice(leadEnd ?? 0);
  // "and on link?": the word right after the lead names the coin, as in any follow-up.
  const leading = leadEnd === undefined ? undefined : matchSymbolAt(tokens, leadEnd, { shouting: isShouting(tokens), strong: true })?.symbol;
  const named = namedRunParts(after) ?? (leading === undefined ? undefined : { symbol: leading });
  return named && (named.symbol === undefined || named.strategy === undefined) ? named : undefined;
}
