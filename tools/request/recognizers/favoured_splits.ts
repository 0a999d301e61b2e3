import type { Clause, Recognizer, RecognizerContext } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, percentSignEnd, phrases, skipWords } from '../token_matchers.js';
import { readWeightGroup, toFractions } from './portfolio.js';
import { matchSymbolAt } from './symbols.js';

/**
 * Weight follow-ups that say which holding is favoured apart from the split: "make it 70/30, little
 * more btc heavy", "tilt it toward apple, 80/20", "tilt it 80% apple". Read beside the split, the
 * same words were a symbol that replaced the portfolio's list, so the split had too few holdings.
 */
const SOFTENERS: ReadonlySet<string> = new Set(['so', 'a', 'little', 'bit', 'tad', 'slightly', 'somewhat', 'much', 'lot', 'way', 'even', 'bit', 'i.e.', 'ie']);
const FAVOUR_LEADS = phrases('more', 'more in|on|into|to|toward|towards', 'heavier|heavy in|on|toward|towards', 'tilted|tilting|tilt|leaning|lean|skewed|skew toward|towards|to|into',
  'in favor|favour of', 'favoring|favouring', 'overweight|overweighting', 'with more in|on');
const HEAVY_WORDS = ['heavy', 'heavier', 'weighted', 'tilted', 'overweight', 'biased', 'leaning'];
const TILT_VERBS = phrases('tilt|lean|skew|shift|weight|bias it|this|that|things', 'tilt|lean|skew|shift|weight|bias the portfolio|mix|weights|split', 'tilt|lean|skew|bias', 'overweight|favor|favour');
const TOWARD = phrases('toward|towards|to|into', 'in favor|favour of', 'more toward|towards|to|into');
const SPLIT_LINKS: ReadonlySet<string> = new Set(['at', 'with', 'say', 'like', 'so', 'make', 'it', 'go', 'as', 'a']);

function symbolAt(tokens: readonly Token[], index: number, context: RecognizerContext): { symbol: string; end: number } | undefined {
  const found = matchSymbolAt(tokens, skipWords(tokens, index, new Set(['the'])), { shouting: context.shouting, strong: true });
  return found && { symbol: found.symbol, end: found.end };
}

/**
 * ", little more btc heavy", ", more btc", "- heavier on btc": after a pause, the holding the split
 * favours. Without a pause readFavoured and readHeavySide (portfolio_settings.ts) read it.
 */
export function readFavourAfterPause(tokens: readonly Token[], index: number, context: RecognizerContext): { symbol: string; end: number } | undefined {
  if (!isPunct(tokens[index], ',', '-', ';')) return undefined;
  const at = skipWords(tokens, index + 1, SOFTENERS);
  const lead = matchLongest(tokens, at, FAVOUR_LEADS);
  const symbol = symbolAt(tokens, lead ? lead.end : at, context);
  if (!symbol) return undefined;
  const heavyEnd = isWord(tokens[isPunct(tokens[symbol.end], '-') ? symbol.end + 1 : symbol.end], ...HEAVY_WORDS) ? (isPunct(tokens[symbol.end], '-') ? symbol.end + 2 : symbol.end + 1) : undefined;
  if (!lead && heavyEnd === undefined) return undefined;
  return { symbol: symbol.symbol, end: heavyEnd ?? symbol.end };
}

function percentAt(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const number = tokens[index];
  const signEnd = isNumber(number) ? percentSignEnd(tokens, index + 1) : undefined;
  return signEnd === undefined || number!.value <= 0 || number!.value >= 100 ? undefined : { value: number!.value / 100, end: signEnd };
}

/** "tilt it toward apple, 80/20", "lean towards btc: 70/30": the favoured holding, then the split. */
function favourThenSplit(tokens: readonly Token[], at: number, context: RecognizerContext): { clause: Clause; end: number } | undefined {
  const toward = matchLongest(tokens, at, TOWARD);
  const symbol = symbolAt(tokens, toward ? toward.end : at, context);
  if (!symbol) return undefined;
  const pause = isPunct(tokens[symbol.end], ',', ':', '-', ';') ? symbol.end + 1 : symbol.end;
  const group = readWeightGroup(tokens, skipWords(tokens, pause, SPLIT_LINKS));
  if (!group || group.weights.length < 2) return undefined;
  return { clause: { kind: 'portfolio_weights', weights: toFractions(group.weights, group.percent), favours: symbol.symbol }, end: group.end };
}

/** "tilt it 80% apple", "tilt it toward apple at 80%": that holding's weight, the others fill the rest. */
function tiltToWeight(tokens: readonly Token[], at: number, context: RecognizerContext): { symbol: string; weight: number; end: number } | undefined {
  const weightFirst = percentAt(tokens, at);
  if (weightFirst) {
    const symbol = symbolAt(tokens, skipWords(tokens, weightFirst.end, new Set(['in', 'into', 'on', 'to', 'toward', 'towards', 'of'])), context);
    return symbol && { symbol: symbol.symbol, weight: weightFirst.value, end: symbol.end };
  }
  const toward = matchLongest(tokens, at, TOWARD);
  const symbol = symbolAt(tokens, toward ? toward.end : at, context);
  const weight = symbol && percentAt(tokens, skipWords(tokens, symbol.end, new Set(['at', 'with', 'to'])));
  return weight ? { symbol: symbol.symbol, weight: weight.value, end: weight.end } : undefined;
}

export const recognizeTiltedWeights: Recognizer = (tokens, index, context) => {
  const verb = matchLongest(tokens, index, TILT_VERBS);
  if (!verb) return undefined;
  const split = favourThenSplit(tokens, verb.end, context);
  if (split) return { end: split.end, clauses: [split.clause] };
  const tilt = tiltToWeight(tokens, verb.end, context);
  if (!tilt) return undefined;
  return {
    end: tilt.end,
    clauses: [{ kind: 'mode', mode: 'add', trailing: false, oneKind: true }, { kind: 'symbol', symbol: tilt.symbol }, { kind: 'portfolio_add', symbol: tilt.symbol, weight: tilt.weight }],
  };
};
