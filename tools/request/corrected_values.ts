import type { Clause, CorrectedUnit, Recognizer } from './clauses.js';
import { readNumberGroup } from './number_groups.js';
import { BPS_UNITS, readMoney, recognizeMoney } from './recognizers/money.js';
import { matchSymbolAt } from './recognizers/symbols.js';
import { markersEndingAt } from './self_corrections.js';
import type { Token } from './tokenizer.js';
import { isNumber, matchLongest, percentSignEnd, phrases, writtenText } from './token_matchers.js';

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
 * 10/30 one", "no wait, use 8/21 instead", "sorry, I meant the 50/200 one" still only give the
 * strategy new numbers.
 */
const LEADS = phrases('the', 'do|use|try|run', 'make it', 'go with', 'switch to', 'do|use|try|run the', 'make it the', 'go with the', 'switch to the');
const FOLLOWERS = phrases('version', 'one', 'variant', 'setup', 'settings', 'instead');

export const recognizeCorrectedValue: Recognizer = (tokens, index, context) => {
  const markerStart = markersEndingAt(tokens, index);
  if (markerStart === undefined) return undefined;
  const group = readNumberGroup(tokens, matchLongest(tokens, index, LEADS)?.end ?? index);
  if (group) return { end: matchLongest(tokens, group.end, FOLLOWERS)?.end ?? group.end, clauses: [{ kind: 'shared_params', numbers: group.numbers, scope: 'latest' }] };
  const symbol = namesSymbolBefore(tokens, markerStart, context.shouting) ? matchSymbolAt(tokens, index, { shouting: context.shouting, strong: true }) : undefined;
  return symbol && { end: symbol.end, clauses: [{ kind: 'symbol', symbol: symbol.symbol }] };
};

/** A value with its unit: "0.15%", "8 bps", "$20k", "20k". */
function readUnitValue(tokens: readonly Token[], index: number): { value: number; unit: CorrectedUnit; end: number } | undefined {
  const number = tokens[index];
  if (isNumber(number)) {
    const percentEnd = percentSignEnd(tokens, index + 1);
    if (percentEnd !== undefined) return { value: number.value, unit: 'percent', end: percentEnd };
    const bps = matchLongest(tokens, index + 1, BPS_UNITS);
    if (bps) return { value: number.value, unit: 'bps', end: bps.end };
  }
  const money = readMoney(tokens, index);
  return money?.marked ? { value: money.amount, unit: 'money', end: money.end } : undefined;
}

/**
 * "0.2% fees, or rather 0.15%", "slippage 5bps, sorry, 8 bps", "capital 10k, I mean 20k": a value with
 * a unit and nothing else after a marker corrects a setting before it (corrected_settings.ts). Where
 * it corrects none it reads as it would anywhere ("sorry, 10 bps" is the fees), or is noted as ignored.
 * Ahead of the money readers, so "8 bps" here is not the fees before it is known what it corrects.
 */
export const recognizeCorrectedSetting: Recognizer = (tokens, index, context) => {
  if (markersEndingAt(tokens, index) === undefined) return undefined;
  const valueAt = matchLongest(tokens, index, LEADS)?.end ?? index;
  const read = readUnitValue(tokens, valueAt);
  if (!read) return undefined;
  // "sorry, 10 bps slippage", "I mean $20k capital": a setting written whole is read as one.
  const named = recognizeMoney(tokens, valueAt, context);
  if (named && named.end > read.end) return undefined;
  const otherwise: Clause[] = named?.end === read.end ? named.clauses
    : [{ kind: 'note', text: `ignored '${writtenText(tokens.slice(valueAt, read.end))}': nothing before the correction takes a value like it` }];
  return { end: read.end, clauses: [{ kind: 'corrected_value', value: read.value, unit: read.unit, otherwise }] };
};
