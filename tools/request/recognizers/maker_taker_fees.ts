import type { Clause, Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, roundClean, skipWords } from '../token_matchers.js';
import { CHARGED_PER, readCostValue } from './money.js';

/**
 * An exchange's fee schedule: "maker 2bps taker 5bps", "0.02% maker, 0.05% taker", "maker fee 0.02% /
 * taker fee 0.05%". The engine fills at the next open as a market order, one fee per fill, so a
 * fill pays the taker fee: that one is the run's fee, and the maker fee is set aside with a note
 * (before: both were ignored, the run kept its default fee). A maker fee alone ("maker fee 2bps")
 * is still the fee, charged on every fill, and says so.
 */
type Side = 'maker' | 'taker';

interface SideFee {
  side: Side;
  bps: number;
  end: number;
}

const FEE_NOUNS = phrases('fee', 'fees', 'commission', 'commissions', 'rate', 'fee|fees rate');
const LEADS: ReadonlySet<string> = new Set(['of', 'at', 'is', 'was', 'set', 'to', 'around', 'about']);
/** Between the two sides: "maker 2bps, taker 5bps", "0.02% maker / 0.05% taker", "maker 2 bps and taker 5 bps". */
const BETWEEN: ReadonlySet<string> = new Set(['and', 'with', 'plus', 'vs', 'versus']);

function sideAt(tokens: readonly Token[], index: number): Side | undefined {
  return isWord(tokens[index], 'maker') ? 'maker' : isWord(tokens[index], 'taker') ? 'taker' : undefined;
}

/** "maker 2bps", "taker fee: 0.05%", "maker fees of 0.02% per fill". */
function readSideFirst(tokens: readonly Token[], index: number): SideFee | undefined {
  const side = sideAt(tokens, index);
  if (!side) return undefined;
  let at = matchLongest(tokens, index + 1, FEE_NOUNS)?.end ?? index + 1;
  if (isPunct(tokens[at], ':', '=')) at++;
  const value = readCostValue(tokens, skipWords(tokens, at, LEADS));
  if (!value || value.unitless) return undefined;
  return { side, bps: value.bps, end: matchLongest(tokens, value.end, CHARGED_PER)?.end ?? value.end };
}

/** "0.02% maker", "5 bps taker fee". */
function readValueFirst(tokens: readonly Token[], index: number): SideFee | undefined {
  const value = readCostValue(tokens, index);
  const side = value && !value.unitless ? sideAt(tokens, value.end) : undefined;
  if (!side) return undefined;
  return { side, bps: value!.bps, end: matchLongest(tokens, value!.end + 1, FEE_NOUNS)?.end ?? value!.end + 1 };
}

function readSideFee(tokens: readonly Token[], index: number): SideFee | undefined {
  return readSideFirst(tokens, index) ?? readValueFirst(tokens, index);
}

function pastSeparator(tokens: readonly Token[], index: number): number {
  let at = index;
  while (at < index + 3 && (isPunct(tokens[at], ',', '/', ';', '-', '&', '|') || (isWord(tokens[at]) && BETWEEN.has(tokens[at]!.norm)))) at++;
  return at;
}

export const recognizeMakerTakerFees: Recognizer = (tokens, index) => {
  const first = readSideFee(tokens, index);
  if (!first) return undefined;
  const second = readSideFee(tokens, pastSeparator(tokens, first.end));
  const other = second && second.side !== first.side ? second : undefined;
  const taker = first.side === 'taker' ? first : other;
  const maker = first.side === 'maker' ? first : other;
  const clauses: Clause[] = [{ kind: 'fees', bps: (taker ?? maker)!.bps }];
  if (taker && maker) {
    clauses.push({ kind: 'note', text: `used the taker fee (${roundClean(taker.bps)} bps): fills are market orders at the next open, so each pays the taker fee; the maker fee (${roundClean(maker.bps)} bps) was set aside` });
  } else if (maker) {
    clauses.push({ kind: 'note', text: `used the maker fee (${roundClean(maker.bps)} bps) as the fee charged on every fill, though fills are market orders at the next open, which usually pay the taker fee` });
  }
  return { end: other?.end ?? first.end, clauses };
};
