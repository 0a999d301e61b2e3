import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { matchSymbolAt } from './symbols.js';
import type { UnsupportedRule } from './trade_rules.js';

/**
 * An exit on a trade's own move, written without "stop" or "take profit": the condition first
 * ("if a position ever drops 8% below my entry just dump it") or the exit first ("sell if price
 * falls 10% from the high", "cash out once a trade is up 20%"). Three parts make it a rule: a move
 * of x%, a verb that leaves the trade, and what moved. With the condition first, what moved must be
 * a trade, position or entry ("it" or the symbol held included): without it ("if I'm ever 25%
 * underwater I bail") it is the whole account's loss, a drawdown limit (tolerated_falls.ts). With
 * the exit first, a fall is a stop whatever moved; a rise needs the trade, since "cash out once
 * I'm up 50%" is a return goal. Gains told as nouns ("a 10% gain and I'm out"): gain_exits.ts.
 */

const CONDITIONS: ReadonlySet<string> = new Set(['if', 'when', 'once', 'whenever', 'as']);
/** Conditions after an exit verb: "sell if…", "get out once…". */
const CONDITIONS_AFTER_EXIT: ReadonlySet<string> = new Set(['if', 'when', 'once', 'whenever']);
/** Between the exit verb and its condition: "sell automatically if…", "get out right away when…". */
const EXIT_ADVERBS: ReadonlySet<string> = new Set(['automatically', 'immediately', 'instantly', 'right', 'away', 'straight', 'out', 'it', 'everything', 'always', 'just']);
/** "as soon as", "the moment": conditions of more than one word. */
const CONDITION_PHRASES = phrases('as soon as', 'the moment|minute|second', 'any time|anytime', 'every time');
/** A trade, position or holding as the thing that moves: "a position", "any trade", "my entry". */
const POSITION_NOUNS: ReadonlySet<string> = new Set(['position', 'positions', 'trade', 'trades', 'holding', 'holdings', 'entry', 'bag', 'bags']);
/** "if it drops 8%, I'll sell": with an exit after it, "it" is what is held. */
const HELD_PRONOUNS: ReadonlySet<string> = new Set(['it', "it's", 'its']);
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'any', 'the', 'my', 'our', 'one', 'single', 'open', 'ever', 'is', 'are', 'has', 'have', 'gets', 'goes', 'went', 'price', 'coin', 'stock', "i'm", 'im', 'i', 'am', 'we', "we're", 'of', 'each', 'just']);
const FALLS = phrases('falls|fell|drops|dropped|dips|dipped|declines|declined|sinks|sank|slides|slid|lose|loses|losing|lost|tanks|tanked|craters|cratered|retraces|retraced',
  'pulls|pulled back', 'down', 'in the red by', 'underwater by');
const RISES = phrases('rises|rose|gains|gained|climbs|climbed|jumps|jumped|runs|ran|pops|popped|rallies|rallied', 'up', 'runs|ran up', 'in the green by', 'in profit by');
/** The direction told after the size: "the trade is 8% down", "a position 6% in the red", "20% in profit". */
const FALLS_AFTER = phrases('down', 'lower', 'in the red', 'underwater', 'under water', 'in the hole', 'off');
const RISES_AFTER = phrases('up', 'higher', 'in the green', 'in profit', 'in the money');
const SIZE_WORDS: ReadonlySet<string> = new Set(['more', 'than', 'over', 'by', 'at', 'least', 'about', 'around', 'some', 'a', 'an', 'another', 'full']);
/** After the size: where it is measured from. The top makes it a trailing stop; the entry, a fixed one. */
const FROM_THE_TOP = phrases('from|off|below the|its|a high|highs|top|peak|max|maximum', 'from|off|below high|highs|top|peak',
  // "from the highest point since i bought", "off its highest close": the top named by its superlative.
  'from|off|below the|its highest|high|top|peak point|price|level|close|value', 'from|off|below the|its highest');
/** After the top, how long it is measured over: "since i bought", "since entry", "since we got in". */
const SINCE_ENTRY = phrases('since i|we bought|entered', 'since i|we bought it', 'since i|we got in', 'since entry|buying|purchase', 'since the|my entry|purchase|buy');
const ENTRY_SIDES = 'from|below|under|above|over|off|than';
const FROM_ENTRY = phrases(`${ENTRY_SIDES} entry`, `${ENTRY_SIDES} the|my|our|its entry`, `${ENTRY_SIDES} the|my|our|its entry|buy|purchase price|point`,
  `${ENTRY_SIDES} where|what i|we bought|entered|paid`, `${ENTRY_SIDES} where i|we got in`, 'on|in a|the|any|one|that|my trade|position');
/** Measured from the entry with its side: "7% below what I paid" is a fall, "20% above my entry" a rise. */
const RISING_SIDES: ReadonlySet<string> = new Set(['above', 'over']);
/** Between the move and the exit: "…8% below my entry, just dump it", "…then I'll sell". */
const BEFORE_EXIT: ReadonlySet<string> = new Set(['then', 'just', 'i', "i'll", 'ill', "i'd", 'id', 'we', "we'll", "we'd", 'will', 'would', 'want', 'to', 'should', 'you', 'please', 'immediately', 'automatically', 'right', 'away', 'straight', 'simply', 'go', 'and']);
// "but selling automatically if it drops 10% from where I bought": the gerunds exit as the verbs do.
const EXIT_VERBS = phrases('sell|sells|dump|dumps|ditch|unload|liquidate|exit|exits|close|closes|bail|cut|cuts|flatten|drop',
  'selling|dumping|ditching|unloading|liquidating|exiting|closing|bailing|cutting|flattening', 'sell|dump|ditch|unload|close|cut it|out|everything|off',
  'sell|dump|ditch|unload|close|cut|exit the|my|that position|trade', 'get|gets|cash|bail|pull|jump|bow|step out', 'take|lock|bank|book|grab profit|profits|gains',
  'take|lock|bank|book|grab the|my|some profit|profits|gains', 'lock|bank|book in the|my|some profit|profits|gains', 'lock|bank|book it in', 'lock|bank|book it', 'walk away', 'i want out', 'want out', "i'm|im|we're out");

interface Move {
  end: number;
  rule: UnsupportedRule;
  namesPosition: boolean;
}

function conditionEnd(tokens: readonly Token[], index: number): number | undefined {
  const phrase = matchLongest(tokens, index, CONDITION_PHRASES);
  if (phrase) return phrase.end;
  return isWord(tokens[index]) && CONDITIONS.has(tokens[index]!.norm) && !isWord(tokens[index + 1], 'well', 'long') ? index + 1 : undefined;
}

function percentEnd(tokens: readonly Token[], index: number): number | undefined {
  if (!isNumber(tokens[index])) return undefined;
  return isPunct(tokens[index + 1], '%') || isWord(tokens[index + 1], 'percent', 'pct') ? index + 2 : undefined;
}

/** "a position ever drops 8% below my entry", "it's down 10% from where I bought", "a trade is up 20%", "the trade is 8% down". */
export function readPositionMove(tokens: readonly Token[], index: number): Move | undefined {
  let at = index;
  let namesPosition = false;
  while (at < index + 6 && isWord(tokens[at])) {
    // "if BTC drops 8% I'll sell", "if the S&P falls 10% below my entry": what is held, by its name.
    const held = matchSymbolAt(tokens, at, { shouting: false }, false);
    if (held) {
      namesPosition = true;
      at = held.end;
      continue;
    }
    if (!SUBJECT_WORDS.has(tokens[at]!.norm) && !POSITION_NOUNS.has(tokens[at]!.norm) && !HELD_PRONOUNS.has(tokens[at]!.norm)) break;
    namesPosition ||= POSITION_NOUNS.has(tokens[at]!.norm) || HELD_PRONOUNS.has(tokens[at]!.norm);
    at++;
  }
  const fall = matchLongest(tokens, at, FALLS);
  const rise = fall ? undefined : matchLongest(tokens, at, RISES);
  const sizeAt = skipWords(tokens, (fall ?? rise)?.end ?? at, SIZE_WORDS);
  const pastPercent = percentEnd(tokens, sizeAt);
  if (pastPercent === undefined) return undefined;
  // "the trade is 8% down", "7% below what I paid": the direction may come after the size.
  const fallAfter = fall || rise ? undefined : matchLongest(tokens, pastPercent, FALLS_AFTER);
  const riseAfter = fall || rise || fallAfter ? undefined : matchLongest(tokens, pastPercent, RISES_AFTER);
  const moved = (fallAfter ?? riseAfter)?.end ?? pastPercent;
  const top = rise || riseAfter ? undefined : matchLongest(tokens, moved, FROM_THE_TOP);
  if (top) return { end: matchLongest(tokens, top.end, SINCE_ENTRY)?.end ?? top.end, rule: 'trailing_stop', namesPosition };
  const entry = matchLongest(tokens, moved, FROM_ENTRY);
  if (!fall && !rise && !fallAfter && !riseAfter && !entry) return undefined;
  const rising = Boolean(rise ?? riseAfter) || Boolean(!fall && !fallAfter && RISING_SIDES.has(tokens[moved]!.norm));
  return { end: entry?.end ?? moved, rule: rising ? 'take_profit' : 'stop_loss', namesPosition: namesPosition || Boolean(entry) };
}

/** A verb that leaves a trade, at `index`: "sell", "get out", "bank it", "I'm out". */
export function exitVerbAt(tokens: readonly Token[], index: number): { end: number } | undefined {
  return matchLongest(tokens, index, EXIT_VERBS);
}

/** An exit verb, or a bare "out" straight before "at" ("out at -5%", "out at +10%"), where "out" alone is the trade left. */
export function exitLeadAt(tokens: readonly Token[], index: number): { end: number } | undefined {
  return exitVerbAt(tokens, index) ?? (isWord(tokens[index], 'out') && isWord(tokens[index + 1], 'at') ? { end: index + 1 } : undefined);
}

/** The exit verb a few words on ("just dump it", "then I'll sell", "I want out"), the words before it only leads. */
export function exitVerbNear(tokens: readonly Token[], index: number): { end: number } | undefined {
  for (let at = index; at <= index + 5; at++) {
    const verb = matchLongest(tokens, at, EXIT_VERBS);
    if (verb) return verb;
    if (!isWord(tokens[at]) || !BEFORE_EXIT.has(tokens[at]!.norm)) return undefined;
  }
  return undefined;
}

/**
 * What the exit leaves, between its verb and the condition: "get out of any trade", "bail on a
 * position", "close any trade". Only a trade or what is held: "get out of crypto the moment btc drops
 * 50%" leaves a market, not a trade.
 */
const EXIT_OBJECTS = phrases('of|on|from any|a|the|my|our|each|every|that trade|position|holding', 'of|on|from it|them',
  'any|a|the|my|our|each|every trade|position');

/** The condition after an exit and what it leaves: "if", "once", "the moment", "as soon as". */
function conditionAfterExit(tokens: readonly Token[], index: number): number | undefined {
  const phrase = matchLongest(tokens, index, CONDITION_PHRASES);
  if (phrase) return phrase.end;
  return isWord(tokens[index]) && CONDITIONS_AFTER_EXIT.has(tokens[index]!.norm) ? index + 1 : undefined;
}

/**
 * "sell if price falls more than 10% from the high", "sell whenever it's down 10% from where I bought", "cash out once a trade is up 20%",
 * "I'd get out of any trade the moment it's 8% below where I bought".
 */
export function readExitThenMove(tokens: readonly Token[], index: number): { end: number; rule: UnsupportedRule } | undefined {
  const verb = matchLongest(tokens, index, EXIT_VERBS);
  const objectEnd = verb && (matchLongest(tokens, verb.end, EXIT_OBJECTS)?.end ?? verb.end);
  const conditionAt = objectEnd && skipWords(tokens, objectEnd, EXIT_ADVERBS);
  const afterCondition = conditionAt !== undefined && conditionAt <= objectEnd! + 3 ? conditionAfterExit(tokens, conditionAt) : undefined;
  if (afterCondition === undefined) return undefined;
  const move = readPositionMove(tokens, afterCondition);
  if (!move || (move.rule === 'take_profit' && !move.namesPosition)) return undefined;
  return { end: move.end, rule: move.rule };
}

/**
 * "if a position ever drops 8% below my entry just dump it", "once any trade is up 20%, take profits",
 * "once I'm up 10% I close": a rise with the exit after it is a take profit whoever is up (a fall of the
 * writer's own, "if I'm ever 25% underwater I bail", is the account's drawdown limit).
 */
export function readConditionThenExit(tokens: readonly Token[], index: number): { end: number; rule: UnsupportedRule } | undefined {
  const afterCondition = conditionEnd(tokens, index);
  const move = afterCondition === undefined ? undefined : readPositionMove(tokens, afterCondition);
  if (!move?.namesPosition && move?.rule !== 'take_profit') return undefined;
  const verb = exitVerbNear(tokens, isPunct(tokens[move.end], ',', '-', ':') ? move.end + 1 : move.end);
  if (!verb) return undefined;
  return { end: isWord(tokens[verb.end], 'it', 'them') ? verb.end + 1 : verb.end, rule: move.rule };
}
