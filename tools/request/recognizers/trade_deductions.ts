import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { CHARGED_PER, COST_WORDS, costClauses, readCostValue, type CostKind } from './money.js';

/**
 * Trading costs said as what comes off each trade, in everyday words: "knock off a tenth of a
 * percent per trade for the broker's fee", "take 0.2% off each trade for commission", "charge me
 * 5 bps a trade", "the broker takes a tenth of a percent". The cost is the commission unless the
 * noun after it names slippage.
 */
const DEDUCTING = 'knock|knocks|knocking|take|takes|taking|shave|shaves|shaving|chop|dock|skim';
const DEDUCTING_VERBS = phrases(DEDUCTING);
/** "knock off 0.1% per trade": the particle before the amount says it comes off. */
const DEDUCTING_OFF = phrases(`${DEDUCTING} off|out|away`);
/** "charge me 5 bps a trade": a charging verb with whom it charges, which money.ts does not read past. */
const CHARGING_VERBS = phrases('charge|charges|charging|bill|bills me|us|them|him|her', 'charge|charges|charging|bill|bills me|us|them|him|her for');
/** "the broker takes a tenth of a percent": the one who charges, and how it says so. */
const CHARGERS = phrases('broker|brokers|brokerage|exchange|exchanges|platform|app takes|take|charges|charge|keeps|keep|wants|skims|eats');
const CHARGER_OWNERS: ReadonlySet<string> = new Set(['the', 'my', 'our', 'their', 'your']);
const HEDGES: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'maybe', 'like', 'just', 'only', 'another', 'a', 'an', 'me', 'us']);
/** "off each trade", "on every trade": how often it comes off, besides CHARGED_PER's "per trade". */
const EACH_TRADE = phrases('from|on|of each|every|a trade|side|fill|transaction|order', 'every trade|side|fill|transaction|order', 'from|on each|every|a round trip');
/** "… for the broker's fee", "… as commission", "… in slippage": what the amount pays for. */
const FOR_LEADS: ReadonlySet<string> = new Set(['for', 'as', 'in', 'to', 'cover', 'the', 'my', 'a', 'an', 'their', 'our']);

/** Past how it is charged: "per trade", "off each trade", "off every trade", or a bare "off". */
function pastPerTrade(tokens: readonly Token[], end: number): { end: number; perTrade: boolean; off: boolean } {
  const off = isWord(tokens[end], 'off');
  const offEnd = off ? end + 1 : end;
  const per = matchLongest(tokens, offEnd, CHARGED_PER) ?? matchLongest(tokens, offEnd, EACH_TRADE);
  return { end: per?.end ?? offEnd, perTrade: per !== undefined, off };
}

/** The cost the amount pays for, named after it ("for the broker's fee", "in slippage"). */
function namedCost(tokens: readonly Token[], end: number): { kind: CostKind; end: number } | undefined {
  const at = skipWords(tokens, end, FOR_LEADS);
  if (at === end) return undefined;
  const slippage = matchLongest(tokens, at, COST_WORDS.slippage);
  if (slippage) return { kind: 'slippage', end: slippage.end };
  const fee = matchLongest(tokens, at, COST_WORDS.fees);
  return fee && { kind: 'fees', end: fee.end };
}

/**
 * What a charge must say to be a trading cost: `trade`, that it is per trade or for a cost named
 * ("take 5% off" alone may be profit taken); `off`, that the amount comes off ("take 0.2% off each trade").
 */
interface ChargeNeeds {
  trade: boolean;
  off: boolean;
}

/** The amount at `index` and what follows it: how often it is charged and what it pays for. */
function readCharged(tokens: readonly Token[], index: number, needs: ChargeNeeds): RecognizerMatch | undefined {
  const valueAt = skipWords(tokens, index, HEDGES);
  const value = readCostValue(tokens, valueAt) ?? (valueAt > index ? readCostValue(tokens, valueAt - 1) : undefined);
  if (!value || value.unitless) return undefined;
  const per = pastPerTrade(tokens, value.end);
  const cost = namedCost(tokens, per.end);
  // "takes 10% of the profits": a share of something else, not a charge on each trade.
  if (isWord(tokens[per.end], 'of') && !cost) return undefined;
  if ((needs.trade && !per.perTrade && !cost) || (needs.off && !per.off)) return undefined;
  return { end: cost?.end ?? per.end, clauses: costClauses(cost?.kind ?? 'fees', value) };
}

function readDeduction(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const deductingOff = matchLongest(tokens, index, DEDUCTING_OFF);
  if (deductingOff) return readCharged(tokens, deductingOff.end, { trade: true, off: false });
  const deducting = matchLongest(tokens, index, DEDUCTING_VERBS);
  if (deducting) return readCharged(tokens, deducting.end, { trade: true, off: true });
  const charging = matchLongest(tokens, index, CHARGING_VERBS);
  if (charging) return readCharged(tokens, charging.end, { trade: false, off: false });
  const charger = matchLongest(tokens, skipWords(tokens, index, CHARGER_OWNERS), CHARGERS);
  return charger && readCharged(tokens, charger.end, { trade: false, off: false });
}

export const recognizeTradeDeduction: Recognizer = (tokens, index) => (isWord(tokens[index]) ? readDeduction(tokens, index) : undefined);
