import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { readNumberGroup, type NumberGroup } from '../number_groups.js';
import { isPunct, isWord, isYearNumber, matchLongest, phrases } from '../token_matchers.js';
import { isWholeSplit } from '../written_weights.js';
import { readWeightGroup } from './portfolio.js';
import { startsStrategyName } from './strategies.js';
import { matchSymbolAt } from './symbols.js';
import { SUPPOSING_LEADS } from './supposing_leads.js';

/** Words that offer new numbers for what the conversation runs: "use 10 30 7 instead", "how about 15, 45". */
const SETTING_LEADS = phrases('use', 'using', 'go with', 'let us|lets try|use', 'let\'s try|use', 'try', 'try it with', 'how|what about', 'switch|change to', 'change it|them to',
  ...SUPPOSING_LEADS,
  'set it|them to', 'make it|them',
  // "tighten them to 35 and 65", "widen those to 20/80": the numbers just given, adjusted in place.
  'tighten|widen|loosen|narrow|adjust|tweak|move|bump|push|pull|shift|raise|lower|drop|change|set it|them|those|these|both to',
  // "go back to the 20/50", "back to 12 26 9": earlier numbers, written again.
  'go|going|switch|change|revert back to', 'go|going|switch|change|revert back to the', 'back to', 'back to the', 'revert to', 'revert to the', 'return to', 'return to the',
  // "undo that, keep 12/26 but do 2024", "stick with 20/50": the numbers the run keeps, restated.
  'keep|keeping', 'keep it|them at', 'keep the', 'stick|stay with', 'stick|stay with the',
  // "same but 8 17 9": the run as before, with these numbers.
  'same but|with', 'same thing|again|setup but|with', 'same but with', 'the same but|with',
  // "ema crossover on SOL for 2023 with 10 and 30": the numbers after the rest of the request.
  'with',
  // "rsi instead, 10 25 75": the numbers for the strategy just swapped in.
  'instead ,|:', 'instead with');
/**
 * "macd on xrp for 2023, the usual 12 26 9", "rsi on btc, standard settings 14 30 70": numbers said to be
 * the customary ones are still the ones to run, even one ("the usual 14"). Alone ("…for 2023, the usual")
 * the words ask for the defaults, which a run has anyway.
 */
const CUSTOMARY_LEADS = phrases('the usual|standard|default|classic|typical', 'the usual|standard|default|classic|typical settings|params|parameters|values|numbers|ones',
  'usual|standard|default|classic|typical settings|params|parameters|values|numbers', 'the defaults', 'defaults');
const TRAILING_FILLERS = ['instead', 'then', 'now', 'please', 'pls'];

/**
 * Two or more numbers after such a lead, apart and without names ("use 10 30 7 instead"): the
 * latest strategy that takes that many, as a crossover's "now 20/50" is. A split that adds up to
 * 100 (within rounding, as "33 33 33") may be weights as well, and goes the way "now 60/40" goes (weights_or_parameters.ts). Written
 * with slashes they are the weight reader's ("try 10/40"), which already weighs both readings.
 */
const WINDOW_UNITS = ['day', 'days', 'bar', 'bars', 'period', 'periods', 'session', 'sessions', 'candle', 'candles'];

/**
 * "…crosses above the slow one? 10-day and 30-day": two windows in bars, away from the strategy,
 * are a crossover's fast and slow ones (never an RSI's levels, which are no windows).
 */
function readWindowsApart(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const group = readNumberGroup(tokens, index);
  if (group?.numbers.length !== 2 || !isWord(tokens[group.end - 1], ...WINDOW_UNITS)) return undefined;
  const [fast, slow] = group.numbers;
  return {
    end: group.end,
    clauses: [{ kind: 'param', candidates: ['short', 'fast'], value: fast!.value }, { kind: 'param', candidates: ['long', 'slow'], value: slow!.value }],
  };
}

const NAME_ENDINGS = ['crossover', 'cross', 'breakout', 'bands', 'band', 'channel', 'strategy'];

/** "btc 2023 30/70", "btc2023 30/70": the year the run covers, written between the symbol and the numbers; where the symbol ends. */
function pastYearBack(tokens: readonly Token[], index: number): number {
  return isYearNumber(tokens[index - 1]) ? index - 1 : index;
}

/** "rsi14 btc", "rsi 14 on btc": the name's own number stands between it and the symbol; where the name may start. */
function nameStartBack(tokens: readonly Token[], index: number): number {
  return tokens[index]?.kind === 'number' && !isYearNumber(tokens[index]) && index > 0 && startsStrategyName(tokens, index - 1) ? index - 1 : index;
}

/**
 * "sma btc 20/50", "donchian breakout SOL 55/20", "bolinger bands on etherium 20d": a strategy's numbers after the symbol it runs on;
 * "rsi14 btc2023 30/70": also past the year after the symbol and the name's own number (the rest go to the free parameters).
 */
function readNumbersAfterSymbol(tokens: readonly Token[], index: number, shouting: boolean): RecognizerMatch | undefined {
  const symbolEnd = pastYearBack(tokens, index);
  const symbol = matchSymbolAt(tokens, symbolEnd - 1, { shouting, strong: true });
  // "bolinger bands on etherium 20d": the name may stand before "on".
  const nameEnd = nameStartBack(tokens, isWord(tokens[symbolEnd - 2], 'on', 'for', 'of') ? symbolEnd - 3 : symbolEnd - 2);
  if (symbol?.end !== symbolEnd || nameEnd < 0 || !(startsStrategyName(tokens, nameEnd) || isWord(tokens[nameEnd], ...NAME_ENDINGS))) return undefined;
  const group = readNumberGroup(tokens, index);
  return group && { end: group.end, clauses: [{ kind: 'shared_params', numbers: group.numbers, scope: 'nearest' }] };
}

/** "Skip the default 12/26/9", "rather than the usual 14": the customary numbers turned down, left to the readers of rejections. */
const TURNED_DOWN = ['skip', 'not', 'no', 'without', 'than', 'of', 'ignore', 'forget', 'drop', 'ditch', 'beyond', 'besides', 'except', 'instead'];

function readCustomarySettings(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lead = matchLongest(tokens, index, CUSTOMARY_LEADS);
  if (!lead || isWord(tokens[index - 1], ...TURNED_DOWN)) return undefined;
  const group = readNumberGroup(tokens, isWord(tokens[lead.end], 'of') || isPunct(tokens[lead.end], ':') ? lead.end + 1 : lead.end);
  if (group) return settingsOrSplit(group);
  return tokens[lead.end] === undefined || tokens[lead.end]!.kind === 'punct' ? { end: lead.end, clauses: [] } : undefined;
}

/** Numbers offered as settings; a split that adds up to 100 ("the standard 60/40") may be weights as well, and is weighed both ways. */
function settingsOrSplit(group: NumberGroup, end = group.end): RecognizerMatch {
  const weights = group.numbers.map((number) => number.value / 100);
  if (isWholeSplit(weights)) return { end, clauses: [{ kind: 'portfolio_weights', weights, orParameters: group.numbers }] };
  return { end, clauses: [{ kind: 'shared_params', numbers: group.numbers, scope: 'latest' }] };
}

export const recognizeLooseSettings: Recognizer = (tokens, index, context) => {
  const customary = readCustomarySettings(tokens, index);
  if (customary) return customary;
  const lead = matchLongest(tokens, index, SETTING_LEADS);
  if (!lead) return readNumbersAfterSymbol(tokens, index, context.shouting) ?? readWindowsApart(tokens, index);
  const group = readNumberGroup(tokens, lead.end);
  if (!group || group.numbers.length < 2 || readWeightGroup(tokens, lead.end)?.end === group.end) return undefined;
  // "with 20, 60 or 120 day lookbacks": values to try, the parameter values reader's.
  if (isWord(tokens[group.end], 'or')) return undefined;
  return settingsOrSplit(group, isWord(tokens[group.end], ...TRAILING_FILLERS) ? group.end + 1 : group.end);
};

