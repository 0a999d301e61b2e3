import type { Recognizer } from './clauses.js';
import { readNumberGroup } from './number_groups.js';
import { matchSymbolAt } from './recognizers/symbols.js';
import { readMarkers } from './self_corrections.js';
import type { Token } from './tokenizer.js';

/**
 * What a correction marker is followed by, where nothing else reads it: bare numbers ("sma 20/50
 * on btc, actually 10/30", "ema 9/21 oops i mean 8/21") are new numbers for the strategy, as after
 * "now"; a name that is also a word ("btc and eth, sorry, sol") is a symbol when the message named
 * one before the marker. Which earlier value they replace is settled with the message (self_corrections.ts).
 */
const LONGEST_MARKER_RUN = 8;

/** Where the correction markers ending exactly at `index` start, if any do. */
function markersEndingAt(tokens: readonly Token[], index: number): number | undefined {
  for (let start = Math.max(0, index - LONGEST_MARKER_RUN); start < index; start++) {
    if (readMarkers(tokens, start) === index) return start;
  }
  return undefined;
}

function namesSymbolBefore(tokens: readonly Token[], end: number, shouting: boolean): boolean {
  return tokens.slice(0, end).some((_, at) => matchSymbolAt(tokens, at, { shouting }) !== undefined);
}

export const recognizeCorrectedValue: Recognizer = (tokens, index, context) => {
  const markerStart = markersEndingAt(tokens, index);
  if (markerStart === undefined) return undefined;
  const group = readNumberGroup(tokens, index);
  if (group) return { end: group.end, clauses: [{ kind: 'shared_params', numbers: group.numbers, scope: 'latest' }] };
  const symbol = namesSymbolBefore(tokens, markerStart, context.shouting) ? matchSymbolAt(tokens, index, { shouting: context.shouting, strong: true }) : undefined;
  return symbol && { end: symbol.end, clauses: [{ kind: 'symbol', symbol: symbol.symbol }] };
};
