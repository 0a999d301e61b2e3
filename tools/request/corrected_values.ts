import type { Recognizer } from './clauses.js';
import { readNumberGroup } from './number_groups.js';
import { matchSymbolAt } from './recognizers/symbols.js';
import { markersEndingAt } from './self_corrections.js';
import type { Token } from './tokenizer.js';
import { matchLongest, phrases } from './token_matchers.js';

/**
 * What a correction marker is followed by, where nothing else reads it: bare numbers ("sma 20/50
 * on btc, actually 10/30", "ema 9/21 oops i mean 8/21") are new numbers for the strategy, as after
 * "now"; a name that is also a word ("btc and eth, sorry, sol") is a symbol when the message named
 * one before the marker. Which earlier value they replace is settled with the message (self_corrections.ts).
 */
function namesSymbolBefore(tokens: readonly Token[], end: number, shouting: boolean): boolean {
  return tokens.slice(0, end).some((_, at) => matchSymbolAt(tokens, at, { shouting }) !== undefined);
}

/**
 * Around the numbers after a marker: "scratch that, do the 55/20 version", "actually, go with the
 * 10/30 one", "no wait, use 8/21 instead" still only give the strategy new numbers.
 */
const LEADS = phrases('do|use|try|run', 'make it', 'go with', 'switch to', 'do|use|try|run the', 'make it the', 'go with the', 'switch to the');
const FOLLOWERS = phrases('version', 'one', 'variant', 'setup', 'settings', 'instead');

export const recognizeCorrectedValue: Recognizer = (tokens, index, context) => {
  const markerStart = markersEndingAt(tokens, index);
  if (markerStart === undefined) return undefined;
  const group = readNumberGroup(tokens, matchLongest(tokens, index, LEADS)?.end ?? index);
  if (group) return { end: matchLongest(tokens, group.end, FOLLOWERS)?.end ?? group.end, clauses: [{ kind: 'shared_params', numbers: group.numbers, scope: 'latest' }] };
  const symbol = namesSymbolBefore(tokens, markerStart, context.shouting) ? matchSymbolAt(tokens, index, { shouting: context.shouting, strong: true }) : undefined;
  return symbol && { end: symbol.end, clauses: [{ kind: 'symbol', symbol: symbol.symbol }] };
};
