import type { Clause, Recognizer, RecognizerMatch } from '../clauses.js';
import { FOREIGN_NUMBER_ANDS } from '../foreign_ands.js';
import { startsPeriodLabel } from '../period_labels.js';
import { readMarkers } from '../self_corrections.js';
import { readSignedNumber } from '../signed_numbers.js';
import type { Token } from '../tokenizer.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS } from './currency_words.js';
import { argumentSlotAt } from './lettered_arguments.js';
import { isPunct, isWord, isYearNumber, matchLongest, phrases, skipWords, writtenText, type Phrase } from '../token_matchers.js';

// "in below 30, out above 70": "in" and "out" are the trade made, as traders say "get in", "get out".
// "bought when it went under 30 and sold when it went over 70": a rule told as what would have been done says the same.
const BUY_VERBS = 'buy|buying|buys|bought|enter|enters|entering|entered|in';
const SELL_VERBS = 'sell|selling|sells|sold|exit|exits|exiting|exited|out';
/**
 * "buy under 5", "buy <30", "sell when above 75", "buy when it is below 25", "sell once it's back above 75": a
 * level named by the trade made beyond it. Only the side that makes sense names a level (buying
 * below, selling above); "buy above 70" is another rule, left unread.
 */
function levelRule(verbs: string, side: string): readonly Phrase[] {
  const when = 'when|once|if|whenever|after';
  const subject = 'it|rsi|price';
  // "sell when it go over 75": the verb's bare form, as learners of English often write it, says the same.
  const moves = 'is|goes|gets|moves|crosses|falls|drops|dips|rises|climbs|trades|closes|go|get|move|cross|fall|drop|dip|rise|climb|trade|close'
    + '|was|went|got|moved|crossed|fell|dropped|dipped|rose|climbed|traded|closed';
  return phrases(`${verbs} ${side}`, `${verbs} ${when} ${side}`, `${verbs} ${when} ${subject} ${side}`, `${verbs} ${when} ${subject} ${moves} ${side}`,
    `${verbs} ${when} ${subject} ${moves} back ${side}`, `${verbs} ${when} it's|its ${side}`, `${verbs} ${when} it's|its back ${side}`,
    `${verbs} ${when} the rsi ${moves} ${side}`, `${verbs} ${when} the rsi ${moves} back ${side}`,
    // "sell once that reading gets above 65": the oscillator's reading, named earlier, as the subject.
    `${verbs} ${when} the|that|this reading ${moves} ${side}`, `${verbs} ${when} the|that|this reading ${moves} back ${side}`,
    // "sell when is over 75", "buy when goes below 30": the subject dropped, as second-language writers often do.
    `${verbs} ${when} ${moves} ${side}`, `${verbs} ${when} ${moves} back ${side}`);
}

/**
 * "sell when it's back to 70", "sell once it hits 75", "exit when the rsi reaches 80": the selling level
 * told as where the trade ends, with no side. Only selling reads it (the upper level); "buy when it
 * hits 70" could be either side and stays unread.
 */
function reachedSellLevel(): readonly Phrase[] {
  const when = 'when|once|if|whenever|after';
  const reaches = 'hits|reaches|touches|tags|hit|reach|touch|tag';
  const back = 'is|gets|goes|comes|moves|get|go|come|move';
  return phrases(`${SELL_VERBS} ${when} it's|its back to|at`, `${SELL_VERBS} ${when} it|rsi|price ${back} back to|at`,
    `${SELL_VERBS} ${when} it|rsi|price ${back} to`, `${SELL_VERBS} ${when} the rsi ${back} back to|at`, `${SELL_VERBS} ${when} it|rsi|price ${reaches}`,
    `${SELL_VERBS} ${when} the rsi ${reaches}`, `${SELL_VERBS} ${when} it|rsi|price ${reaches} back`);
}

/**
 * "sell when it go up 65", "sell once it goes up to 70", "buy when the rsi comes down to 25": a move up to
 * a level is where selling happens (the upper level), a move down where buying does (the lower). The
 * direction word says the side, so only the side that makes sense reads it ("buy when it goes up 70" stays unread).
 */
function movedLevel(verbs: string, direction: 'up' | 'down'): readonly Phrase[] {
  const when = 'when|once|if|whenever|after';
  const moves = `goes|go|gets|get|moves|move|comes|come|${direction === 'up' ? 'rises|rise|climbs|climb|shoots|shoot' : 'falls|fall|drops|drop|dips|dip'}`;
  const beyond = direction === 'up' ? 'to|past|over|above' : 'to|below|under';
  const moved = [`${moves} ${direction}`, `${moves} ${direction} ${beyond}`];
  return moved.flatMap((move) => phrases(`${verbs} ${when} it|rsi|price ${move}`, `${verbs} ${when} the rsi ${move}`, `${verbs} ${when} ${move}`));
}

/**
 * "sell when is up of 80", "buy when it is below of 20": the side with "of" after it, as Spanish ("por encima de")
 * and Portuguese ("acima de") writers carry their "de" into English.
 */
const SIDE_OF = { below: 'below|under|down of', above: 'above|over|up of' };

/** Names people give a parameter, and the ids they may mean, best first ("fast" is MACD's fast, else a crossover's short). */
const PARAMETER_NAMES: ReadonlyArray<{ names: readonly Phrase[]; candidates: readonly string[] }> = [
  { names: phrases('short', 'short window|period|length|ma|sma|ema|average|lookback|leg', 'short moving average'), candidates: ['short', 'fast'] },
  { names: phrases('fast', 'fast window|period|length|ma|sma|ema|average|line|leg', 'fast moving average', 'quick', 'quick window|period|length|ma|sma|ema|average|line|leg'), candidates: ['fast', 'short'] },
  { names: phrases('long', 'long window|period|length|ma|sma|ema|average|lookback|leg', 'long moving average'), candidates: ['long', 'slow'] },
  { names: phrases('slow', 'slow window|period|length|ma|sma|ema|average|line|leg', 'slow moving average'), candidates: ['slow', 'long'] },
  { names: phrases('signal', 'signal line|period|window|length|smoothing'), candidates: ['signal'] },
  // "looking back 30 days": the verb names it too; "looking back at the last 30 days" has no value straight after.
  { names: phrases('lookback', 'look back', 'lookback period|window|length', 'look back period|window', 'looking|looks back', 'looking|looks|look back over'), candidates: ['lookback', 'period'] },
  {
    names: phrases('period', 'window', 'length', 'entry', 'entries', 'entry period|window|channel|length', 'channel', 'channel period|window|length', 'band period|window|length',
      'moving average|ma|sma period|window|length', 'lookback window',
      // "entry lookback 30": the breakout's entry channel, named by what it looks back over.
      'entry lookback', 'entry look back', 'entry lookback period|window',
      // "période 10", "periodo 14", "Periode 20": the word as French, Spanish, Italian, Portuguese and German write it (accents are taken off).
      'periode', 'periodo'),
    candidates: ['period', 'lookback'],
  },
  { names: phrases('exit', 'exits', 'exit period|window|channel|length', 'exit_period', 'exit lookback', 'exit look back', 'exit lookback period|window'), candidates: ['exit_period'] },
  {
    names: [...phrases('lower', 'lower band|bound|threshold|level|line|limit', 'oversold', 'oversold level|threshold|line',
      'drops|drop|falls|fall|dips|dip|goes|crosses|went|fell|dropped|dipped|crossed below|under',
      // "(the RSI thing going under 30)": the move as a participle, an aside rather than a clause.
      'dropping|falling|dipping|going|crossing below|under',
      // "buying in 30 and selling in 70", "buy at 25": the levels as Portuguese and Spanish traders put them.
      'buy|buying|buys in|at',
      // "the buy level should be 25": the level named by the trade made there.
      'buy|buying level|threshold|line'), ...levelRule(BUY_VERBS, 'below|under|<|<='), ...levelRule(BUY_VERBS, SIDE_OF.below), ...movedLevel(BUY_VERBS, 'down')],
    candidates: ['lower'],
  },
  {
    names: [...phrases('upper', 'upper band|bound|threshold|level|line|limit', 'overbought', 'overbought level|threshold|line',
      'rises|rise|climbs|climb|goes|crosses|went|rose|climbed|crossed above|over', 'rising|climbing|going|crossing above|over', 'sell|selling|sells in|at', 'sell|selling level|threshold|line'), ...levelRule(SELL_VERBS, 'above|over|>|>='), ...levelRule(SELL_VERBS, SIDE_OF.above), ...reachedSellLevel(), ...movedLevel(SELL_VERBS, 'up')],
    candidates: ['upper'],
  },
  // "exit at 80": a breakout's exit channel ("donchian 20, exit at 10") when one runs, else the RSI's selling level.
  { names: phrases('exit|exits|exiting at'), candidates: ['exit_period', 'upper'] },
  {
    names: phrases('std', 'std dev', 'stdev', 'stddev', 'sd', 'sigma', 'sigmas', 'standard deviation|deviations', 'deviation|deviations', 'band width', 'bandwidth',
      'std_dev', 'std devs', 'stdevs', 'standard dev|devs', 'std deviation|deviations', 'sds', 'width', 'multiplier', 'band multiplier',
      // "2 sigma bands", "2 standard deviation bands": the bands' width.
      'std|stdev|sd|sds|sigma|sigmas band|bands', 'std dev|devs band|bands', 'standard deviation|deviations band|bands', 'deviation|deviations band|bands',
      // "2,5 écart-type", "desviación estándar", "desvio padrão", "deviazione standard", "Standardabweichung": other languages' names.
      'ecart|ecarts type|types', 'desviacion|desviaciones estandar|estandares|tipica|tipicas',
      // "desviación" is one spelling correction from "deviation" (spelling.ts), which reaches here first.
      'deviation|deviations estandar|estandares|tipica|tipicas', 'desvio|desvios padrao|padroes', 'desvio|desvios padrao|padroes de', 'deviazione|deviazioni standard',
      'deviazione|deviazioni standard di',
      'standardabweichung', 'standardabweichungen'),
    candidates: ['std_dev'],
  },
];

const ALL_NAMES = PARAMETER_NAMES.flatMap((entry) => entry.names);

/** The names written as one word ("period", "signal", "lower"): those a typo may reach (misspelled_parameter_names.ts). */
export const ONE_WORD_PARAMETER_NAMES: readonly string[] = [...new Set(ALL_NAMES.filter((name) => name.length === 1).flatMap((name) => name[0]!.split('|')))];

/**
 * Desk shorthand for a parameter, read as `name=value` ("bb lb=20 k=2.5", "mom n=60"). Alone, "k" is
 * thousands and "n", "p" or "per" any word, so without the "=" they name nothing; `bare` ones are no
 * English word and name the number straight after them too ("eth momentum lb 60", "mom lkbk 90").
 */
const KEY_ABBREVIATIONS: ReadonlyArray<{ names: readonly string[]; candidates: readonly string[]; bare?: true; label?: true }> = [
  { names: ['lb', 'lkbk', 'lbk', 'lback'], candidates: ['lookback', 'period'], bare: true },
  { names: ['len'], candidates: ['period', 'lookback'], bare: true },
  { names: ['per'], candidates: ['period', 'lookback'], label: true },
  { names: ['n', 'p'], candidates: ['period', 'lookback'] },
  // "os 30 ob 70": an oscillator's oversold and overbought levels, as quants label them.
  { names: ['os'], candidates: ['lower'], label: true },
  { names: ['ob'], candidates: ['upper'], label: true },
  { names: ['mult', 'nstd', 'nsd'], candidates: ['std_dev'], bare: true },
  { names: ['k'], candidates: ['std_dev'] },
];

/** Words that open the clause after a label's value: "os 30 ob 70 on btc". */
const NEXT_CLAUSE_WORDS = ['on', 'for', 'from', 'since', 'in', 'during', 'with', 'and'];

/**
 * "| per 25 | sd 3", "os 35 ob 65 period: 2022": a `label` abbreviation is an everyday word elsewhere
 * ("5 dollars per 100 shares", Portuguese "os 30 dias"), so it names the number straight after it only
 * where that number stands alone as a label's value: last, before punctuation, the next name, or a word
 * that opens the next clause.
 */
function standsAsLabelValue(tokens: readonly Token[], index: number): boolean {
  const number = readSignedNumber(tokens, index);
  if (!number) return false;
  const next = tokens[number.end];
  if (next === undefined || (isPunct(next) && !isPunct(next, '%', '$', '-', '/')) || isWord(next, ...NEXT_CLAUSE_WORDS)) return true;
  return matchLongest(tokens, number.end, ALL_NAMES) !== undefined
    || KEY_ABBREVIATIONS.some((abbreviation) => abbreviation.names.includes(next.text.toLowerCase()));
}

/** A fee's rate: "fees 1 per 1000", "$5 per 1000": "per" after a cost or a sum names no period. */
const COST_WORDS_BEFORE_RATE = ['fee', 'fees', 'commission', 'commissions', 'cost', 'costs', 'slippage', 'spread', 'charge', 'charges', 'bps', 'bp'];

function isRateAfterCost(tokens: readonly Token[], index: number): boolean {
  if (!isWord(tokens[index], 'per')) return false;
  return tokens.slice(Math.max(0, index - 4), index).some((token) => isWord(token, ...COST_WORDS_BEFORE_RATE) || isPunct(token, '$', '€', '£', '%'));
}

/** "lb=20", "lb 60": an abbreviation and the "=" (or, for a bare one, the number) after it, with the ids it may mean. */
function matchKeyAbbreviation(tokens: readonly Token[], index: number): { end: number; candidates: readonly string[]; abbreviated: true } | undefined {
  const token = tokens[index];
  if (!isWord(token)) return undefined;
  // As written: chat's "n" reads as "and" ("10 n 40"), but "n=" is a count of bars.
  const entry = KEY_ABBREVIATIONS.find((abbreviation) => abbreviation.names.includes(token!.text.toLowerCase()));
  const next = tokens[index + 1];
  const keyed = isPunct(next, '=') || (entry?.bare === true && (isPunct(next, ':') || next?.kind === 'number'))
    || (entry?.label === true && (isPunct(next, ':') || standsAsLabelValue(tokens, index + 1)) && !isRateAfterCost(tokens, index));
  // "SMA(n=10, m=40)", "momentum(L=30)": a letter in a strategy's brackets stands for the parameter at its place there,
  // after what the letter names itself ("BB(k=2, n=20)" keeps k the width).
  const slot = isPunct(next, '=') && /^[a-z]$/i.test(token!.text) ? argumentSlotAt(tokens, index) : undefined;
  const candidates = [...(entry && keyed ? entry.candidates : []), ...(slot === undefined ? [] : [slot])];
  return candidates.length > 0 ? { end: index + 1, candidates, abbreviated: true } : undefined;
}

interface NamedValue {
  end: number;
  candidates: readonly string[];
  value: number;
  /** Written as desk shorthand ("lb=20"), which prefers none of its candidates. */
  abbreviated?: true;
}

function paramClause(named: NamedValue, value: number): Clause {
  return { kind: 'param', candidates: named.candidates, value, ...(named.abbreviated ? { abbreviated: named.abbreviated } : {}) };
}
const VALUE_LEADS: ReadonlySet<string> = new Set(['of', 'to', 'at', 'is', 'as', 'set', 'equal', 'equals', 'a', 'an', 'be', 'was', 'were', 'one', 'ones',
  'becomes', 'become', 'should', 'would', 'could', 'will', 'then', 'now', 'instead', 'value', 'around', 'about', 'like', 'go', 'changed', 'change', 'moved', 'move',
  'fixed', 'held', 'kept', 'pinned', 'stays', 'stay', 'on',
  // "push the slow line out to 30", "the period down to 10", "the period back to 14": which way it moves, then its value.
  'out', 'up', 'down', 'back']);
const BAR_UNITS = ['day', 'days', 'bar', 'bars', 'period', 'periods', 'd', 'session', 'sessions'];
const NOT_PARAMETER_UNITS = ['%', 'bps', 'bp', 'percent', 'pct', 'k', 'm', 'h', 'years', 'year', 'months', 'month', 'weeks', 'week', 'trades', 'minute', 'minutes', 'hour', 'hours'];

function candidatesOf(which: number): readonly string[] {
  let offset = which;
  for (const entry of PARAMETER_NAMES) {
    if (offset < entry.names.length) return entry.candidates;
    offset -= entry.names.length;
  }
  return [];
}

/** A parameter's name written at `index` ("short window", "std"), the ids it may mean, and the index past it. */
export function matchParameterName(tokens: readonly Token[], index: number): { end: number; candidates: readonly string[] } | undefined {
  const named = matchLongest(tokens, index, ALL_NAMES);
  return named && { end: named.end, candidates: candidatesOf(named.which) };
}

export function readValue(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const number = readSignedNumber(tokens, index);
  if (!number || isYearNumber(tokens[number.end - 1])) return undefined;
  // "lb=20 k=2.5": a word with "=" after it is the next setting's name, not this value's unit (thousands).
  const unitAfter = !isPunct(tokens[number.end + 1], '=') && !startsPeriodLabel(tokens, number.end) && NOT_PARAMETER_UNITS.includes(tokens[number.end]?.norm ?? '');
  if (unitAfter) return undefined;
  return { value: number.value, end: number.end };
}

const LEVELS = ['lower', 'upper'];

/**
 * "20 day", "20-day"; not the "period" of "upper 80 period 10", which names the next value, unless
 * that value has its own name after it ("a 20 period 2 sd bollinger").
 */
export function skipBarUnit(tokens: readonly Token[], index: number): number {
  // "120 trading days": the market's days are the bars' unit too.
  if (isWord(tokens[index], 'trading')) {
    const unitEnd = skipBarUnit(tokens, index + 1);
    return unitEnd > index + 1 ? unitEnd : index;
  }
  // "20-period 2σ bollinger": a hyphened unit is this value's, and with the next value named by its own
  // name ("2 sigma") it is this value's name too, so the period is 20 (before, "period 2" was read).
  if (isPunct(tokens[index], '-') && isWord(tokens[index + 1], ...BAR_UNITS)) return isNamedAfter(tokens, index + 2) ? index + 1 : index + 2;
  if (!isWord(tokens[index], ...BAR_UNITS)) return index;
  const next = readSignedNumber(tokens, index + 1);
  return (next && !isNamedAfter(tokens, index + 1)) || isPunct(tokens[index + 1], '=', ':') ? index : index + 1;
}

/** Whether the value at `index` is named after it ("2 std", "2 sigma"), by a name without a value of its own. */
function isNamedAfter(tokens: readonly Token[], index: number): boolean {
  const next = readSignedNumber(tokens, index);
  return next !== undefined && matchLongest(tokens, next.end, ALL_NAMES) !== undefined && !namesValueAfter(tokens, next.end);
}

// "seuils 25 et 75", "umbrales 30 y 70", "soglie 30 e 70", "limiares 30 e 70": the thresholds in French, Spanish, Italian, Portuguese.
// "the wings at 25 and 75": an iron condor's wings, the writer's name for the levels (options_metaphors.ts).
const BAND_WORDS = ['band', 'bands', 'threshold', 'thresholds', 'level', 'levels', 'bounds', 'limits', 'lines', 'borders', 'boundaries', 'wing', 'wings',
  'seuil', 'seuils', 'umbral', 'umbrales', 'soglia', 'soglie', 'limiar', 'limiares'];
/** "20-day bands", "a 55-day channel": the bands' or channel's window, read only with its bar unit ("bands at 2" is no window). */
const WINDOWED_NOUNS = ['band', 'bands', 'channel', 'channels'];
const PAIR_SEPARATORS = ['/', ',', '-', 'and', '&', 'to', ...FOREIGN_NUMBER_ANDS];

function readPair(tokens: readonly Token[], index: number): { lower: number; upper: number; end: number } | undefined {
  const lower = readValue(tokens, index);
  const separatorAt = lower?.end ?? index;
  if (!lower || !(isPunct(tokens[separatorAt], ...PAIR_SEPARATORS) || isWord(tokens[separatorAt], ...PAIR_SEPARATORS))) return undefined;
  const upper = readValue(tokens, separatorAt + 1);
  return upper && { lower: lower.value, upper: upper.value, end: upper.end };
}

function bandClauses(pair: { lower: number; upper: number }): Clause[] {
  return [{ kind: 'param', candidates: ['lower'], value: pair.lower }, { kind: 'param', candidates: ['upper'], value: pair.upper }];
}

/**
 * An RSI's lower and upper levels written apart from its name: "30/70 bands", "use 20 and 80 as
 * the bands", "make the thresholds 25 and 75", "bands at 20/80".
 */
function readBandPair(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const pair = readPair(tokens, index);
  if (pair) {
    const nounAt = skipWords(tokens, pair.end, new Set(['as', 'the', 'for', 'rsi', 'its', 'my']));
    return isWord(tokens[nounAt], ...BAND_WORDS) ? { end: nounAt + 1, clauses: bandClauses(pair) } : undefined;
  }
  if (!isWord(tokens[index], ...BAND_WORDS)) return undefined;
  const valueAt = skipWords(tokens, index + 1, new Set([...VALUE_LEADS, 'at', 'of', 'to', '=', 'be']));
  const named = readPair(tokens, isPunct(tokens[valueAt], '=', ':') ? valueAt + 1 : valueAt);
  return named && { end: named.end, clauses: bandClauses(named) };
}

/** "the lookback is wrong", "the lookback salah" (Indonesian: wrong): the value before is the one to correct. */
const CALLED_WRONG = phrases('is|was|\'s wrong|incorrect|salah', 'is|was not right|correct', "isn't|wasn't|isnt|wasnt right|correct", 'wrong|incorrect|salah');

/**
 * "the lookback is wrong, should be 45": the value follows the remark, only where "should"/"must" leads
 * it, as "the period is wrong" alone names no new value.
 */
function pastCalledWrong(tokens: readonly Token[], index: number): number {
  const remark = matchLongest(tokens, index, CALLED_WRONG);
  if (!remark) return index;
  const afterComma = isPunct(tokens[remark.end], ',', ';', '-') ? remark.end + 1 : remark.end;
  const verbAt = isWord(tokens[afterComma], 'it', 'that', 'this') ? afterComma + 1 : afterComma;
  return isWord(tokens[verbAt], 'should', 'must') ? verbAt + 1 : index;
}

/** "the upper, use 65", "the lookback, make it 45": a verb of choosing after a comma hands the value to the name before it. */
const CHOSEN_AFTER_COMMA = phrases(', use|try|take|pick', ', make|set|put it', ', make|set it to|at', ', put it at');

/** Past such a verb after the name at `nameEnd`, only where "the" led the name (a setting pointed at); else `nameEnd`. */
function pastChosenAfterComma(tokens: readonly Token[], nameStart: number, nameEnd: number): number {
  if (!isWord(tokens[nameStart - 1], 'the')) return nameEnd;
  return matchLongest(tokens, nameEnd, CHOSEN_AFTER_COMMA)?.end ?? nameEnd;
}

/**
 * "put the deviation in 3" (Portuguese "colocar em 3", Spanish "poner en 3"): after "put|set the", "in"
 * leads the value as "to" does. Not elsewhere, where "in" is a preposition ("the period in 2022").
 */
function placedIn(tokens: readonly Token[], index: number, nameEnd: number): boolean {
  return isWord(tokens[nameEnd], 'in') && isWord(tokens[index - 1], 'the') && isWord(tokens[index - 2], 'put', 'set', 'leave', 'place');
}

/** Verbs of a move that name a level by their direction alone ("drops below", "rising above"). */
const MOVE_WORDS = new Set(['drops', 'drop', 'falls', 'fall', 'dips', 'dip', 'goes', 'crosses', 'went', 'fell', 'dropped', 'dipped', 'crossed', 'dropping', 'falling',
  'dipping', 'going', 'crossing', 'rises', 'rise', 'climbs', 'climb', 'rose', 'climbed', 'rising', 'climbing']);
/** Between a trade's verb and the move that sets it off: "sell when rsi drops", "buy if the rsi rises", "sell once it's". */
const TRADE_TO_MOVE = new Set(['when', 'once', 'if', 'whenever', 'after', 'with', 'on', 'it', "it's", 'its', 'rsi', 'the', 'price', 'reading', 'as', 'soon']);
/** After the level, what leads to its trade: "drops below 30 sell", "… 30, sell", "… 30 then sell", "… 30 -> sell". */
const LEVEL_TO_TRADE = new Set([',', 'then', '-', '>', ':', '=']);
/**
 * After a trade's verb, words that end the rule ("… 30, sell", "… 30 then sell it all"); anything else may
 * start the trade's own condition ("…below 30, sell when it rises above 70", "sell with it rising above 75").
 */
const TRADE_ENDS = new Set(['it', 'out', 'everything', 'all', 'them', 'immediately', 'then', 'and', 'or']);

/**
 * "rsi drops below 30 sell", "sell when rsi drops below 30", "buy when it rises above 70": a move whose
 * trade is the other side's (selling on a fall, buying on a rise) is a momentum rule, not the RSI's
 * buying or selling level, so nothing is read rather than the level set in silence.
 */
function movesAgainstItsTrade(tokens: readonly Token[], index: number, valueEnd: number, candidates: readonly string[]): boolean {
  if (!MOVE_WORDS.has(tokens[index]?.norm ?? '') || !candidates.every((id) => LEVELS.includes(id))) return false;
  const buying = candidates.includes('lower');
  const own = (buying ? BUY_VERBS : SELL_VERBS).split('|');
  const opposite = (buying ? SELL_VERBS : BUY_VERBS).split('|');
  let before = index - 1;
  while (before >= 0 && before > index - 6 && TRADE_TO_MOVE.has(tokens[before]!.norm)) before--;
  // "buy when rsi drops below 30, sell": the level's own trade said first settles it.
  if (tokens[before]?.sentence === tokens[index]!.sentence && isWord(tokens[before], ...own, ...opposite)) return isWord(tokens[before], ...opposite);
  let after = valueEnd;
  while (after < valueEnd + 3 && LEVEL_TO_TRADE.has(tokens[after]?.norm ?? '')) after++;
  const next = tokens[after + 1];
  const endsRule = next === undefined || next.sentence !== tokens[after]?.sentence || next.kind === 'punct' || TRADE_ENDS.has(next.norm);
  return isWord(tokens[after], ...opposite) && endsRule && tokens[after]!.sentence === tokens[index]!.sentence;
}

/** "short window 10", "lookback of 60 days", "signal = 9", "std 2": a parameter's name, then its value. */
export function readNamedValue(tokens: readonly Token[], index: number): NamedValue | undefined {
  const longest = matchLongest(tokens, index, ALL_NAMES);
  const named = longest ? { end: longest.end, candidates: candidatesOf(longest.which) } : matchKeyAbbreviation(tokens, index);
  if (!named) return undefined;
  const valueAt = isPunct(tokens[named.end], '=', ':') || placedIn(tokens, index, named.end) ? named.end + 1
    : skipWords(tokens, pastCalledWrong(tokens, pastChosenAfterComma(tokens, index, named.end)), VALUE_LEADS);
  const value = readValue(tokens, valueAt);
  if (!value || movesAgainstItsTrade(tokens, index, value.end, named.candidates)) return undefined;
  // "the lower band of a 20 period bollinger": a level is never counted in bars; the number is the bands' window.
  // "exit at 15 days" keeps only the exit channel of its candidates.
  // "sold when it went over 70 dollars", "under 30 cents": a price in a story, never an oscillator's level.
  const priced = isWord(tokens[value.end], ...CURRENCY_WORDS, 'cents', 'cent', 'k') || isPunct(tokens[valueAt - 1], ...CURRENCY_SIGNS);
  const candidates = skipBarUnit(tokens, value.end) > value.end || priced ? named.candidates.filter((id) => !LEVELS.includes(id)) : named.candidates;
  if (candidates.length === 0) return undefined;
  return { ...named, candidates, end: skipBarUnit(tokens, value.end), value: value.value };
}

/**
 * Whether the parameter's name at `index` owns the value after it ("std 2", "entry 20 exit 10"),
 * rather than that value being the next name's, written after its value ("entry 15 exit").
 */
export function namesValueAfter(tokens: readonly Token[], index: number): boolean {
  const named = readNamedValue(tokens, index);
  if (!named) return false;
  return !matchLongest(tokens, named.end, ALL_NAMES) || namesValueAfter(tokens, named.end);
}

/**
 * "55 in / 20 out", "20 in, 10 out": a breakout's entry and exit channels as turtle traders write
 * them. Only as a pair: "in" alone is a preposition ("50 in 2022").
 */
export function readEntryExitPair(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const entry = readValue(tokens, index);
  // "55 days in 20 out", "twenty days in and ten out": the window's unit may stand before "in" or "out".
  const inAt = entry && skipBarUnit(tokens, entry.end);
  if (!entry || !isWord(tokens[inAt!], 'in')) return undefined;
  const exitAt = isPunct(tokens[inAt! + 1], '/', ',') || isWord(tokens[inAt! + 1], 'and') ? inAt! + 2 : inAt! + 1;
  const exit = readValue(tokens, exitAt);
  const outAt = exit && skipBarUnit(tokens, exit.end);
  if (!exit || !isWord(tokens[outAt!], 'out')) return undefined;
  return { end: outAt! + 1, clauses: [{ kind: 'param', candidates: ['period'], value: entry.value }, { kind: 'param', candidates: ['exit_period'], value: exit.value }] };
}

/** "std dev 2.5 — no wait, 3": the value after a correction marker replaces the one before it. */
function readCorrectedValue(tokens: readonly Token[], named: NamedValue): RecognizerMatch | undefined {
  let markerAt = named.end;
  while (isPunct(tokens[markerAt], ',', '-', '—', '–', ';')) markerAt++;
  const markersEnd = readMarkers(tokens, markerAt);
  const corrected = markersEnd === undefined ? undefined : readValue(tokens, markersEnd);
  if (!corrected) return undefined;
  const end = skipBarUnit(tokens, corrected.end);
  const marker = writtenText(tokens.slice(markerAt, markersEnd));
  return {
    end,
    clauses: [
      paramClause(named, corrected.value),
      { kind: 'note', text: `read '${marker}' as a correction: ${named.candidates[0]} ${corrected.value} in place of ${named.value}` },
    ],
  };
}

/** "exit lookback 15 instead of 10": the value replaced is said only to be replaced. */
const REPLACING = phrases('instead of', 'rather than', 'in place of', 'not', ', not', 'and not');

/** Past the replaced value after a named one ("instead of 10"), else `index`. */
function pastReplacedValue(tokens: readonly Token[], index: number): number {
  const lead = matchLongest(tokens, index, REPLACING);
  const replaced = lead && readValue(tokens, lead.end);
  return replaced ? skipBarUnit(tokens, replaced.end) : index;
}

/** Verbs that give a bare value to the parameter named after it: "use 1.5 for the standard deviation", "set 20 as the period". */
const CHOOSING_VERBS = ['use', 'set', 'put', 'take', 'pick', 'choose', 'try'];

/** "50 for the short": a value, "for", then a parameter's name; the index past the name. */
function readValueForName(tokens: readonly Token[], index: number): { end: number; clause: Clause } | undefined {
  const value = readValue(tokens, index);
  if (!value || !isWord(tokens[value.end], 'for')) return undefined;
  const name = matchLongest(tokens, skipWords(tokens, value.end + 1, new Set(['the'])), ALL_NAMES);
  return name && { end: name.end, clause: { kind: 'param', candidates: candidatesOf(name.which), value: value.value } };
}

/**
 * "50 for the short and 20 for the long", "30 for the entry, 15 for the exit": values handed out
 * side by side, each to the name after it. One alone ("1.5 for the std") says less, and is read
 * only after a verb of choosing or with a unit (below).
 */
function readValuesForNames(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const first = readValueForName(tokens, index);
  if (!first) return undefined;
  const nextAt = skipWords(tokens, isPunct(tokens[first.end], ',') ? first.end + 1 : first.end, new Set(['and']));
  const second = nextAt > first.end ? readValueForName(tokens, nextAt) : undefined;
  return second && { end: second.end, clauses: [first.clause, second.clause] };
}

/** "short window 10", "lookback of 60 days", "signal = 9", "10-day short window", "2.5 std", "30/70 bands", "55 in / 20 out" (a breakout's extremes: channel_rules.ts). */
export function readParameter(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const bands = readBandPair(tokens, index) ?? readEntryExitPair(tokens, index) ?? readValuesForNames(tokens, index);
  if (bands) return bands;
  if (matchLongest(tokens, index, ALL_NAMES) || matchKeyAbbreviation(tokens, index)) {
    const named = readNamedValue(tokens, index);
    return named && (readCorrectedValue(tokens, named) ?? { end: pastReplacedValue(tokens, named.end), clauses: [paramClause(named, named.value)] });
  }
  const value = readValue(tokens, index);
  if (value === undefined) return undefined;
  const unitEnd = skipBarUnit(tokens, value.end);
  if (unitEnd > value.end && isWord(tokens[unitEnd], ...WINDOWED_NOUNS) && !matchLongest(tokens, unitEnd, ALL_NAMES)) {
    return { end: unitEnd + 1, clauses: [{ kind: 'param', candidates: ['period'], value: value.value }] };
  }
  // "a 14 period" names the period; "a 40 day entry" has a unit first; "2.5 of standard deviation".
  const ofAt = isWord(tokens[value.end], 'of') && matchLongest(tokens, value.end + 1, ALL_NAMES) ? value.end + 1 : value.end;
  const unitAt = skipBarUnit(tokens, value.end);
  // "30 days for the entry and 15 days for the exit"; "use 1.5 for the standard deviation" (a verb of choosing, no unit).
  const forAt = unitAt > value.end || isWord(tokens[index - 1], ...CHOOSING_VERBS) ? skipWords(tokens, unitAt, new Set(['for', 'the', 'of'])) : unitAt;
  const nameAt = matchLongest(tokens, ofAt, ALL_NAMES) ? ofAt : matchLongest(tokens, forAt, ALL_NAMES) ? forAt : unitAt;
  const trailing = matchLongest(tokens, nameAt, ALL_NAMES);
  // "20 std 2": a name with its own value after it is that value's, not this one's.
  if (namesValueAfter(tokens, nameAt)) return undefined;
  return trailing && { end: trailing.end, clauses: [{ kind: 'param', candidates: candidatesOf(trailing.which), value: value.value }] };
}

export const recognizeParameter: Recognizer = (tokens, index) => readParameter(tokens, index);
