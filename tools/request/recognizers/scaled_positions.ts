import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { readPositionMove } from './position_exits.js';
import { readPyramiding } from './pyramiding.js';
import type { UnsupportedRule } from './trade_rules.js';

/**
 * Changing the size of a position on a move: selling part of it ("sell half the position whenever
 * it's up 20%", "take a third off at +15%", "trim 25% of the position every 10% rise") or adding to
 * it ("buying more every time it drops 10%", "double down on every 20% dip", "if bitcoin drops 30%
 * I'd buy more"), or adding on a rise, pyramiding ("buy more each time it rises 10%"). A strategy
 * here is all in or all out, so each is refused; read before, the run went ahead without the rule. A story ("I bought more when it dropped in 2022") has a past verb and
 * no size of move, so it is no rule.
 */

type Found = { end: number; rule: UnsupportedRule } | undefined;

const PARTIAL_VERBS = phrases('sell|sells|selling|take|takes|taking|trim|trims|trimming|close|closes|closing|cut|cuts|unload|offload|dump|bank|book|lock',
  'take|takes|taking|cash|cashes|cashing off|out');
/** How much of the position goes: "half", "a third", "25%", "some". */
const PORTIONS = phrases('half', 'a|one third|quarter|fifth', 'two|2 thirds', 'three|3 quarters', 'some', 'part', 'a part|portion|chunk|bit', 'a little');
/** Between the portion and the move: "of the position whenever it's up", "off at +", "of my holding every". */
const PARTIAL_FILLERS: ReadonlySet<string> = new Set(['of', 'the', 'my', 'our', 'its', 'it', 'position', 'positions', 'holding', 'holdings', 'bag', 'stack', 'off', 'out', 'profit',
  'profits', 'whenever', 'when', 'if', 'once', 'every', 'each', 'time', 'at', 'on', "it's", 'its', 'is', 'up', 'by', 'after', 'a', 'an', 'rises', 'gains', 'goes', 'trade']);
const ADD_VERBS = phrases('buy|buys|buying more', 'buy|buys|buying some more', 'add|adds|adding more',
  'add|adds|adding to it|them|the|my|his|her|your|our|their position|positions|holding',
  // "add more to his position every time it goes up another 10%": "more" and whose position.
  'add|adds|adding more to it|them', 'add|adds|adding more to the|my|his|her|your|our|their position|positions|holding|holdings|stake',
  'add|adds|adding to it', 'double|doubles|doubling down', 'average|averages|averaging down', 'top|tops|topping up', 'scale|scales|scaling in|into',
  'buy|buys|buying another', 'load|loads|loading up',
  // "I double my position to average down", "I'd double up if it falls 15%".
  'double|doubles|doubling up', 'double|doubles|doubling my|the|our position|positions|stake|holding|size|bet', 'double|doubles|doubling it|that');
/** "when it drops 10% more I add": the verb alone, where nothing follows it to add instead. */
const BARE_ADD_VERBS = ['add', 'adds', 'adding'];
const ADD_FILLERS: ReadonlySet<string> = new Set(['on', 'at', 'after', 'for', 'every', 'each', 'any', 'a', 'an', 'time', 'whenever', 'when', 'if', 'once', 'of']);
const CONDITIONS = ['if', 'when', 'whenever', 'once'];
const FALL_NOUNS = ['dip', 'dips', 'drop', 'drops', 'fall', 'falls', 'decline', 'declines', 'pullback', 'pullbacks', 'correction', 'corrections', 'crash', 'crashes'];
/** Between a fall and the buying after it: "if bitcoin drops 30% I'd buy more", "…, then add to it". */
const BEFORE_ADDING: ReadonlySet<string> = new Set(['i', "i'd", 'id', "i'll", 'ill', 'we', "we'd", "we'll", 'would', 'will', 'want', 'to', 'then', 'just', 'and']);
/** After the fall's size, how it is further told: "10% more", "another 10% after I'm in". */
const AFTER_THE_FALL = phrases('more', 'further', 'after|once i|we am|are in', "after|once i'm|im|we're in", 'after|once i|we buy|bought|enter|entered',
  'after|once i|we get|got in', 'after entry|entering|buying');

function percentEnd(tokens: readonly Token[], index: number): number | undefined {
  const at = isPunct(tokens[index], '+', '-') ? index + 1 : index;
  if (!isNumber(tokens[at])) return undefined;
  return isPunct(tokens[at + 1], '%') || isWord(tokens[at + 1], 'percent', 'pct') ? at + 2 : undefined;
}

/** "sell half the position whenever it's up 20%", "take a third off at +15%", "trim 25% of the position every 10% rise". */
function readPartialExit(tokens: readonly Token[], index: number): Found {
  const verb = matchLongest(tokens, index, PARTIAL_VERBS);
  if (!verb) return undefined;
  const portion = matchLongest(tokens, verb.end, PORTIONS)?.end ?? percentEnd(tokens, verb.end);
  if (portion === undefined) return undefined;
  const moveAt = skipWords(tokens, portion, PARTIAL_FILLERS);
  const move = moveAt > portion || isPunct(tokens[moveAt], '+') ? percentEnd(tokens, moveAt) : undefined;
  if (move === undefined) return undefined;
  return { end: isWord(tokens[move], 'rise', 'gain', 'move', 'up', 'higher', 'increase', 'jump') ? move + 1 : move, rule: 'partial_exit' };
}

/** "buying more every time it drops 10%", "add to it whenever it falls 5%", "double down on every 20% dip". */
function readAddThenFall(tokens: readonly Token[], index: number): Found {
  const verb = matchLongest(tokens, index, ADD_VERBS);
  if (!verb) return undefined;
  const at = skipWords(tokens, verb.end, ADD_FILLERS);
  // "on every 20% dip": the fall named as a noun after its size.
  const sized = percentEnd(tokens, at);
  if (sized !== undefined && isWord(tokens[sized], ...FALL_NOUNS)) return { end: sized + 1, rule: 'add_on_fall' };
  const conditionAt = isWord(tokens[at - 1], ...CONDITIONS, 'time') ? at : undefined;
  const move = conditionAt === undefined ? undefined : readPositionMove(tokens, conditionAt);
  return move && { end: move.end, rule: addedOn(move.rule) };
}

/** Adding on a rise ("buy more each time it rises 10%") is pyramiding; on any fall, averaging down. */
function addedOn(moveRule: UnsupportedRule): UnsupportedRule {
  return moveRule === 'take_profit' ? 'add_on_rise' : 'add_on_fall';
}

/** "if bitcoin drops 30% I'd buy more", "when it falls 10%, add to the position", "if price falls another 10% after I'm in, I double my position". */
function readFallThenAdd(tokens: readonly Token[], index: number): Found {
  if (!isWord(tokens[index], ...CONDITIONS)) return undefined;
  const move = readPositionMove(tokens, index + 1);
  if (!move) return undefined;
  const told = matchLongest(tokens, move.end, AFTER_THE_FALL)?.end ?? move.end;
  const verbAt = skipWords(tokens, isPunct(tokens[told], ',') ? told + 1 : told, BEFORE_ADDING);
  const verb = matchLongest(tokens, verbAt, ADD_VERBS)?.end ?? (isWord(tokens[verbAt], ...BARE_ADD_VERBS) && !isWord(tokens[verbAt + 1]) ? verbAt + 1 : undefined);
  return verb === undefined ? undefined : { end: verb, rule: addedOn(move.rule) };
}

export function readScaledPosition(tokens: readonly Token[], index: number): Found {
  return readPartialExit(tokens, index) ?? readAddThenFall(tokens, index) ?? readFallThenAdd(tokens, index) ?? readPyramiding(tokens, index);
}
