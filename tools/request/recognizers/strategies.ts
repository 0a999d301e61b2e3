import type { Clause, Recognizer, RecognizerMatch } from '../clauses.js';
import { matchMisspelledName } from '../fuzzy_names.js';
import { STRATEGY_QUALIFIERS, STRATEGY_WORDS, UNSUPPORTED_STRATEGY_NAMES, type StrategyWords } from '../strategy_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, isYearNumber, matchLongest, phrases } from '../token_matchers.js';
import { matchSymbolAt } from './symbols.js';

interface NamedStrategy {
  entry: StrategyWords;
  end: number;
  params: Record<string, number>;
}

interface NumberGroup {
  values: number[];
  end: number;
}

const GROUP_SEPARATORS = ['/', ',', ':', '-'];
const BAR_UNITS = ['day', 'days', 'bar', 'bars', 'period', 'periods', 'd'];
/** A number followed by these is money, a fee, a target or a span of time, not a window length. */
const NOT_PARAMETER_UNITS = ['%', '$', 'bps', 'bp', 'basis', 'percent', 'pct', 'k', 'm', 'usd', 'usdt', 'dollars', 'x', 'years', 'year', 'months', 'month', 'weeks', 'week'];
const GROUP_CONNECTORS = ['with', 'and', 'using', 'at', ',', 'of'];
const GENERIC_STRATEGY_NOUNS = phrases('strategy', 'strategies', 'system', 'indicator');
const STRATEGY_KIND_WORDS = phrases('crossover', 'cross', 'breakout', 'oscillator');
const MISSPELLABLE_STRATEGY_WORDS: Readonly<Record<string, string>> = { bollinger: 'bollinger_bands', donchian: 'donchian_breakout' };

/** A window written "-5" (a minus after a space, joined to its digits) is negative, so validation refuses it instead of a default standing in. */
function isMinusSign(tokens: readonly Token[], index: number): boolean {
  return isPunct(tokens[index], '-') && !tokens[index]!.joined && isNumber(tokens[index + 1]) && tokens[index + 1]!.joined;
}

function readParameterNumber(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const negative = isMinusSign(tokens, index);
  const at = negative ? index + 1 : index;
  const token = tokens[at];
  if (!isNumber(token) || isYearNumber(token)) return undefined;
  const next = tokens[at + 1];
  if (next && NOT_PARAMETER_UNITS.includes(next.norm)) return undefined;
  return { value: negative ? -token.value : token.value, end: at + 1 };
}

/** "20/50", "(12, 26, 9)", "20, 2.5", "7": the numbers of one parameter list, then any "days". */
function readNumberGroup(tokens: readonly Token[], index: number): NumberGroup | undefined {
  const parenthesised = isPunct(tokens[index], '(');
  let position = parenthesised ? index + 1 : index;
  const values: number[] = [];
  for (;;) {
    const read = readParameterNumber(tokens, position);
    if (read === undefined) break;
    values.push(read.value);
    position = read.end;
    const separated = isPunct(tokens[position], ...GROUP_SEPARATORS) && readParameterNumber(tokens, position + 1) !== undefined;
    if (separated) position++;
    else if (!(parenthesised && readParameterNumber(tokens, position) !== undefined)) break;
  }
  if (values.length === 0) return undefined;
  if (parenthesised) {
    if (!isPunct(tokens[position], ')')) return undefined;
    position++;
  }
  if (isPunct(tokens[position], '-') && isWord(tokens[position + 1], ...BAR_UNITS)) position += 2;
  else if (isWord(tokens[position], ...BAR_UNITS)) position++;
  return { values, end: position };
}

/** Assigns a group to the strategy's parameters when its size fits and names nothing already set. */
function assignGroup(entry: StrategyWords, params: Record<string, number>, values: readonly number[]): boolean {
  const names = entry.shapes[values.length];
  if (!names || names.some((name) => name in params)) return false;
  names.forEach((name, position) => { params[name] = values[position]!; });
  return true;
}

function matchStrategyName(tokens: readonly Token[], index: number): NamedStrategy | undefined {
  let best: NamedStrategy | undefined;
  for (const entry of STRATEGY_WORDS) {
    const plain = matchLongest(tokens, index, entry.names);
    if (plain && (!best || plain.end > best.end)) best = { entry, end: plain.end, params: {} };
    for (const preset of entry.presets ?? []) {
      const named = matchLongest(tokens, index, preset.names);
      if (named && (!best || named.end > best.end)) best = { entry, end: named.end, params: { ...preset.params } };
    }
  }
  if (best || !isWord(tokens[index])) return best;
  const misspelled = matchMisspelledName(tokens[index]!.norm, Object.keys(MISSPELLABLE_STRATEGY_WORDS));
  const entry = misspelled && STRATEGY_WORDS.find((candidate) => candidate.id === MISSPELLABLE_STRATEGY_WORDS[misspelled]);
  return entry ? { entry, end: index + 1, params: {} } : undefined;
}

/** After the name: tails ("crossover", "bands") and number groups, joined by "with", "and", ",". */
function readStrategyTail(tokens: readonly Token[], named: NamedStrategy): number {
  let position = named.end;
  for (;;) {
    const tail = matchLongest(tokens, position, named.entry.tails);
    if (tail) {
      position = tail.end;
      continue;
    }
    const groupStart = isWord(tokens[position], ...GROUP_CONNECTORS) || isPunct(tokens[position], ',') ? position + 1 : position;
    const group = readNumberGroup(tokens, groupStart);
    if (!group || !assignGroup(named.entry, named.params, group.values)) return position;
    position = group.end;
  }
}

function knownStrategyAt(tokens: readonly Token[], index: number): { end: number; clause: Clause } | undefined {
  // "20/50 SMA", "50-day momentum": numbers written before the name.
  const prefix = readNumberGroup(tokens, index);
  const named = matchStrategyName(tokens, prefix ? prefix.end : index);
  if (!named) return undefined;
  if (prefix && !assignGroup(named.entry, named.params, prefix.values)) return undefined;
  const end = readStrategyTail(tokens, named);
  const params = Object.keys(named.params).length > 0 ? { params: named.params } : {};
  return { end, clause: { kind: 'strategy', name: named.entry.id, ...params } };
}

function snakeCase(words: readonly Token[]): string {
  return words.map((token) => token.norm.replace(/[^a-z0-9]+/g, '_')).join('_').replace(/^_+|_+$/g, '');
}

function namesSomething(token: Token | undefined): boolean {
  return isWord(token) && /^[a-z][a-z0-9]{2,}$/.test(token!.norm) && !STRATEGY_QUALIFIERS.has(token!.norm);
}

/**
 * "Ichimoku", "stochastic RSI", "volatility breakout strategy": strategy-like names we cannot map.
 * Kind words ("breakout") stay in the name; generic nouns ("strategy") are read but left out.
 */
function unknownStrategyAt(tokens: readonly Token[], index: number, shouting: boolean): { end: number; clause: Clause; note: string } | undefined {
  let nameEnd = matchLongest(tokens, index, UNSUPPORTED_STRATEGY_NAMES)?.end;
  if (nameEnd === undefined) {
    if (!namesSomething(tokens[index]) || matchSymbolAt(tokens, index, { shouting })) return undefined;
    const kind = matchLongest(tokens, index + 1, STRATEGY_KIND_WORDS);
    if (!kind && !matchLongest(tokens, index + 1, GENERIC_STRATEGY_NOUNS)) return undefined;
    nameEnd = kind?.end ?? index + 1;
  } else {
    nameEnd = matchLongest(tokens, nameEnd, STRATEGY_KIND_WORDS)?.end ?? nameEnd;
  }
  const end = matchLongest(tokens, nameEnd, GENERIC_STRATEGY_NOUNS)?.end ?? nameEnd;
  const name = snakeCase(tokens.slice(index, nameEnd).filter((part) => part.kind === 'word' || part.kind === 'number'));
  return { end, clause: { kind: 'strategy', name }, note: `"${name}" is not a strategy we have` };
}

/** "which strategy", "the best strategy", "all strategies": every strategy we have (the baseline stays a baseline). */
const EVERY_STRATEGY = phrases('all|every|each|which|what|best strategy|strategies', 'all the|of|available strategies', 'the best strategy|strategies', 'every single strategy');

function everyStrategyAt(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const found = matchLongest(tokens, index, EVERY_STRATEGY);
  if (!found) return undefined;
  const clauses: Clause[] = STRATEGY_WORDS.filter((entry) => entry.id !== 'buy_and_hold').map((entry) => ({ kind: 'strategy', name: entry.id }));
  return { end: found.end, clauses };
}

/** A strategy with the parameters written beside it, every strategy, or a strategy-like name we cannot map. */
export const recognizeStrategy: Recognizer = (tokens, index, context) => {
  const every = everyStrategyAt(tokens, index);
  if (every) return every;
  const known = knownStrategyAt(tokens, index);
  if (known) return { end: known.end, clauses: [known.clause] };
  const unknown = unknownStrategyAt(tokens, index, context.shouting);
  return unknown && { end: unknown.end, clauses: [unknown.clause, { kind: 'note', text: unknown.note }] };
};
