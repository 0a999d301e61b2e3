import { FOREIGN_ANDS } from '../foreign_ands.js';
import type { Clause, Recognizer, RecognizerContext, RecognizerMatch } from '../clauses.js';
import type { WrittenNumber } from '../parameter_slots.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, percentSignEnd, phrases, roundClean, skipWords } from '../token_matchers.js';
import { NUMBER_WORDS, readNumberWords } from '../number_words.js';
import { readFractionWords } from './written_shares.js';
import { isWholeSplit } from '../written_weights.js';
import { isClauseDash, isInLifeClause } from './life_clauses.js';
import { matchSymbolAt, pastAssetNoun } from './symbols.js';
import { unknownTickerAt } from './unknown_list_tickers.js';
import { LONG_SHORT_LABELS, readDirectionWord, readSignedSplit, readTradeVerb, readTrailingDirection, readWeightSign } from './weight_directions.js';

/**
 * Portfolios: "60/40 BTC ETH", "BTC/ETH 60/40", "50% BTC, 30% ETH and 20% SOL", "BTC 60%, ETH 40%",
 * "0.5 BTC, 0.25 ETH" (decimal fractions, never mixed with percentages), "the rest in cash" after them,
 * "equal-weight BTC ETH SOL", "a portfolio of BTC and ETH" (no weights = equal weights). Weights
 * become fractions: divided by 100 when written as percentages or summing to more than 1.5.
 * "individually" / "no portfolio" turn a portfolio back into separate runs.
 */
const LIST_JOINERS = [',', 'and', '&', '/', '+', 'plus'];
const PORTFOLIO_NOUNS = phrases('portfolio', 'portfolios', 'basket', 'allocation', 'split', 'mix', 'blend');
/** "a 60/40 ETH/BTC book", "a 120/-20 BTC/ETH book": what a desk calls a split, besides a portfolio noun. */
const BOOK_NOUNS = [...PORTFOLIO_NOUNS, ...phrases('book')];
/** "equal amounts in each", "the same amount in each", "equal money in each": the same sum put in every holding. */
const EQUAL_SUMS = ['equal|same amount|amounts|money|sums|stakes in|into|on each|both', 'the same amount|money|sum|stake in|into|on each|both', 'equal amounts|sums|stakes'];
/** "eq wt", "eq-wtd": a desk's shorthand for equal weights; "eq" alone is too short to read. */
const SHORT_EQUAL_WEIGHT = 'eq wt|wts|wtd|weight|weights|weighted';
const NOUN_LINKS: ReadonlySet<string> = new Set(['of', 'in', 'with', 'across', 'between', 'into', 'for', 'to', 'a', 'an', 'the']);
/** "equal weightage": Indian English's noun for a weighting. */
const EQUAL_WEIGHT = phrases('equal|equally weight|weights|weighted|weightage|allocation|split', 'equal', 'equally', 'same weight|weights', SHORT_EQUAL_WEIGHT,
  // "split the money evenly between gold and the Nasdaq-100 ETF".
  'evenly|equally between|across|among', 'evenly',
  // "equal money in each of SPY, QQQ and GLD", "equal amounts of BTC and ETH": the same sum in each is equal weights.
  ...EQUAL_SUMS);
const WEIGH_VERBS = 'weight|weigh|split|spread|divide';
const HOLDING_COUNTS = 'two|three|four|five|six|seven|eight|2|3|4|5|6|7|8';
/** "make it an even split", "equal weights please", "split it evenly", "with equal amounts in each": equal weights for the symbols already named. */
const EQUAL_SPLIT = phrases(...EQUAL_SUMS, 'equal|equally|even|evenly weight|weights|weighted|weighting|weightage|allocation|split', 'an|a equal|even split|allocation|weighting',
  'split it|them|everything evenly|equally', 'split the money evenly|equally', 'same weight|weights', 'split evenly|equally', SHORT_EQUAL_WEIGHT,
  // "add SOL and ADA and just weight all four equally": every holding named so far, the same weight.
  `${WEIGH_VERBS} them|all|both|everything|each equally|evenly`, `${WEIGH_VERBS} them all|both equally|evenly`, `${WEIGH_VERBS} all of them equally|evenly`,
  `${WEIGH_VERBS} all|the ${HOLDING_COUNTS} equally|evenly`,
  // "add qqq and spy, all four equal"; "drop spy, keep the rest equal": the holdings left after the change.
  `all ${HOLDING_COUNTS} equal|equally|even|evenly`, `all ${HOLDING_COUNTS} equal|equally|evenly weighted`,
  'keep|leave|make the rest|others|remaining equal|equally|even|evenly', 'keep|leave|make the rest|others|remaining equal|equally|evenly weighted');
const SEPARATE_RUNS = phrases('individually', 'separately', 'no portfolio', 'not as a portfolio', 'without a portfolio', 'each on its own');

interface SymbolList {
  symbols: string[];
  end: number;
  /** How many are unknown lower-case tickers (unknown_list_tickers.ts). */
  unknown: number;
}

interface WeightedItem {
  symbol: string;
  weight: number;
  end: number;
  /** Written "BTC 50", not "50 BTC" (which may be a quantity of coins). */
  symbolFirst: boolean;
  /** A trade verb says it is a holding ("put 80% into BTC", "short 20% DOGE"), even as the only one. */
  traded: boolean;
}

/**
 * "60-40 ETH-BTC": two symbols hyphenated as one word are listed, as "ETH/BTC" is. A quote
 * currency after the hyphen ("BTC-USD") was read with its base as one symbol before this.
 */
function isHyphen(tokens: readonly Token[], index: number): boolean {
  return isPunct(tokens[index], '-') && tokens[index]!.joined && tokens[index + 1]?.joined === true;
}

/** With `unknownTickers`, also lower-case words we have no data for ("spy tlt"), for a split to weigh only. */
function readSymbolList(tokens: readonly Token[], index: number, context: RecognizerContext, unknownTickers = false): SymbolList | undefined {
  const symbols: string[] = [];
  let unknown = 0;
  // "add ETH, split 50/50", "btc eth equal weight": the split's own words are no tickers.
  const splitWordAt = (at: number) => [PORTFOLIO_NOUNS, BOOK_NOUNS, EQUAL_WEIGHT, REST].some((words) => matchLongest(tokens, at, words)) || isWord(tokens[at], ...WEIGHT_NOUNS, ...WEIGHT_LEADS);
  const symbolAt = (at: number) => matchSymbolAt(tokens, at, { shouting: context.shouting, strong: true })
    ?? (unknownTickers && !splitWordAt(at) ? unknownTickerAt(tokens, at) : undefined);
  let position = index;
  for (;;) {
    const found = symbolAt(position);
    if (!found) break;
    if (!matchSymbolAt(tokens, position, { shouting: context.shouting, strong: true })) unknown++;
    symbols.push(found.symbol);
    // "the Nasdaq-100 ETF + S&P fund": each holding may carry the noun saying what it is.
    position = pastAssetNoun(tokens, found.end);
    const joiner = tokens[position];
    // "gold and the Nasdaq-100 ETF": an article after the joiner.
    const next = isWord(tokens[position + 1], 'the') ? position + 2 : position + 1;
    if (joiner && (LIST_JOINERS.includes(joiner.norm) || isHyphen(tokens, position)) && symbolAt(next)) position = next;
    else if (isPunct(joiner, ',') && isWord(tokens[position + 1], 'and')) position += 2;
  }
  return symbols.length > 0 ? { symbols, end: position, unknown } : undefined;
}

/** The list read again with unknown lower-case tickers, when it then holds one beside a known symbol. */
function listWithUnknownTickers(tokens: readonly Token[], index: number, context: RecognizerContext): SymbolList | undefined {
  const wider = readSymbolList(tokens, index, context, true);
  return wider && wider.unknown > 0 && wider.unknown < wider.symbols.length ? wider : undefined;
}

/**
 * "60/40", "50/30/20", "60%/40%", "70 : 30"; `written` keeps each number as written, for when they are
 * no weights. Joined by colons only, numbers that do not make 100 are a ratio ("2:1" is 2/3 and 1/3).
 */
export function readWeightGroup(tokens: readonly Token[], index: number): { weights: number[]; written: WrittenNumber[]; percent: boolean; end: number } | undefined {
  const weights: number[] = [];
  const written: WrittenNumber[] = [];
  let percent = false;
  let colonsOnly = true;
  let position = index;
  while (isNumber(tokens[position]) && tokens[position]!.value <= 100) {
    weights.push(tokens[position]!.value);
    written.push({ value: tokens[position]!.value, decimal: tokens[position]!.norm.includes('.') });
    position++;
    const sign = percentSignEnd(tokens, position);
    if (sign !== undefined) { percent = true; position = sign; }
    // "30/70 — 25k initial": a dash between clauses ends the split; "60-40" joins it.
    if (!isPunct(tokens[position], '/', '-', ':') || isClauseDash(tokens[position], tokens[position + 1]) || !isNumber(tokens[position + 1]) || isClockTime(tokens, position)) break;
    if (!isPunct(tokens[position], ':')) colonsOnly = false;
    position++;
  }
  if (weights.length < 2) return undefined;
  const sum = weights.reduce((total, weight) => total + weight, 0);
  const ratio = colonsOnly && !percent && sum !== 100 && sum > 0;
  return { weights: ratio ? weights.map((weight) => roundClean((weight / sum) * 100)) : weights, written, percent, end: position };
}

/** "my flight is at 7:45": hours and two-digit minutes around a colon tell the time, never a split. */
function isClockTime(tokens: readonly Token[], colonAt: number): boolean {
  const hours = tokens[colonAt - 1];
  const minutes = tokens[colonAt + 1];
  return isPunct(tokens[colonAt], ':') && isNumber(hours) && isNumber(minutes) && hours!.value <= 23 && /^[0-5]\d$/.test(minutes!.text);
}

export function toFractions(weights: readonly number[], percent: boolean): number[] {
  const sum = weights.reduce((total, weight) => total + weight, 0);
  return percent || sum > 1.5 ? weights.map((weight) => weight / 100) : [...weights];
}

/** "the rest in cash" after the weights: weights under 100 % are meant, not a slip (written_weights.ts). */
const REST_IN_CASH = phrases('rest|remainder|remaining in|as cash', 'the rest|remainder in|as cash', 'rest|remainder cash', 'cash',
  'keep|leave|hold|park the rest|remainder in cash', 'the rest|remainder stays|sits|is|in cash', 'the rest|remainder stays|sits|is in cash');
const CASH_JOINERS: ReadonlySet<string> = new Set(['and', 'plus', 'with']);

/** Index past "(,) the rest in cash" or "(,) 10% cash" at `index`, if written there. */
export function readRestInCash(tokens: readonly Token[], index: number): number | undefined {
  const at = skipWords(tokens, isPunct(tokens[index], ',', '/', '+', '&') ? index + 1 : index, CASH_JOINERS);
  const sign = isNumber(tokens[at]) ? percentSignEnd(tokens, at + 1) : undefined;
  const share = sign === undefined ? at : skipWords(tokens, sign, new Set(['in', 'as']));
  const found = matchLongest(tokens, share, REST_IN_CASH);
  return found && (share === at || isWord(tokens[share], 'cash')) ? found.end : undefined;
}

function portfolioOf(symbols: readonly string[], fractions: readonly number[], end: number, tokens: readonly Token[]): RecognizerMatch | undefined {
  if (symbols.length < 2 || new Set(symbols).size !== symbols.length || symbols.length !== fractions.length) return undefined;
  const weights: Record<string, number> = {};
  symbols.forEach((symbol, position) => { weights[symbol] = fractions[position]!; });
  const clauses: Clause[] = symbols.map((symbol) => ({ kind: 'symbol', symbol }));
  const cashEnd = readRestInCash(tokens, end);
  clauses.push({ kind: 'portfolio', weights, ...(cashEnd === undefined ? {} : { restInCash: true }) });
  return { end: cashEnd ?? end, clauses };
}

function equalWeights(symbols: readonly string[]): number[] {
  return symbols.map(() => 1 / symbols.length);
}

function afterNoun(tokens: readonly Token[], index: number): number {
  return skipWords(tokens, index, NOUN_LINKS);
}

/** "3:1", "2:1:1": parts of a whole, as fractions of their sum. */
function readRatio(tokens: readonly Token[], index: number): { fractions: number[]; end: number } | undefined {
  const parts: number[] = [];
  let position = index;
  while (isNumber(tokens[position]) && tokens[position]!.value > 0) {
    parts.push(tokens[position]!.value);
    position++;
    if (!isPunct(tokens[position], ':') || !isNumber(tokens[position + 1])) break;
    position++;
  }
  const sum = parts.reduce((total, part) => total + part, 0);
  return parts.length >= 2 ? { fractions: parts.map((part) => part / sum), end: position } : undefined;
}

/** "a 3:1 mix of QQQ to GLD", "2:1:1 BTC ETH SOL": a ratio's parts are the weights, in the order of the symbols. */
function ratioAndList(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const ratio = readRatio(tokens, index);
  if (!ratio) return undefined;
  const noun = matchLongest(tokens, ratio.end, PORTFOLIO_NOUNS);
  const symbols: string[] = [];
  let position = afterNoun(tokens, noun ? noun.end : ratio.end);
  for (;;) {
    const found = matchSymbolAt(tokens, position, { shouting: context.shouting, strong: true });
    if (!found) break;
    symbols.push(found.symbol);
    position = found.end;
    const next = isWord(tokens[position], 'to', 'and', 'vs', 'versus') || isPunct(tokens[position], ',', '/') ? position + 1 : position;
    if (!matchSymbolAt(tokens, next, { shouting: context.shouting, strong: true })) break;
    position = next;
  }
  return symbols.length === ratio.fractions.length ? portfolioOf(symbols, ratio.fractions, position, tokens) : undefined;
}

/**
 * "btc n eth 50 50", "spy tlt 60 40": whole numbers written with spaces after the symbols, one for
 * each and adding up to 100, split them as "50/50" would, unless a strategy of the request can run
 * them ("rsi on btc and eth 30 70" is the bands; weights_or_parameters.ts decides).
 */
function readSpacedSplit(tokens: readonly Token[], index: number, list: SymbolList): RecognizerMatch | undefined {
  const count = list.symbols.length;
  const numbers = tokens.slice(index, index + count);
  const whole = count >= 2 && numbers.length === count && numbers.every((token) => isNumber(token) && Number.isInteger(token.value) && token.value > 0);
  // A further number or a per cent sign makes the group something else ("30 70 14", "50 50%").
  if (!whole || isNumber(tokens[index + count]) || percentSignEnd(tokens, index + count) !== undefined) return undefined;
  const values = numbers.map((token) => token.value);
  if (values.reduce((sum, value) => sum + value, 0) !== 100) return undefined;
  const clauses: Clause[] = list.symbols.map((symbol) => ({ kind: 'symbol', symbol }));
  clauses.push({ kind: 'portfolio_weights', weights: values.map((value) => value / 100), orParameters: values.map((value) => ({ value, decimal: false })) });
  return { end: index + count, clauses };
}

/** "60/40 BTC ETH" and "BTC/ETH 60/40". */
const WEIGHT_NOUNS = ['weights', 'weight', 'weighting', 'weightings', 'weightage', 'weighted', 'split', 'allocation', 'mix'];

/**
 * "BTC and ETH with 20/50": after "with", numbers that do not add up to 100 % and are not written as
 * per cent or named weights are a strategy's settings (weights_or_parameters.ts), not a slip in weights.
 */
function settingsAfterWith(tokens: readonly Token[], weightsAt: number, group: { weights: number[]; percent: boolean; end: number }, named: boolean): boolean {
  if (named || group.percent || !isWord(tokens[weightsAt - 1], 'with') || isWord(tokens[group.end], ...WEIGHT_NOUNS)) return false;
  return !isWholeSplit(toFractions(group.weights, group.percent));
}

function weightsAndList(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const group = readWeightGroup(tokens, index);
  if (group) {
    const noun = matchLongest(tokens, group.end, PORTFOLIO_NOUNS);
    const listAt = afterNoun(tokens, noun ? noun.end : group.end);
    const known = readSymbolList(tokens, listAt, context);
    // "60/40 spy tlt": a weight for each only with the unknown ticker in the list.
    const list = known?.symbols.length === group.weights.length ? known : listWithUnknownTickers(tokens, listAt, context) ?? known;
    if (!list) return undefined;
    // "60/40 BTC ETH portfolio", "a 60-40 ETH-BTC book": the noun after the list is part of the phrase, not a word left unread.
    const trailingNoun = noun ? undefined : matchLongest(tokens, list.end, BOOK_NOUNS);
    return portfolioOf(list.symbols, toFractions(group.weights, group.percent), trailingNoun ? trailingNoun.end : list.end, tokens);
  }
  const known = readSymbolList(tokens, index, context);
  if (!known) return undefined;
  const weighed = listThenWeights(tokens, known);
  if (weighed) return weighed;
  // "spy tlt 60/40", "qqq and tlt 70 30": with its unknown tickers, the list weighed by numbers after it, a weight for each.
  const wider = listWithUnknownTickers(tokens, index, context);
  return wider && isNumber(tokens[skipWords(tokens, wider.end, WEIGHT_LEADS)]) ? listThenWeights(tokens, wider) : undefined;
}

const WEIGHT_LEADS: ReadonlySet<string> = new Set(['at', 'with', 'weighted', 'in', 'of', 'split']);

/**
 * "bnb+ltc ew, golden x": the desk's "ew" (equal weight), only straight after the list and ending its
 * clause, as elsewhere "ew" may be a grimace.
 */
function equalWeightInitialsEnd(tokens: readonly Token[], index: number): number | undefined {
  const next = tokens[index + 1];
  return isWord(tokens[index], 'ew') && (next === undefined || next.kind === 'punct') ? index + 1 : undefined;
}

/** "BTC/ETH 60/40", "btc n eth 50 50", "BTC ETH equal weight", "BTC and ETH portfolio": a list, then what weighs it. */
function listThenWeights(tokens: readonly Token[], list: SymbolList): RecognizerMatch | undefined {
  const noun = matchLongest(tokens, list.end, PORTFOLIO_NOUNS);
  const weightsAt = skipWords(tokens, noun ? noun.end : list.end, WEIGHT_LEADS);
  const trailing = readWeightGroup(tokens, weightsAt);
  if (trailing && !settingsAfterWith(tokens, weightsAt, trailing, noun !== undefined)) {
    const nounAfter = noun ? undefined : matchLongest(tokens, trailing.end, PORTFOLIO_NOUNS);
    return portfolioOf(list.symbols, toFractions(trailing.weights, trailing.percent), nounAfter ? nounAfter.end : trailing.end, tokens);
  }
  const spaced = noun ? undefined : readSpacedSplit(tokens, weightsAt, list);
  if (spaced) return spaced;
  const equal = matchLongest(tokens, list.end, EQUAL_WEIGHT)?.end ?? equalWeightInitialsEnd(tokens, list.end);
  if (equal) return portfolioOf(list.symbols, equalWeights(list.symbols), equal, tokens);
  return noun ? portfolioOf(list.symbols, equalWeights(list.symbols), noun.end, tokens) : undefined;
}

/**
 * "60/40 BTC/ETH", "a 70-30 portfolio of BTC and ETH": a split that weights the symbols after it.
 * `named` when a portfolio noun says so, which no strategy's numbers could mean.
 */
export function splitOfSymbolsAt(tokens: readonly Token[], index: number, context: RecognizerContext): { named: boolean; fractions: number[]; written: WrittenNumber[] } | undefined {
  const group = readWeightGroup(tokens, index);
  const portfolio = group && weightsAndList(tokens, index, context);
  if (!group || !portfolio) return undefined;
  const named = tokens.slice(group.end, portfolio.end).some((_, offset) => matchLongest(tokens, group.end + offset, PORTFOLIO_NOUNS));
  return { named, fractions: toFractions(group.weights, group.percent), written: group.written };
}

/**
 * How an item's weight is written: "50%"; in a list of fractions only, "0.5"; or, only beside a
 * portfolio noun, whole per cent without the sign ("BTC 50 ETH 30 SOL 20 portfolio"). Weights that
 * do not add up to 100 are then refused as such (written_weights.ts), never read as anything else.
 */
type WeightUnit = 'percent' | 'fraction' | 'whole';
const WEIGHT_UNITS: readonly WeightUnit[] = ['percent', 'fraction', 'whole'];

/** The weight written at `index` in `unit`, as a fraction, and the index past it. */
function readWeight(tokens: readonly Token[], index: number, unit: WeightUnit): { weight: number; end: number } | undefined {
  // "-20% doge +120% btc": the sign is the leg's direction, never dropped.
  const sign = unit === 'percent' ? readWeightSign(tokens, index) : undefined;
  const signed = sign && readWeight(tokens, sign.end, unit);
  if (sign) return signed && { weight: sign.direction * signed.weight, end: signed.end };
  const number = tokens[index];
  // Shares in words: "half BTC, half ETH", "a quarter each in QQQ and GLD", "three-fifths in bitcoin" (only as two or more holdings).
  // "half bitcoin, 30% ether, 20% solana": a share in words stands beside percentages too.
  const share = unit === 'fraction' || unit === 'percent' ? readFractionWords(tokens, index) : undefined;
  if (share) return { weight: share.percent / 100, end: share.end };
  if (unit === 'percent') {
    const words = isNumber(number) ? undefined : readNumberWords(tokens, index);
    // "sixty percent QQQ": a number in words counts only with its per cent sign ("a" and "an" are no weights).
    const signEnd = words && !isWord(number, 'a', 'an') ? percentSignEnd(tokens, words.end) : undefined;
    if (words && signEnd !== undefined) return { weight: words.value / 100, end: signEnd };
  }
  if (!isNumber(number)) return undefined;
  const signEnd = percentSignEnd(tokens, index + 1);
  if (unit === 'percent') return signEnd === undefined ? undefined : { weight: number.value / 100, end: signEnd };
  // Only a decimal fraction: "0.5 BTC" is half, while "2 BTC" would be a quantity we do not read.
  if (signEnd !== undefined) return undefined;
  if (unit === 'whole') return Number.isInteger(number.value) && number.value > 0 && number.value <= 100 ? { weight: number.value / 100, end: index + 1 } : undefined;
  const fraction = number.text.includes('.') && number.value > 0 && number.value <= 1;
  return fraction ? { weight: number.value, end: index + 1 } : undefined;
}

/**
 * "50% of my money in BTC", "half my money in BTC": the capital named between a weight and its symbol,
 * also someone else's, as one writes for a parent: "90% of his savings in the S&P 500 fund".
 */
const OF_THE_CAPITAL = phrases('of my|the|our|your|his|her|their money|capital|cash|funds|portfolio|account|equity|savings',
  'my|the|our|your money|capital|cash|funds|portfolio|account|equity');
// "60% in the S&P fund": an article may stand before the holding; "70 percent for the Bitcoin": the share for it.
const BEFORE_SYMBOL: ReadonlySet<string> = new Set(['in', 'of', 'to', 'into', 'for', 'the']);

/**
 * "50% BTC" or "BTC 50%" (also "50% in BTC", "BTC at 50%", "0.5 BTC", "BTC 0.5", "a quarter each in QQQ and GLD");
 * with per cents, a trade verb around them: "put 120% into BTC", "short 20% DOGE", "20% short DOGE", "long BTC 130%", "DOGE 20% short".
 */
function readWeightedItems(tokens: readonly Token[], index: number, context: RecognizerContext, unit: WeightUnit): WeightedItem[] | undefined {
  const verb = unit === 'percent' ? readTradeVerb(tokens, index) : undefined;
  const items = readItemsAt(tokens, verb ? verb.end : index, context, unit);
  if (!items || !verb) return items;
  return items.map((item) => ({ ...item, weight: verb.direction * item.weight, traded: true }));
}

function readItemsAt(tokens: readonly Token[], index: number, context: RecognizerContext, unit: WeightUnit): WeightedItem[] | undefined {
  const before = readWeight(tokens, index, unit);
  if (before) {
    const direction = unit === 'percent' ? readDirectionWord(tokens, before.end) : undefined;
    const capital = unit === 'fraction' || unit === 'percent' ? matchLongest(tokens, before.end, OF_THE_CAPITAL) : undefined;
    const weight = (direction?.direction ?? 1) * before.weight;
    const afterWeight = direction?.end ?? capital?.end ?? before.end;
    const each = isWord(tokens[afterWeight], 'each', 'apiece');
    const at = skipWords(tokens, each ? afterWeight + 1 : afterWeight, direction ? new Set([...BEFORE_SYMBOL, 'on']) : BEFORE_SYMBOL);
    if (each) {
      const list = readSymbolList(tokens, at, context);
      return list && list.symbols.length >= 2 ? list.symbols.map((symbol) => ({ symbol, weight, end: list.end, symbolFirst: false, traded: direction !== undefined })) : undefined;
    }
    const found = matchSymbolAt(tokens, at, { shouting: context.shouting, strong: true });
    return found && [withTrailingDirection(tokens, { symbol: found.symbol, weight, end: pastAssetNoun(tokens, found.end), symbolFirst: false, traded: direction !== undefined }, unit)];
  }
  const item = readSymbolThenWeight(tokens, index, context, unit);
  return item && [withTrailingDirection(tokens, item, unit)];
}

/** "DOGE 20% short", "20% BTC long": a direction closing a per cent item. */
function withTrailingDirection(tokens: readonly Token[], item: WeightedItem, unit: WeightUnit): WeightedItem {
  const direction = unit === 'percent' && !item.traded ? readTrailingDirection(tokens, item.end) : undefined;
  return direction ? { ...item, weight: direction.direction * item.weight, end: direction.end, traded: true } : item;
}

/** "BTC 50%", "BTC at 50%", "BTC 0.5": the symbol first, then its weight. */
function readSymbolThenWeight(tokens: readonly Token[], index: number, context: RecognizerContext, unit: WeightUnit): WeightedItem | undefined {
  const found = matchSymbolAt(tokens, index, { shouting: context.shouting, strong: true });
  if (!found) return undefined;
  const at = isPunct(tokens[found.end], ':', '=', '@') || isWord(tokens[found.end], 'at') ? found.end + 1 : found.end;
  const after = readWeight(tokens, at, unit);
  return after && { symbol: found.symbol, weight: after.weight, end: after.end, symbolFirst: true, traded: false };
}


/** Units after a whole number that make it a window or a span, not a weight: "BTC 20 day". */
const NOT_WEIGHT_UNITS = ['day', 'days', 'bar', 'bars', 'period', 'periods', 'd', 'h', 'm', 'w', 'k', 'bps', 'bp', 'x', 'year', 'years', 'month', 'months', 'week', 'weeks'];

/**
 * "BTC 50 ETH 30" (or "70 BTC 30 ETH" opening the list): two or more symbols each beside a whole
 * number with no unit can only be weights, so they are read as such even without a portfolio noun, and a sum short of 100 is then
 * refused (written_weights.ts) instead of one number silently becoming a window.
 */
function pairedWholeWeights(tokens: readonly Token[], items: readonly WeightedItem[], index: number, context: RecognizerContext): boolean {
  if (items.length < 2) return false;
  // "so 40 btc 40 eth 20 sol": a number before the first symbol and a symbol after the last number pair them the other way round.
  const shifted = isNumber(tokens[index - 1]) && matchSymbolAt(tokens, items.at(-1)!.end, { shouting: context.shouting, strong: true }) !== undefined;
  if (shifted) return false;
  // "2 BTC and 3 ETH" are quantities; "70 BTC 30 ETH" (or a slip such as "70 BTC 50 ETH") are shares of the whole.
  if (items.every((item) => !item.symbolFirst)) return opensNumberFirstList(tokens[index - 1]) && items.reduce((sum, item) => sum + item.weight, 0) >= NUMBER_FIRST_MIN_SUM;
  return items.every((item) => item.symbolFirst && !isWord(tokens[item.end], ...NOT_WEIGHT_UNITS) && !(tokens[item.end]?.joined && isWord(tokens[item.end])));
}

/** Number-first whole numbers adding up to less than this are quantities, not weights. */
const NUMBER_FIRST_MIN_SUM = 0.9;

/** Words after which "70 BTC 30 ETH" opens the message's list of holdings, not a strategy's numbers ("sma 20 btc …"). */
const NUMBER_FIRST_LEADS: ReadonlySet<string> = new Set(['backtest', 'test', 'run', 'hold', 'holding', 'buy', 'with', 'of', 'allocate', 'put', 'split', 'into', 'try', 'use', 'now',
  // "make it 70 spy 30 qqq", "change it to 60 btc 40 eth".
  'it', 'to', 'go', 'then',
  // "actually 40 btc 40 eth 20 sol", "no wait, 60 spy 40 tlt", "how about 50 btc 50 eth": a follow-up giving the weights anew.
  'actually', 'instead', 'rather', 'no', 'nah', 'nope', 'wait', 'ok', 'okay', 'sorry', 'oops', 'hmm', 'maybe', 'about', 'prefer', 'do']);

/** "70 BTC 30 ETH" read as whole weights only at the message's start, after a comma or colon, or after a lead word. */
function opensNumberFirstList(previous: Token | undefined): boolean {
  return previous === undefined || isPunct(previous, ',', ':', ';', '.') || isWord(previous, ...NUMBER_FIRST_LEADS);
}

/** Words between weighted items: "50% BTC and 50% ETH", "the 50% in Bitcoin, the 30% in Ether". */
const ITEM_JOINERS: ReadonlySet<string> = new Set(['and', 'plus', 'the', ...FOREIGN_ANDS]);

/** `led`: a portfolio noun came just before the list, as whole numbers need one beside them. */
function weightedItems(tokens: readonly Token[], index: number, context: RecognizerContext, led = false): RecognizerMatch | undefined {
  const unit = WEIGHT_UNITS.find((candidate) => readWeightedItems(tokens, index, context, candidate));
  if (!unit) return undefined;
  const items: WeightedItem[] = [];
  let position = index;
  for (;;) {
    const read = readWeightedItems(tokens, position, context, unit);
    if (!read) break;
    items.push(...read);
    position = read.at(-1)!.end;
    const joinerEnd = skipWords(tokens, isPunct(tokens[position], ',', '/', '+', '&') ? position + 1 : position, ITEM_JOINERS);
    if (!readWeightedItems(tokens, joinerEnd, context, unit)) break;
    position = joinerEnd;
  }
  const weights = items.map((item) => item.weight);
  if (unit === 'whole') {
    const noun = led ? undefined : matchLongest(tokens, position, PORTFOLIO_NOUNS);
    if (!led && !noun && !pairedWholeWeights(tokens, items, index, context)) return undefined;
    if (noun) position = noun.end;
  }
  const rest = readRestInSymbols(tokens, position, context);
  // "half the capital": a share in words is a weight only beside another holding or the rest ("a third in gold, the rest in QQQ|cash").
  if (items.length < 2 && !rest && readRestInCash(tokens, position) === undefined && readFractionWords(tokens, index)) return undefined;
  const sum = weights.reduce((total, weight) => total + weight, 0);
  if (rest && sum < 1) {
    // "half in BTC, the rest split between ETH and SOL": what is left is shared equally.
    const share = roundClean((1 - sum) / rest.symbols.length);
    return portfolioOf([...items.map((item) => item.symbol), ...rest.symbols], [...weights, ...rest.symbols.map(() => share)], rest.end, tokens);
  }
  if (items.length === 1 && unit !== 'whole') return singleHolding(tokens, index, items[0]!, position);
  return portfolioOf(items.map((item) => item.symbol), weights, position, tokens);
}

/** "I want to put 80% into BTC", "I'd like to short 20% DOGE": the writer asks for the holding, whoever the clause is about. */
function isWished(tokens: readonly Token[], start: number): boolean {
  return isWord(tokens[start - 1], 'to') && isWord(tokens[start - 2], 'want', 'like', 'need', 'wish', 'prefer');
}

/**
 * One holding and its weight, when a trade verb or "the rest in cash" says it is one: "put 80% into
 * BTC", "short 20% DOGE", "80% in BTC, the rest in cash". All of the capital long is the symbol
 * alone; any other weight stays written, for written_weights.ts to refuse (short, leveraged, or short
 * of 100% without saying where the rest goes) or to run with the rest in cash. Told as someone's
 * story or advice ("my nephew keeps telling me to put 10% into Bitcoin"), it is no weight of the run.
 */
function singleHolding(tokens: readonly Token[], start: number, item: WeightedItem, end: number): RecognizerMatch | undefined {
  const cashEnd = readRestInCash(tokens, end);
  if (!item.traded && cashEnd === undefined) return undefined;
  if (!isWished(tokens, start) && isInLifeClause(tokens, start, cashEnd ?? end)) return undefined;
  const clauses: Clause[] = [{ kind: 'symbol', symbol: item.symbol }];
  if (item.weight !== 1) clauses.push({ kind: 'portfolio', weights: { [item.symbol]: item.weight }, ...(cashEnd === undefined ? {} : { restInCash: true }) });
  return { end: cashEnd ?? end, clauses };
}

const REST = phrases('the rest|remainder|balance', 'rest|remainder', 'everything else');
/** "in", or a split of the rest: "split between", "divided evenly among", "equally across". */
const REST_LINKS = phrases('in|into|on|to', 'goes|go|going in|into|to', 'split|divided|spread between|across|among|over|into', 'split|divided|spread evenly|equally between|across|among|over|into',
  'evenly|equally between|across|among|in|into');

/**
 * "…, with the rest in BTC", "the remainder in the S&P 500 fund", "the rest split between ETH and SOL", "rest msft":
 * the holdings that take what the weights written leave, in equal parts when more than one.
 */
function readRestInSymbols(tokens: readonly Token[], index: number, context: RecognizerContext): SymbolList | undefined {
  const at = skipWords(tokens, isPunct(tokens[index], ',', ';') ? index + 1 : index, new Set(['with', 'and', 'put', 'plus']));
  const rest = matchLongest(tokens, at, REST);
  // "80% apple, rest msft": the link may go unsaid.
  const link = rest && (matchLongest(tokens, rest.end, REST_LINKS) ?? { end: rest.end });
  const list = link && readSymbolList(tokens, skipWords(tokens, link.end, new Set(['the'])), context);
  return list && { ...list, end: pastAssetNoun(tokens, list.end) };
}

/** "equal-weight BTC ETH SOL", "a portfolio of BTC and ETH", "portfolio: 60/40 BTC ETH". */
function ledByWords(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const equal = matchLongest(tokens, index, EQUAL_WEIGHT);
  const noun = matchLongest(tokens, equal ? equal.end : index, PORTFOLIO_NOUNS);
  if (!equal && !noun) return undefined;
  const lead = (noun ?? equal)!;
  const at = afterNoun(tokens, isPunct(tokens[lead.end], ':') ? lead.end + 1 : lead.end);
  if (!equal) {
    const weighted = weightsAndList(tokens, at, context) ?? weightedItems(tokens, at, context, true);
    if (weighted) return weighted;
  }
  const list = readSymbolList(tokens, at, context);
  return list && portfolioOf(list.symbols, equalWeights(list.symbols), list.end, tokens);
}

/**
 * "120/-20 BTC/ETH", "130/30 long-short on SPY/QQQ", "a 130/30 SPY/QQQ long/short book": a split
 * with a short leg, by its sign or, unsigned, by the "long-short" label on legs netting 100% (130 long,
 * then 30 short). Read as the signed weights it is, so written_weights.ts refuses the short leg and
 * the leverage by name, never running a long-only baseline with the numbers left unread.
 */
function longShortBook(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const split = readSignedSplit(tokens, index);
  if (!split) return undefined;
  const labelBefore = matchLongest(tokens, split.end, LONG_SHORT_LABELS);
  const nounBefore = matchLongest(tokens, labelBefore?.end ?? split.end, BOOK_NOUNS);
  // "130/30 long-short on SPY/QQQ": a labelled book is run on the symbols; unlabelled, "20/50 on BTC" is a strategy's.
  const listAt = afterNoun(tokens, nounBefore?.end ?? labelBefore?.end ?? split.end);
  const list = readSymbolList(tokens, labelBefore && isWord(tokens[listAt], 'on') ? listAt + 1 : listAt, context);
  if (!list) return undefined;
  const labelAfter = labelBefore ? undefined : matchLongest(tokens, list.end, LONG_SHORT_LABELS);
  // Unsigned, "130/30" is 130% long and 30% short, netting the whole capital; "20/50" is a strategy's.
  const netWhole = split.legs[0]! - split.legs.slice(1).reduce((sum, leg) => sum + leg, 0) === 100;
  if (!split.signed && !(netWhole && (labelBefore || labelAfter))) return undefined;
  const nounAfter = nounBefore ? undefined : matchLongest(tokens, labelAfter?.end ?? list.end, BOOK_NOUNS);
  const legs = split.signed ? split.legs : split.legs.map((leg, position) => (position === 0 ? leg : -leg));
  return portfolioOf(list.symbols, legs.map((leg) => leg / 100), nounAfter?.end ?? labelAfter?.end ?? list.end, tokens);
}

export const recognizePortfolio: Recognizer = (tokens, index, context) => {
  const separate = matchLongest(tokens, index, SEPARATE_RUNS);
  if (separate) return { end: separate.end, clauses: [{ kind: 'portfolio', weights: null }] };
  return longShortBook(tokens, index, context) ?? ledByWords(tokens, index, context) ?? ratioAndList(tokens, index, context) ?? weightsAndList(tokens, index, context) ?? weightedItems(tokens, index, context)
    ?? equalSplitAlone(tokens, index) ?? halvesAlone(tokens, index);
};

/** "BTC and ETH, half and half": two halves, for two symbols only (with three, the count of weights is refused). */
const HALVES = phrases('half and half', 'half each', 'half half', 'half / half', 'half & half', 'one|a half each', 'each one|a half', 'each half', 'half apiece');

function halvesAlone(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const halves = matchLongest(tokens, index, HALVES);
  // "on each half of 2023" halves a period, not the money.
  if (!halves || isWord(tokens[halves.end], 'of')) return undefined;
  return { end: halves.end, clauses: [{ kind: 'portfolio_weights', weights: [0.5, 0.5] }] };
}

/** An equal split with no symbols after it: for the conversation's symbols (portfolio_follow_ups.ts). */
function equalSplitAlone(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const split = matchLongest(tokens, index, EQUAL_SPLIT);
  if (!split) return undefined;
  const count = tokens.slice(index, split.end).map(countOf).find((value) => value !== undefined);
  return { end: split.end, clauses: [count === undefined ? { kind: 'portfolio_equal' } : { kind: 'portfolio_equal', count }] };
}

/** "all four", "both": how many holdings an equal split names ("an even split" names none). */
function countOf(token: Token): number | undefined {
  if (token.norm === 'both') return 2;
  if (!HOLDING_COUNTS.split('|').includes(token.norm)) return undefined;
  return token.kind === 'number' ? Number(token.norm) : NUMBER_WORDS[token.norm];
}
