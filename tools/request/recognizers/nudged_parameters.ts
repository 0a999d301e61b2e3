import type { Recognizer, RecognizerContext, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { matchParameterName } from './parameters.js';
import { currentValue } from './scaled_parameters.js';
import { startsStrategyName } from './strategies.js';

/**
 * "bump the short one up by 5", "raise the long window by 10", "take 2 off the rsi period", "the
 * lookback +30": a setting moved by an amount from the value it has in the conversation. Read as
 * the new value itself, so validation judges it like any other ("short 50 long 45" is refused).
 * Not read when no strategy of the conversation has the setting: there is nothing to move.
 */
const RAISING = ['bump', 'raise', 'increase', 'lift', 'lengthen', 'extend', 'grow', 'boost', 'stretch'];
const LOWERING = ['lower', 'reduce', 'decrease', 'cut', 'drop', 'trim', 'shorten', 'shrink'];
/** Verbs that say no direction: "up" or "down" must. */
const MOVING = ['move', 'nudge', 'push', 'bring', 'shift', 'take'];
const DETERMINERS = phrases('the', 'my', 'its', 'that');
/** "the short one", "the long window": words after the name that only restate it. */
const NAME_TAILS: ReadonlySet<string> = new Set(['one', 'window', 'period', 'length', 'setting', 'value', 'param', 'parameter']);
const ADDING = phrases('add', 'adding', 'put|tack on');
const TAKING = phrases('take|knock|shave|chop|trim', 'subtract', 'taking|knocking|shaving');

/** A parameter's name at `index` after an optional determiner, with its restating tail skipped. */
function readName(tokens: readonly Token[], index: number): { end: number; candidates: readonly string[] } | undefined {
  const at = matchLongest(tokens, index, DETERMINERS)?.end ?? index;
  // "the rsi period", "the sma long window": a one-word strategy name before the setting's.
  const named = matchParameterName(tokens, at) ?? (startsStrategyName(tokens, at) ? matchParameterName(tokens, at + 1) : undefined);
  if (!named) return undefined;
  const end = NAME_TAILS.has(tokens[named.end]?.norm ?? '') && tokens[named.end]?.kind === 'word' ? named.end + 1 : named.end;
  return { end, candidates: named.candidates };
}

/** A positive whole amount at `index`. */
function amountAt(tokens: readonly Token[], index: number): number | undefined {
  const number = tokens[index];
  return isNumber(number) && number.value > 0 && Number.isInteger(number.value) ? number.value : undefined;
}

function moved(candidates: readonly string[], by: number, end: number, context: RecognizerContext): RecognizerMatch | undefined {
  const now = currentValue(candidates, context.conversation?.strategies ?? []);
  return now === undefined ? undefined : { end, clauses: [{ kind: 'param', candidates, value: now + by }] };
}

/** "bump the short one up by 5", "lower the long window by 10": the verb, the name, the amount. */
function readVerbNameAmount(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const sign = isWord(tokens[index], ...RAISING) ? 1 : isWord(tokens[index], ...LOWERING) ? -1 : isWord(tokens[index], ...MOVING) ? 0 : undefined;
  const name = sign !== undefined && readName(tokens, index + 1);
  if (sign === undefined || !name) return undefined;
  let at = name.end;
  // "up" and "down" say the direction themselves, and must agree with a verb that says one.
  const direction = isWord(tokens[at], 'up') ? 1 : isWord(tokens[at], 'down') ? -1 : undefined;
  if (direction !== undefined) at += 1;
  if ((sign === 0 && direction === undefined) || (sign !== 0 && direction !== undefined && direction !== sign)) return undefined;
  const by = isWord(tokens[at], 'by');
  const amount = amountAt(tokens, by ? at + 1 : at);
  // Without "by" or "up"/"down", "raise the long window 10" could name its new value; "by" or a direction makes it an amount.
  if (amount === undefined || (!by && direction === undefined)) return undefined;
  return moved(name.candidates, (direction ?? sign) * amount, by ? at + 2 : at + 1, context);
}

/** "take 2 off the rsi period", "add 10 to the long window": the amount, then the name. */
function readAmountThenName(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const adding = matchLongest(tokens, index, ADDING);
  const taking = adding ? undefined : matchLongest(tokens, index, TAKING);
  const verb = adding ?? taking;
  const amount = verb && amountAt(tokens, verb.end);
  if (!verb || amount === undefined) return undefined;
  const link = adding ? (isWord(tokens[verb.end + 1], 'to', 'onto') ? 1 : 0) : (isWord(tokens[verb.end + 1], 'off', 'from') ? (isWord(tokens[verb.end + 2], 'of') ? 2 : 1) : 0);
  if (link === 0) return undefined;
  const name = readName(tokens, verb.end + 1 + link);
  return name && moved(name.candidates, (adding ? 1 : -1) * amount, name.end, context);
}

/** "the lookback +30", "long window -10", "the period plus 5": the name, then a signed amount. */
function readNameThenSigned(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const name = readName(tokens, index);
  if (!name) return undefined;
  const at = name.end;
  const sign = isPunct(tokens[at], '+') || isWord(tokens[at], 'plus') ? 1 : isPunct(tokens[at], '-') || isWord(tokens[at], 'minus') ? -1 : undefined;
  const amount = sign && amountAt(tokens, at + 1);
  // A sign joined to its number ("+30") or spelled out; "short 10 - 40" is a range, not a nudge.
  if (!sign || amount === undefined || !(tokens[at + 1]!.joined || isWord(tokens[at], 'plus', 'minus'))) return undefined;
  return moved(name.candidates, sign * amount, at + 2, context);
}

export const recognizeNudgedParameter: Recognizer = (tokens, index, context) =>
  readVerbNameAmount(tokens, index, context) ?? readAmountThenName(tokens, index, context) ?? readNameThenSigned(tokens, index, context);
