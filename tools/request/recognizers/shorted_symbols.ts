import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { matchLongest, phrases } from '../token_matchers.js';
import { startsStrategyName } from './strategies.js';
import { isShouting, matchSymbolAt, pastAssetNoun } from './symbols.js';

/**
 * "short ETH on momentum signals", "shorting sol on ema crosses", "go short on btc": selling the
 * instrument short is the shorting switch, and the instrument is the one traded. Only with an
 * instrument right after the verb: "short 10 long 50", "short window" and "short ma" name a window.
 */
const SHORT_VERBS = phrases('short|shorting|shorted|shorts', 'go|going|went|goes short', 'go|going|went|goes short on');

/** The instrument sold short at `index` ("short ETH"), with the index past it; undefined when no verb shorts one there. */
export function shortedSymbolAt(tokens: readonly Token[], index: number, shouting: boolean): { end: number; symbol: string } | undefined {
  const verb = matchLongest(tokens, index, SHORT_VERBS);
  if (!verb || startsStrategyName(tokens, verb.end)) return undefined;
  const found = matchSymbolAt(tokens, verb.end, { shouting, strong: true });
  return found && { end: pastAssetNoun(tokens, found.end), symbol: found.symbol };
}

/** Whether an instrument is sold short before `index` in its sentence: "short ETH on momentum … through 2022". */
export function shortsBefore(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  const shouting = isShouting(tokens);
  return tokens.slice(0, index).some((token, at) => token.sentence === sentence && shortedSymbolAt(tokens, at, shouting) !== undefined);
}

export const recognizeShortedSymbol: Recognizer = (tokens, index, context) => {
  const shorted = shortedSymbolAt(tokens, index, context.shouting);
  return shorted && { end: shorted.end, clauses: [{ kind: 'allow_short', value: true }, { kind: 'symbol', symbol: shorted.symbol }] };
};
