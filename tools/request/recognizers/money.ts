import type { Clause, Recognizer, RecognizerMatch } from '../clauses.js';
import { scaleAmount } from '../../numbers/read_number.js';
import type { Token } from '../tokenizer.js';
import { pastCostPlace } from './cost_places.js';
import { pastCostValueNoun } from './cost_value_nouns.js';
import { pastSetOn } from './cost_set_on.js';
import { FOREIGN_BPS_UNITS, nounBoundBpsEnd } from './foreign_cost_units.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS } from './currency_words.js';
import { readMoneyInWords, scaleNamed, START_NOUNS } from './money_in_words.js';
import { isRecurringAmount, isStoryAmount } from './story_money.js';
import { startingSumEnd } from './start_sums.js';
import { fitsAfterInitial, fitsBeforeInitial, isNounlessInitial } from './nounless_initial.js';
import { readFractionWords } from './written_shares.js';
import { readNumberWords } from '../number_words.js';
import { isNumber, isPunct, isWord, matchLongest, percentSignEnd, phrases, roundClean, skipWords, writtenText, type Phrase } from '../token_matchers.js';

/**
 * Trading costs and capital: "0.1% fees" = 10 bps, "fees of 5 bps", "no fees" = 0, "5 bps slippage",
 * "$25k", "25,000 USD", "1.5m", "one million dollars", "starting capital of 50000". A cost written without a unit is read
 * as basis points (and noted).
 */
export type CostKind = 'fees' | 'slippage';

const COMMISSION_SHORTHAND = ['comm', 'comms', 'commish'];
/** "with comisión of 0.2%", "Gebühr 0,1%", "frais 5 bps": the commission in the writer's own language (accents dropped by the tokenizer). */
const FOREIGN_FEE_NOUNS = ['comision', 'comisiones', 'comissao', 'comissoes', 'commissione', 'commissioni', 'gebuhr', 'gebuhren', 'gebuehr', 'gebuehren', 'frais'];
export const COST_WORDS: Readonly<Record<CostKind, readonly Phrase[]>> = {
  fees: phrases('fee', 'fees', 'commission', 'commissions', 'trading fee|fees|cost|costs|commission|commissions',
    'transaction fee|fees|cost|costs', 'cost', 'costs', 'per trade', 'per side', 'per fill', '/ side|trade|fill', 'each side|fill', 'each way', 'per trade fee|fees',
    // "0.15% taker fee", "maker fee 0.02%", "exchange fees of 0.075%": the fee named by its kind is still the commission.
    'taker|maker|exchange|execution|venue|clearing fee|fees|commission|commissions', 'taker|maker|exchange|execution fee|fees rate',
    // "the tax of the broker is 0,1%" (Portuguese "taxa", Spanish "tasa"), "brokerage of 5 bps".
    'brokerage', 'brokerage fee|fees|cost|costs|commission|commissions', 'broker fee|fees|commission|commissions|cost|costs|tax|taxes|rate',
    'tax|taxes|rate|fee|fees|commission of|from the|my broker', "broker's|brokers fee|fees|commission|tax|rate",
    // "0.05% comm", "comms 5bps": desk shorthand for the commission.
    ...COMMISSION_SHORTHAND, ...FOREIGN_FEE_NOUNS),
  slippage: phrases('slippage', 'slip', 'slippage cost|costs'),
};
/** The nouns a bare number may stand before ("5 slip"); not "10 per trade", which may be money. */
const BARE_COST_NOUNS: Readonly<Record<CostKind, readonly string[]>> = { fees: ['fee', 'fees', 'commission', 'commissions', ...COMMISSION_SHORTHAND, ...FOREIGN_FEE_NOUNS], slippage: ['slippage', 'slip'] };
export const CHARGED_PER = phrases('one way', 'one - way', 'per side', '/ side|trade|fill', 'each way', 'per fill', 'a|per|each trade|side|fill|transaction|operation|order',
  'a|per|each round trip', 'for each|every trade|side|fill|transaction|operation|order');
/**
 * "taxes of 0.2% per operation": Portuguese "taxa" and Spanish "tasa" are fees, so "tax" charged per
 * trade, or in basis points ("taxa de 5 pontos base"), is the commission; a tax with no trade beside it
 * ("20% capital gains tax") is no cost of a run.
 */
const PER_TRADE_TAXES = phrases('tax', 'taxes', 'taxa', 'taxas', 'tasa', 'tasas');
/** Verbs that say the amount after them is a cost: "charge 5 bps a trade", "my bank charges 0.15%", "assume 1.5% fees", "assumed commission of 0.2%". */
const COST_VERBS = phrases('charge', 'charges', 'charging', 'charged', 'pay', 'pays', 'paying', 'assume', 'assumes', 'assuming', 'assumed', 'deduct', 'deducts', 'deducting');
/**
 * "her savings account paying 12%", "a bond that pays 5%": what pays is as often an account paying
 * interest as a trader paying costs, so a percent after these verbs is a cost only when said per
 * trade, or when the trader pays it ("I pay 0.1%", "pay 0.1% per side").
 */
const PAY_VERBS = ['pay', 'pays', 'paying'];
const PAYERS = ['i', 'we', 'you', "i'm", 'im', "we're", "you're", "i'd", "we'd", "i'll", "we'll", 'and', 'to', 'please', 'just', 'also', 'then', 'so'];
/** "charges 20% interest", "paying 4% a year": a rate earned or owed over time, never a trading cost. */
const RATE_WORDS = phrases('interest', 'apy', 'apr', 'yield', 'dividend', 'dividends', 'coupon', 'annually', 'monthly', 'yearly',
  'a|per|each year|month|annum', 'in interest|dividends');
// "ex-fees", "gross of fees": desk words for a run without costs.
const ZERO_COST = phrases('no', 'zero', 'without', 'free of', 'ignore', 'ignoring', 'excluding', 'exclude', '0', 'ex', 'gross of');
const COST_FREE = phrases('free', 'less');
/** "ignore costs", "no transaction costs": costs said generically, every cost of a trade, slippage too. */
const GENERIC_COSTS = phrases('cost', 'costs', 'trading|transaction cost|costs');

/** Whether the cost noun from `nounAt` to `end` names costs generically ("all costs"), not fees ("brokerage costs"). */
export function isGenericCost(tokens: readonly Token[], nounAt: number, end: number): boolean {
  return matchLongest(tokens, nounAt, GENERIC_COSTS)?.end === end;
}
export const COST_LEADS: ReadonlySet<string> = new Set(['of', 'at', 'is', 'to', 'set', 'equal', 'around', 'about', 'with', 'a', 'an', 'be', 'are',
  // "for the slippage put 0,05%", "fees: assume 5 bps".
  'put', 'use', 'assume', 'take', 'consider',
  // "slippage would be 10 bps", "fees should probably be around 0.1%": a modal before "be" keeps the amount the noun's.
  'would', 'should', 'will', 'could', 'might', 'must', 'probably', 'roughly', 'approximately', 'approx', 'maybe', 'was', 'were',
  // "the fees shall be 0.05%", "fees ought to be 5 bps", "fees would amount to 0.1%": formal and second-language ways to set it.
  'shall', 'ought', 'need', 'needs', 'amount', 'amounts', 'amounting',
  // "comissão de 0,1%", "frais de 0.1%", "Gebühren von 5 Basispunkten": the Romance and German "of".
  'de', 'von',
  // "The fees please with 5 Basispunkte": a courtesy between the noun and its amount.
  'please',
  // "the commission let it be 0.05%", "the capital, make it 20k": the setting named first, then set through "it".
  'let', 'make', 'it']);
export const BPS_UNITS = [...phrases('bps', 'bp', 'bip', 'bips', 'basis point|points'), ...FOREIGN_BPS_UNITS];
// "net of 3 bps": what a result is after, the costs.
const NET_OF = phrases('net of');

/** "15m candles" is an interval, not money. */
const INTERVAL_WORDS = ['candle', 'candles', 'bar', 'bars', 'interval', 'intervals', 'timeframe', 'chart', 'charts', 'data'];
// "a $1,000,000 starting allocation": "allocation" alone is how weights split, so only after "starting" or "initial".
// "start cap 10k": the desk's "start" for "starting"; "initial 25k": the noun left out (nounless_initial.ts).
const CAPITAL_CUES = phrases('capital', 'starting|initial capital|balance|equity|investment|cash|bankroll|cap|allocation', 'start cap|capital|balance|bankroll', 'initial',
  'account size', 'account', 'bankroll',
  // "the capital initial of 5 thousand": the adjective after its noun, as Romance writers place it.
  'capital initial|inicial|iniziale',
  'budget', 'invest', 'investing', 'investment', 'principal', 'starting with', 'start with', 'beginning with', 'begin with',
  // "start me off with $5k": who is started sits between the verb and "with".
  'start|starting|begin|beginning me|us|it|things off with', 'start|starting|begin|beginning off with',
  // "My savings amount to $250,000": the money the writer has to put to work.
  'savings', 'savings amount|amounts|come|comes to', 'savings total|totals',
  // "cash=5000", "equity: 50k": a config's key, read only with its sign ("cash" alone is often the asset held).
  'cash|equity|balance =|:');
// "50k starting cap": "cap" is capital only after "starting" or "initial" ("volatility cap" is a limit).
// "25k initial": the noun left out after "initial", as chat writes it.
const CAPITAL_NOUNS = phrases('capital', 'starting|initial|opening capital|balance|equity|cap|stake|bankroll|pot|allocation', 'initial', 'account', 'bankroll', 'portfolio', 'budget', 'investment', 'stake');

export interface CostValue {
  bps: number;
  end: number;
  unitless: boolean;
}

/** "fees to zero", "slippage: nil": a cost written as a word for nothing. */
const NOTHING_WORDS = ['zero', 'nil', 'nothing', 'none'];

/** "five hundredths", "two tenths": the parts of one per cent a counted fraction names. */
const PARTS_OF_ONE: Readonly<Record<string, number>> = { tenth: 10, tenths: 10, twentieth: 20, twentieths: 20, hundredth: 100, hundredths: 100 };

/** "five hundredths" → 5 (per cent of one per cent), "a hundredth" → 1, "2 tenths" → 20: a count of parts, with the index past them. */
function readCountedFraction(tokens: readonly Token[], index: number): { percent: number; end: number } | undefined {
  const count = isWord(tokens[index], 'a', 'one') ? { value: 1, end: index + 1 } : isNumber(tokens[index]) ? { value: tokens[index]!.value, end: index + 1 } : readNumberWords(tokens, index);
  const parts = count && tokens[count.end];
  if (!count || !isWord(parts) || !Object.hasOwn(PARTS_OF_ONE, parts!.norm)) return undefined;
  return { percent: (count.value / PARTS_OF_ONE[parts!.norm]!) * 100, end: count.end + 1 };
}

/** "a fifth of a percent" (20 bps), "half a percent" (50 bps), "five hundredths of a percent" (5 bps): a share of one per cent is that many basis points. */
function readPercentFraction(tokens: readonly Token[], index: number): CostValue | undefined {
  // "fees of a fifth…": the article may have been passed over as a lead, and belongs to the fraction.
  const fraction = readFractionWords(tokens, index) ?? (isWord(tokens[index - 1], 'a', 'one') ? readFractionWords(tokens, index - 1) : undefined)
    ?? readCountedFraction(tokens, index) ?? (isWord(tokens[index - 1], 'a', 'one') ? readCountedFraction(tokens, index - 1) : undefined);
  if (!fraction) return undefined;
  const article = matchLongest(tokens, fraction.end, phrases('of a|one', 'a', 'of'));
  const end = article && percentSignEnd(tokens, article.end);
  return end === undefined ? undefined : { bps: roundClean(fraction.percent), end, unitless: false };
}

export function readCostValue(tokens: readonly Token[], index: number): CostValue | undefined {
  if (isWord(tokens[index], ...NOTHING_WORDS)) return { bps: 0, end: index + 1, unitless: false };
  const fraction = readPercentFraction(tokens, index);
  if (fraction) return fraction;
  const number = tokens[index];
  if (!isNumber(number)) return undefined;
  const percentEnd = percentSignEnd(tokens, index + 1);
  if (percentEnd !== undefined) return { bps: roundClean(number.value * 100), end: percentEnd, unitless: false };
  const bps = matchLongest(tokens, index + 1, BPS_UNITS);
  return bps ? { bps: number.value, end: bps.end, unitless: false } : { bps: number.value, end: index + 1, unitless: true };
}

/** A unit written into a setting's key, as a programmer names it: "fees_bps=5", "slippage_pct: 0.05". */
const KEY_UNITS = phrases('bps', 'bp', 'pct', 'percent', 'perc');
const BPS_KEYS = ['bps', 'bp'];

/** "fees_bps=5" (5 bps), "fee_pct 0.1" (10 bps): the unit named in the key says what a bare number after it counts. */
function readKeyedCost(tokens: readonly Token[], index: number): CostValue | undefined {
  const unit = matchLongest(tokens, index, KEY_UNITS);
  if (!unit) return undefined;
  const valueAt = isPunct(tokens[unit.end], '=', ':') ? unit.end + 1 : unit.end;
  const value = readCostValue(tokens, valueAt);
  if (!value?.unitless) return value;
  return { bps: isWord(tokens[index], ...BPS_KEYS) ? value.bps : roundClean(value.bps * 100), end: value.end, unitless: false };
}

/** "comisión 5 pb": a bare amount right after a fee word, followed by a unit said only there, is basis points. */
function withNounBoundBps(tokens: readonly Token[], value: CostValue | undefined): CostValue | undefined {
  const end = value?.unitless ? nounBoundBpsEnd(tokens, value.end) : undefined;
  return end === undefined ? value : { ...value!, end, unitless: false };
}

export function costClauses(kind: CostKind, value: CostValue): Clause[] {
  const clauses: Clause[] = [{ kind, bps: roundClean(value.bps) }];
  if (value.unitless && value.bps !== 0) clauses.push({ kind: 'note', text: `read ${kind} ${value.bps} as ${value.bps} bps` });
  return clauses;
}

/** A percent after a verb of paying is the trader's cost when they pay it: "I pay 0.1%", or as an instruction ("pay 0.1%"), written in bps. */
function isPaidByTrader(tokens: readonly Token[], verbAt: number, valueEnd: number): boolean {
  if (!isWord(tokens[verbAt], ...PAY_VERBS)) return true;
  const before = tokens[verbAt - 1];
  return !isWord(before) || isWord(before, ...PAYERS) || matchLongest(tokens, valueEnd, BPS_UNITS) !== undefined;
}

/**
 * "5 bps in fees and 5 in slippage", ", 5 in fees": "in" or "for" joins a bare number to its cost only in a
 * list of costs, after one written with its unit in the sentence or opening an item of its own. A sum put
 * to the costs is money, not basis points: "I pay $5 in fees", "set aside 100 for fees".
 */
function joinsBareCost(tokens: readonly Token[], numberAt: number): boolean {
  const before = tokens[numberAt - 1];
  const sentence = tokens[numberAt]!.sentence;
  if (before === undefined || before.sentence !== sentence || isPunct(before, ',', ';', '(')) return true;
  if (isPunct(before, ...CURRENCY_SIGNS)) return false;
  // A plain scan, not readCost again: reading each earlier cost in full, which may join its own bare numbers,
  // grew exponentially with a list of them ("5 in fees and 5 in slippage and …").
  for (let at = numberAt - 1; at >= 0 && tokens[at]!.sentence === sentence; at--) {
    if (isCostWithUnitAt(tokens, at)) return true;
  }
  return false;
}

/** "5 bps in fees", "fees 0.1%", "10 bps fees": an amount written with its unit beside a cost's noun. */
function isCostWithUnitAt(tokens: readonly Token[], at: number): boolean {
  if (!isNumber(tokens[at])) return false;
  const unitEnd = matchLongest(tokens, at + 1, BPS_UNITS)?.end ?? percentSignEnd(tokens, at + 1);
  if (unitEnd === undefined) return false;
  const nouns = [...BARE_COST_NOUNS.fees, ...BARE_COST_NOUNS.slippage];
  const nounAfter = isWord(tokens[unitEnd], 'in', 'of', 'for') ? unitEnd + 1 : unitEnd;
  return isWord(tokens[nounAfter], ...nouns) || [1, 2, 3].some((back) => isWord(tokens[at - back], ...nouns));
}

function readCost(tokens: readonly Token[], index: number, kind: CostKind): RecognizerMatch | undefined {
  const words = COST_WORDS[kind];
  // "no fees", "zero slippage"
  const zero = matchLongest(tokens, index, ZERO_COST);
  const zeroEnd = zero && (isPunct(tokens[zero.end], '-') ? zero.end + 1 : zero.end);
  const zeroAt = zeroEnd === undefined ? undefined : skipWords(tokens, zeroEnd, new Set(['the', 'any', 'trading', 'all']));
  const zeroNoun = zeroAt !== undefined && matchLongest(tokens, zeroAt, words);
  if (zeroNoun) {
    // "ignore costs", "no transaction costs": every cost is left out, slippage as well as fees.
    const generic = kind === 'fees' && isGenericCost(tokens, zeroAt!, zeroNoun.end);
    return { end: zeroNoun.end, clauses: generic ? [{ kind, bps: 0 }, { kind: 'slippage', bps: 0 }] : [{ kind, bps: 0 }] };
  }
  // "fee-free", "commission free", "slippage-less"
  const noun = matchLongest(tokens, index, words);
  const free = noun && matchLongest(tokens, isPunct(tokens[noun.end], '-') ? noun.end + 1 : noun.end, COST_FREE);
  if (free) return { end: free.end, clauses: kind === 'fees' && isGenericCost(tokens, index, noun.end) ? [{ kind, bps: 0 }, { kind: 'slippage', bps: 0 }] : [{ kind, bps: 0 }] };
  // "fees of 5 bps", "commission: 0.1%"
  if (noun) {
    const keyed = readKeyedCost(tokens, noun.end);
    if (keyed) return { end: keyed.end, clauses: costClauses(kind, keyed) };
    // "fees (0bps)": an amount in brackets right after its noun is that noun's.
    const nounEnd = pastCostValueNoun(tokens, noun.end);
    const valueAt = isPunct(tokens[nounEnd], '=', ':', '(') ? nounEnd + 1 : skipWords(tokens, pastCostPlace(tokens, pastSetOn(tokens, index, nounEnd)), COST_LEADS);
    const value = withNounBoundBps(tokens, readCostValue(tokens, valueAt));
    // "commission of 0.1% a side": how it is charged may follow the amount.
    const per = value && !value.unitless ? matchLongest(tokens, value.end, CHARGED_PER) : undefined;
    return value && { end: per?.end ?? value.end, clauses: costClauses(kind, value) };
  }
  // "charge 5 bps a trade (in fees)": a verb of charging makes the amount a fee with no noun after it.
  const verb = matchLongest(tokens, index, COST_VERBS);
  const charged = verb && readCost(tokens, skipWords(tokens, verb.end, new Set(['a', 'an', 'of'])), kind);
  if (charged) return charged;
  // "0.1% fees", "5 bps of slippage"
  const value = readCostValue(tokens, verb?.end ?? index);
  if (!value) return undefined;
  if (verb && kind === 'fees' && !value.unitless) {
    const per = matchLongest(tokens, value.end, CHARGED_PER);
    if (matchLongest(tokens, value.end, RATE_WORDS) || (!per && !isPaidByTrader(tokens, index, value.end))) return undefined;
    const end = per?.end ?? value.end;
    // "charge 5 bps slippage", "assume 10 bps of slippage": the noun after the amount says which cost it is.
    return matchLongest(tokens, skipWords(tokens, end, new Set(['of', 'in', 'for'])), COST_WORDS.slippage) ? undefined : { end, clauses: costClauses(kind, value) };
  }
  // "10bps fees 5 slip": a bare number right before its cost's own noun is that cost, in bps (noted).
  if (value.unitless) {
    // "5 pb de comisión": a unit said only beside a fee word, then the word.
    const bound = kind === 'fees' ? nounBoundBpsEnd(tokens, value.end) : undefined;
    const unitEnd = bound ?? value.end;
    // "10 bps fees and 5 of slippage", "5 bps in fees and 5 in slippage": "of", "in" or "for" may join the bare number to its noun.
    const joined = isWord(tokens[unitEnd], 'of', ...(bound === undefined ? [] : ['de'])) || (isWord(tokens[unitEnd], 'in', 'for') && joinsBareCost(tokens, verb?.end ?? index));
    const nounAt = joined ? unitEnd + 1 : unitEnd;
    const bare = isWord(tokens[nounAt], ...BARE_COST_NOUNS[kind]) ? nounAt + 1 : undefined;
    // "2022 fees 5bps": a noun followed by its own amount is that amount's; the bare number before it is something else.
    if (bare !== undefined && readCost(tokens, nounAt, kind)) return undefined;
    return bare === undefined ? undefined : { end: bare, clauses: costClauses(kind, bound === undefined ? value : { ...value, unitless: false }) };
  }
  // "5bps one-way costs": how the cost is charged may sit between the amount and its noun.
  const nounAt = (at: number) => matchLongest(tokens, skipWords(tokens, at, new Set(['of', 'in', 'for', 'trading'])), words);
  const side = matchLongest(tokens, value.end, CHARGED_PER);
  // "0.075% per side" alone: "per side" is the noun itself.
  const after = (side && nounAt(side.end)) ?? nounAt(value.end);
  // "1.5% fees per trade": how it is charged may follow the noun too.
  return after && { end: matchLongest(tokens, after.end, CHARGED_PER)?.end ?? after.end, clauses: costClauses(kind, value) };
}

/** "taxes of 0.2% per operation": a tax charged per trade is the commission. */
function readPerTradeTax(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const noun = matchLongest(tokens, index, PER_TRADE_TAXES);
  const valueAt = noun && skipWords(tokens, noun.end, COST_LEADS);
  const value = valueAt !== undefined ? withNounBoundBps(tokens, readCostValue(tokens, valueAt)) : undefined;
  if (!value || value.unitless) return undefined;
  const per = matchLongest(tokens, value.end, CHARGED_PER);
  // "taxa de 5 pontos base": basis points are only ever a trading cost, so no trade need be named.
  const inBps = isNumber(tokens[valueAt!]) && (matchLongest(tokens, valueAt! + 1, BPS_UNITS) ?? nounBoundBpsEnd(tokens, valueAt! + 1)) !== undefined;
  return per || inBps ? { end: per?.end ?? value.end, clauses: costClauses('fees', value) } : undefined;
}

export interface Money {
  amount: number;
  end: number;
  /** Written with a currency or a k/m scale, so it is money even without "capital". */
  marked: boolean;
}

/** An amount of money at `index`: "$25k", "1.5m", "25,000 USD", "fifty thousand"; `marked` when written as money. */
export function readMoney(tokens: readonly Token[], index: number): Money | undefined {
  // "R$ 20.000", "Rs. 50,000": a sign written with its letter.
  const lettered = (isWord(tokens[index], 'r') && isPunct(tokens[index + 1], '$')) || (isWord(tokens[index], 'rs') && isNumber(tokens[index + 1]));
  const sign = lettered || isPunct(tokens[index], ...CURRENCY_SIGNS) || isWord(tokens[index], 'usd', 'eur', 'gbp', 'inr', 'brl', 'pln', 'chf');
  const at = lettered && isPunct(tokens[index + 1], '$') ? index + 2 : sign ? index + 1 : index;
  const number = tokens[at];
  if (!isNumber(number)) return readMoneyInWords(tokens, at);
  let end = at + 1;
  const scaleWord = tokens[end];
  // "20k", "20 thousand", and "20 k" (a lone k is only ever thousands; a lone m may be minutes).
  const spacedThousands = isWord(scaleWord, 'k') && !isPunct(tokens[end + 1], '=');
  // "1.5 mil", "2 mill": the desk's shortenings of "million" are scales too.
  const scale = scaleNamed(scaleWord);
  const scaled = scale !== undefined && (scaleWord!.joined || scaleWord!.norm.length > 2 || spacedThousands);
  if (scaled) end++;
  if (scaled && isWord(tokens[end], ...INTERVAL_WORDS)) return undefined;
  // "20 thousand of dollars": a scaled sum may name its currency after "of", as Romance languages say it.
  if (scaled && isWord(tokens[end], 'of') && isWord(tokens[end + 1], ...CURRENCY_WORDS)) end++;
  // "10000 €", "2.500,00 €": a sign after the amount, as much of Europe writes it (not "10 $200", which signs the next one).
  const currency = isWord(tokens[end], ...CURRENCY_WORDS) || (isPunct(tokens[end], ...CURRENCY_SIGNS) && !isNumber(tokens[end + 1]));
  if (currency) end++;
  return { amount: scaled ? scaleAmount(number.value, scale) : number.value, end, marked: sign || scaled || currency };
}

const POINTING_BACK = ['the', 'that', 'those', 'my', 'this'];

/**
 * "I have 2,000 dollars saved … starting with the 2000": "the" points back at a sum written as money
 * earlier in the message, so the bare number is that sum again, never a year.
 */
function readRecalledSum(tokens: readonly Token[], index: number): Money | undefined {
  const money = isWord(tokens[index], ...POINTING_BACK) ? readMoney(tokens, index + 1) : undefined;
  // "starting with the 2000 crash": a noun after the number makes it a year's name, not the sum again.
  const next = money && tokens[money.end];
  if (next && !isPunct(next) && !isWord(next, 'and', 'then', 'from', 'since', 'over', 'between', 'in', 'on', 'for')) return undefined;
  const toldBefore = money && tokens.slice(0, index).some((_, at) => {
    const earlier = readMoney(tokens, at);
    return earlier !== undefined && earlier.marked && earlier.amount === money.amount;
  });
  return toldBefore ? money : undefined;
}

function readCapital(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const cue = matchLongest(tokens, index, CAPITAL_CUES);
  if (cue) {
    const valueAt = isPunct(tokens[cue.end], '=', ':') ? cue.end + 1 : skipWords(tokens, cue.end, COST_LEADS);
    // "capital of a million and a half": an article passed over as a lead may belong to the amount.
    const money = readMoney(tokens, valueAt) ?? (isWord(tokens[valueAt - 1], 'a', 'an') ? readMoney(tokens, valueAt - 1) : undefined) ?? readRecalledSum(tokens, valueAt);
    if (money && isNounlessInitial(tokens, index) && !fitsAfterInitial(tokens, money)) return undefined;
    // "an index fund account with $100 a week": a contribution, not the starting balance.
    return money && !isRecurringAmount(tokens, money.end) ? { end: money.end, clauses: [{ kind: 'capital', amount: money.amount }] } : undefined;
  }
  const money = readMoney(tokens, index);
  if (!money) return undefined;
  const nounAt = skipWords(tokens, money.end, new Set(['of', 'in', 'as', 'for', 'a', 'an']));
  const named = matchLongest(tokens, nounAt, CAPITAL_NOUNS);
  const noun = named && isNounlessInitial(tokens, nounAt) && !fitsBeforeInitial(tokens, index, money) ? undefined : named;
  // "2022 starting capital 20k": a noun followed by its own amount leads that amount; the number before it is something else.
  if (noun && readCapital(tokens, nounAt)) return undefined;
  if (noun) return { end: noun.end, clauses: [{ kind: 'capital', amount: money.amount }] };
  // "a $50,000 start", "50k to start with": written as money ("a 2020 start" is a date), or a plain sum "to start".
  const start = money.marked ? matchLongest(tokens, money.end, START_NOUNS)?.end : startingSumEnd(tokens, index, money.end);
  if (start !== undefined) return { end: start, clauses: [{ kind: 'capital', amount: money.amount }] };
  return money.marked && !isStoryAmount(tokens, index, money.end) && !isPutToCost(tokens, money.end)
    ? { end: money.end, clauses: [{ kind: 'capital', amount: money.amount }] } : undefined;
}

/** Words between a sum and the cost it pays: "$5 for slippage", "$5 in fees", "$2 per trade commission". */
const COST_SUM_LINKS: ReadonlySet<string> = new Set(['in', 'for', 'on', 'of', 'per', 'each', 'a', 'trade', 'side', 'fill']);

/**
 * "$5 for slippage", "$2 per trade commission": a sum of money paid as a cost is no starting capital, and no
 * basis points either; it is left unread (and noted so), as the engine charges costs in bps.
 */
function isPutToCost(tokens: readonly Token[], end: number): boolean {
  const nounAt = skipWords(tokens, end, COST_SUM_LINKS);
  return isWord(tokens[nounAt], ...BARE_COST_NOUNS.fees, ...BARE_COST_NOUNS.slippage);
}

/** Words a bare cost in basis points may follow: "use 10 bps", "make it 10 bps", "btc 2022, 10 bps". */
const BARE_BPS_LEADS = ['use', 'using', 'with', 'at', 'assume', 'assuming', 'and', 'plus', 'try', 'it'];

/**
 * "use 10 bps", "sma on btc 2022, 10 bps": basis points with no cost named are the commission, the
 * cost a backtest charges first, with a note saying so; not after "by" ("beat SPY by 50 bps") or
 * anywhere but a lead, where they may be a spread or an excess return.
 */
function readBareBasisPoints(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const before = tokens[index - 1];
  if (before && !isPunct(before, ',', ';', ':') && !isWord(before, ...BARE_BPS_LEADS)) return undefined;
  if (!isNumber(tokens[index]) || !matchLongest(tokens, index + 1, BPS_UNITS)) return undefined;
  const value = readCostValue(tokens, index)!;
  return { end: value.end, clauses: [...costClauses('fees', value), { kind: 'note', text: `read '${value.bps} bps' as fees: no cost was named (say "slippage" for slippage)` }] };
}

/**
 * "net of 3 bps", "net of 0.05%": desk words for a result after costs, so the amount is the cost
 * charged, read as the commission (noted, as bare basis points are). With a cost named after it
 * ("net of 5 bps fees and 2 bps slippage") the amount is that cost's, read from the number on.
 */
function readNetOfCost(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const net = matchLongest(tokens, index, NET_OF);
  const value = net && readCostValue(tokens, net.end);
  if (!net || !value || value.unitless || readCost(tokens, net.end, 'fees') || readCost(tokens, net.end, 'slippage')) return undefined;
  const written = writtenText(tokens.slice(index, value.end));
  return { end: value.end, clauses: [...costClauses('fees', value), { kind: 'note', text: `read '${written}' as fees: no cost was named (say "slippage" for slippage)` }] };
}

const SAME_AMOUNT = phrases('the same', 'the same again|amount', 'same', 'same again|amount');
const OTHER_COST: Readonly<Record<CostKind, CostKind>> = { fees: 'slippage', slippage: 'fees' };

/**
 * "one tenth of a percent in fees and the same again in slippage": "the same" takes the amount of the
 * other cost, the last one written before it in the sentence.
 */
function readSameCost(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const same = matchLongest(tokens, index, SAME_AMOUNT);
  const nounAt = same && skipWords(tokens, same.end, new Set(['in', 'for', 'of', 'on']));
  const kind = nounAt === undefined ? undefined : (['fees', 'slippage'] as const).find((cost) => matchLongest(tokens, nounAt, COST_WORDS[cost]));
  if (!kind) return undefined;
  const sentence = tokens[index]!.sentence;
  for (let at = index - 1; at >= 0 && tokens[at]!.sentence === sentence; at--) {
    const earlier = readCost(tokens, at, OTHER_COST[kind])?.clauses.find((clause) => clause.kind === OTHER_COST[kind]);
    if (earlier?.kind === OTHER_COST[kind]) return { end: matchLongest(tokens, nounAt!, COST_WORDS[kind])!.end, clauses: [{ kind, bps: earlier.bps }] };
  }
  return undefined;
}

export const recognizeMoney: Recognizer = (tokens, index) =>
  readCost(tokens, index, 'fees') ?? readCost(tokens, index, 'slippage') ?? readPerTradeTax(tokens, index) ?? readCapital(tokens, index) ?? readBareBasisPoints(tokens, index)
    ?? readNetOfCost(tokens, index) ?? readSameCost(tokens, index);
