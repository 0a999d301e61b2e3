import type { Clause, Recognizer, RecognizerContext, RecognizerMatch } from '../clauses.js';
import { isDoubledLetter, isNeighbourSwap, matchMisspelledName } from '../fuzzy_names.js';
import { STRATEGY_QUALIFIERS, STRATEGY_WORDS, UNSUPPORTED_STRATEGY_NAMES, type StrategyWords } from '../strategy_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { readNumberGroup } from '../number_groups.js';
import { comparedSettings, readComparedGroups } from '../compared_settings.js';
import { assignUnnamedNumbers, runsUnnamedNumbers, type WrittenNumber } from '../parameter_slots.js';
import { isWholeSplit } from '../written_weights.js';
import { isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { readValuesThenName } from './parameter_values.js';
import { readEntryExitPair, readNamedValue } from './parameters.js';
import { splitOfSymbolsAt } from './portfolio.js';
import { isNamedSplitAt } from './named_splits.js';
import { matchSymbolAt } from './symbols.js';
import { isInLifeClause } from './life_clauses.js';
import { holdingIsASide } from './holding_sides.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { isStyleBesideKnownStrategy } from './trading_styles.js';
import { namedApart, shorterFirst } from './separate_averages.js';
import { matchWithOneSlip, wordsOfNames } from './misspelled_names.js';
import { GENERIC_SETTING_NOUNS } from './generic_setting_nouns.js';
import { tellsOtherStrategyByRule } from './rule_described_strategies.js';

interface NamedStrategy {
  entry: StrategyWords;
  end: number;
  params: Record<string, number>;
  /** The preset's values when the name was one ("golden cross"), under those written beside it. */
  preset?: Readonly<Record<string, number>>;
  /** "read 'mcad' as 'macd'" when the name was misspelled. */
  correction?: string;
  /** Named by its family ("trend following"), not by itself. */
  family?: true;
}

const GROUP_CONNECTORS = ['with', 'and', 'using', 'at', ',', 'of', 'on', 'set', 'to', 'params', 'parameters', 'settings', 'windows', 'periods', 'lengths',
  // "a crossover, say 15 and 60 days": hedges before the numbers.
  'say', 'maybe', 'perhaps',
  // "MACD with the usual 12 and 26": words saying the numbers are the customary ones.
  'usual', 'standard', 'classic', 'default', 'typical', 'customary', 'conventional', 'traditional', 'common', 'normal',
  // "what if the donchian was 40/15?"
  'was', 'were', 'is', 'be'];
const GROUP_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'of', 'to', 'at', '=', ':', ',']);

/** "with windows of 10 and 50", ", using the 12 and 26": words between a name and its numbers. */
function skipConnectors(tokens: readonly Token[], index: number): number {
  let position = index;
  while (tokens[position] && (GROUP_CONNECTORS.includes(tokens[position]!.norm) || GROUP_ARTICLES.has(tokens[position]!.norm)) && position - index < 5) position++;
  return position;
}
const GENERIC_STRATEGY_NOUNS = phrases('strategy', 'strategies', 'system', 'indicator');
const STRATEGY_KIND_WORDS = phrases('crossover', 'cross', 'breakout', 'oscillator');
const MISSPELLABLE_STRATEGY_WORDS: Readonly<Record<string, string>> = { bollinger: 'bollinger_bands', donchian: 'donchian_breakout' };
/** Acronyms of four letters are mistyped by swapping two letters ("mcad"); one other edit makes other words ("maid", "mace"). */
const SWAPPABLE_ACRONYMS: Readonly<Record<string, string>> = { macd: 'macd' };
/**
 * Acronyms are also mistyped with a key struck twice ("smaa 15/60", "macdd"); not where that makes
 * another indicator or word ("smma" is the smoothed average, "emma" a name, "rssi" a radio signal).
 */
const DOUBLEABLE_ACRONYMS: Readonly<Record<string, string>> = { sma: 'sma_crossover', ema: 'ema_crossover', rsi: 'rsi_mean_reversion', macd: 'macd' };
const DOUBLED_OTHER_WORDS: ReadonlySet<string> = new Set(['smma', 'emma', 'rssi']);

/** Sets the group's numbers on the strategy's free parameters, by the schema's order and types. */
function assignGroup(entry: StrategyWords, params: Record<string, number>, numbers: readonly WrittenNumber[]): boolean {
  const assigned = assignUnnamedNumbers(entry.id, params, numbers);
  if (!assigned) return false;
  Object.assign(params, assigned);
  return true;
}

/** The same numbers on every setting compared ("rsi 14 vs 21 with 30/70 bands"): all of them, or none when one cannot take them. */
function assignGroupToEach(entry: StrategyWords, settings: ReadonlyArray<Record<string, number>>, numbers: readonly WrittenNumber[]): boolean {
  const assigned = settings.map((params) => assignUnnamedNumbers(entry.id, params, numbers));
  if (assigned.some((setting) => setting === undefined)) return false;
  settings.forEach((params, at) => Object.assign(params, assigned[at]));
  return true;
}

/** Whether the numbers, on the strategy's free parameters, fill only `named` ones, or all of them ("rsi bands 14 30 70"). */
function fillsNamed(entry: StrategyWords, params: Readonly<Record<string, number>>, numbers: readonly WrittenNumber[], named: readonly string[]): boolean {
  const filled = Object.keys(assignUnnamedNumbers(entry.id, params, numbers) ?? {});
  return filled.length > 0 && (filled.every((name) => named.includes(name)) || named.every((name) => filled.includes(name)));
}

/** Words of the strategies' names and tails, which a slip in a name of several words may be meant for. */
const NAME_WORDS = wordsOfNames(STRATEGY_WORDS.flatMap((entry) => [...entry.names, ...entry.tails, ...(entry.presets ?? []).flatMap((preset) => preset.names)]));

/** A strategy's name as written, the longest there is at `index`. */
function matchWrittenName(tokens: readonly Token[], index: number): NamedStrategy | undefined {
  let best: NamedStrategy | undefined;
  for (const entry of STRATEGY_WORDS) {
    const plain = matchLongest(tokens, index, entry.names);
    const family = plain !== undefined && matchLongest(tokens, index, entry.families ?? [])?.end === plain.end;
    if (plain && (!best || plain.end > best.end)) best = { entry, end: plain.end, params: {}, ...(family ? { family } : {}) };
    for (const preset of entry.presets ?? []) {
      const named = matchLongest(tokens, index, preset.names);
      // The preset's values stay apart from `params`, which holds only numbers written beside the name
      // ("turtle 55/20"): those fill the parameters as after the strategy's own name and replace the preset's.
      if (named && (!best || named.end > best.end)) best = { entry, end: named.end, params: {}, preset: preset.params };
    }
  }
  return best;
}

/**
 * "the 50/200 cross", "a 20-50 cross": a bare "cross" after a pair of windows is the moving-average
 * crossover they belong to. Alone, "cross" is a verb ("when the price crosses 30"), so the pair is needed.
 */
function crossAfterWindows(tokens: readonly Token[], index: number): NamedStrategy | undefined {
  const pair = isWord(tokens[index], 'cross') && tokens[index - 1]?.kind === 'number' && isPunct(tokens[index - 2], '/', '-') && tokens[index - 3]?.kind === 'number';
  const entry = pair ? STRATEGY_WORDS.find((candidate) => candidate.id === 'sma_crossover') : undefined;
  return entry && { entry, end: index + 1, params: {} };
}

function matchStrategyName(tokens: readonly Token[], index: number): NamedStrategy | undefined {
  const best = matchWrittenName(tokens, index) ?? crossAfterWindows(tokens, index);
  // "golden cros", "sma crosover": one word of a longer name mistyped.
  const slipped = matchWithOneSlip(tokens, index, NAME_WORDS, matchWrittenName, best);
  if (slipped) return { ...slipped.found, correction: slipped.correction };
  if (best || !isWord(tokens[index])) return best;
  const word = tokens[index]!.norm;
  const doubled = DOUBLED_OTHER_WORDS.has(word) ? undefined : Object.keys(DOUBLEABLE_ACRONYMS).find((name) => isDoubledLetter(word, name));
  const misspelled = matchMisspelledName(word, Object.keys(MISSPELLABLE_STRATEGY_WORDS)) ?? Object.keys(SWAPPABLE_ACRONYMS).find((name) => isNeighbourSwap(word, name)) ?? doubled;
  const entry = misspelled && STRATEGY_WORDS.find((candidate) => candidate.id === (MISSPELLABLE_STRATEGY_WORDS[misspelled] ?? SWAPPABLE_ACRONYMS[misspelled] ?? DOUBLEABLE_ACRONYMS[misspelled]));
  return entry ? { entry, end: index + 1, params: {}, correction: `read '${tokens[index]!.text}' as '${misspelled}'` } : undefined;
}

const POSSESSIVES = ['my', 'your', 'his', 'her', 'our', 'their', 'ur'];

/** Whether the message names, anywhere, a strategy the test accepts. */
function namesStrategyWhere(tokens: readonly Token[], accepts: (named: NamedStrategy) => boolean): boolean {
  return tokens.some((_, at) => {
    const named = matchStrategyName(tokens, at);
    return named !== undefined && accepts(named);
  });
}

/** A strategy named by itself ("donchian", "golden cross"), not by its family; buy and hold is the baseline, so it does not count. */
function isConcrete(named: NamedStrategy): boolean {
  return !named.family && named.entry.id !== 'buy_and_hold';
}

/** Whether a strategy's name starts at `index` ("not bollinger", "not the sma"). */
export function startsStrategyName(tokens: readonly Token[], index: number): boolean {
  return matchStrategyName(tokens, index) !== undefined;
}

const RESTATING_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'i.e.', 'ie', 'aka', 'or', 'also', 'called', 'known', 'as', 'that', 'is']);

/** "IFR (the RSI) of 14 periods": the same strategy named again in brackets, past which its numbers follow. */
function pastRestatedName(tokens: readonly Token[], index: number, entry: StrategyWords): number | undefined {
  if (!isPunct(tokens[index], '(')) return undefined;
  const nameAt = skipWords(tokens, index + 1, RESTATING_WORDS);
  const again = matchStrategyName(tokens, nameAt);
  return again?.entry.id === entry.id && isPunct(tokens[again.end], ')') ? again.end + 1 : undefined;
}

/** A strategy of two averages crossing, whose two windows "9 vs 21" names. */
function isCrossover(entry: StrategyWords): boolean {
  return entry.params.length === 2 && entry.params.includes('short') && entry.params.includes('long');
}

/**
 * After the name: tails ("crossover", "bands") and number groups, joined by "with", "and", ",".
 * Groups joined by "vs" are settings compared ("momentum 30 vs 90"): one setting each.
 */
function readStrategyTail(tokens: readonly Token[], named: NamedStrategy, context: RecognizerContext): { end: number; settings: Array<Record<string, number>> } {
  let position = named.end;
  let settings = [named.params];
  // Set by a tail that names the parameters of the numbers after it ("rsi threshold 25").
  let onlyParams: readonly string[] | undefined;
  for (;;) {
    // "bollinger std 2": "std" may end the name ("bollinger std bands"), but with a value after it
    // names the deviation, left to the named reader; taken as a tail, the 2 became the period.
    if (readNamedValue(tokens, position)) break;
    const restated = pastRestatedName(tokens, position, named.entry);
    if (restated !== undefined) {
      position = restated;
      continue;
    }
    const tail = matchLongest(tokens, position, named.entry.tails);
    if (tail) {
      const naming = named.entry.namingTails;
      onlyParams = naming && matchLongest(tokens, position, naming.names)?.end === tail.end ? naming.params : undefined;
      position = tail.end;
      continue;
    }
    const at = skipConnectors(tokens, position);
    // "golden cross on 60/40 btc/eth": a preset's name already sets its numbers, so a whole split after it weighs the symbols.
    if (weighsSymbolsAfter(tokens, at, named.entry, settings.map((params) => ({ ...named.preset, ...params })), context)) break;
    // "momentum with a 30 vs 90 day lookback": values to compare for the parameter named after them.
    // In brackets too ("donchian (20 in / 10 out)"): else the bracket's first number alone became a setting.
    const inside = isPunct(tokens[at], '(') ? at + 1 : at;
    if (readValuesThenName(tokens, inside) || readEntryExitPair(tokens, inside)) break;
    if (isNamedSplitAt(tokens, at)) break;
    // "ema 9 vs 21" is a crossover of its two averages, not two settings of its short window.
    const windows = settings.length === 1 && isCrossover(named.entry) ? readNumberGroup(tokens, at, { versus: true }) : undefined;
    if (windows && assignGroup(named.entry, settings[0]!, windows.numbers)) {
      position = windows.end;
      continue;
    }
    const group = readNumberGroup(tokens, at);
    if (!group) break;
    // "rsi threshold 25" names a level, which one unsaid: left unread and reported, never the period.
    if (onlyParams && !settings.every((params) => fillsNamed(named.entry, params, group.numbers, onlyParams!))) break;
    onlyParams = undefined;
    // A crossover's lone windows ("ema 9 vs 21 vs 50") are never settings compared. One "vs" chain
    // per strategy: numbers after a second one are left to the readers of loose numbers.
    const loneWindow = isCrossover(named.entry) && group.numbers.length === 1;
    const compared = settings.length === 1 && !loneWindow ? readComparedGroups(tokens, group) : undefined;
    const settingsCompared = compared && comparedSettings(named.entry.id, settings[0]!, compared);
    if (settingsCompared) {
      settings = settingsCompared;
      position = compared[compared.length - 1]!.end;
      continue;
    }
    if (!assignGroupToEach(named.entry, settings, group.numbers)) break;
    position = group.end;
  }
  return { end: position, settings };
}

/**
 * "sma crossover on a 60/40 BTC/ETH portfolio", "sma on 60/40 btc/eth": a split of the symbols
 * after it is their weights when a portfolio noun says so, or when it makes a whole and the
 * strategy could not run the numbers as its own. "sma 20/50 btc eth" stays the windows.
 */
function weighsSymbolsAfter(tokens: readonly Token[], index: number, entry: StrategyWords, settings: ReadonlyArray<Record<string, number>>, context: RecognizerContext): boolean {
  const split = splitOfSymbolsAt(tokens, index, context);
  if (!split) return false;
  return split.named || (isWholeSplit(split.fractions) && !settings.every((params) => runsUnnamedNumbers(entry.id, params, split.written)));
}

/** Words before a name that ask for its default settings. */
const DEFAULT_WORDS = ['default', 'vanilla'];

/**
 * "the default donchian": its own settings, said outright (empty `params`), so it stays a run apart
 * from a "donchian 55/20" beside it, and a follow-up's "default sma" does not keep earlier numbers.
 */
function defaultStrategyAt(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const known = isWord(tokens[index], ...DEFAULT_WORDS) ? knownStrategyAt(tokens, index + 1, context) : undefined;
  if (!known || known.correction) return undefined;
  return { end: known.end, clauses: known.clauses.map((clause) => (clause.kind === 'strategy' && clause.params === undefined ? { ...clause, params: {} } : clause)) };
}

/** Words that set a name beside another as a run of its own: "sma 20/50 vs the golden cross", "turtle or donchian 55/20". */
const SIDE_JOINS = ['vs', 'versus', 'against', 'or', 'and', 'than', 'compare', 'comparing', 'with', 'for', 'to', 'instead', 'over'];

/** Whether a name from `start` to `end` is joined to a neighbour as a side of a comparison, list or swap ("swap donchian 55/20 for the turtle"). */
function isListedSide(tokens: readonly Token[], start: number, end: number): boolean {
  let before = start - 1;
  while (isWord(tokens[before], 'the', 'a', 'an', 'plain', 'classic')) before--;
  return isWord(tokens[before], ...SIDE_JOINS) || isPunct(tokens[before], ',') || isWord(tokens[end], ...SIDE_JOINS);
}

/**
 * "run donchian 55/20 on it, wanna see if turtle stuff works": a preset named bare ("turtle") after the same
 * strategy written with numbers, in the same sentence, points back to it by its nickname, not a second run at the preset's
 * values; "the default turtle" asks for those values outright.
 */
function namedWithNumbersElsewhere(tokens: readonly Token[], entry: StrategyWords, presetAt: number): boolean {
  // Only a later mention points back; in another sentence it may be a question of its own ("is the golden cross any good? try sma 20/50").
  // A preset read about ("read a book about the turtles. Fifty-five day breakout and a twenty day exit") is background to any mention.
  const aboutIt = isTopicRead(tokens, presetAt);
  return tokens.some((_, at) => {
    if (!aboutIt && (at >= presetAt || tokens[at]!.sentence !== tokens[presetAt]!.sentence)) return false;
    const other = matchStrategyName(tokens, at);
    if (!other || other.preset || other.entry.id !== entry.id) return false;
    return readNumberGroup(tokens, skipConnectors(tokens, other.end)) !== undefined || (tokens[at - 1]?.kind === 'number' && !isWord(tokens[at - 2], 'the'))
      || (aboutIt && windowsEndAt(tokens, at));
  });
}

/** "a book about the turtles", "heard about the golden cross": a name that is the topic of something read or heard. */
function isTopicRead(tokens: readonly Token[], index: number): boolean {
  return isWord(tokens[topicLeadBefore(tokens, index)], 'about');
}

/** Things made to tell or teach, whose topic a strategy may be: "a lesson on why moving averages lag", "an article about RSI". */
const TALK_NOUNS: ReadonlySet<string> = new Set([
  'lesson', 'lecture', 'class', 'course', 'seminar', 'talk', 'presentation', 'slide', 'slides', 'article', 'post', 'blog', 'video',
  'podcast', 'episode', 'essay', 'paper', 'thread', 'newsletter', 'chapter', 'piece', 'book', 'explainer',
]);
const TOPIC_LEADS = ['on', 'about', 'explaining', 'explains', 'covering', 'covers'];
/** How far before its topic lead a talk noun may stand: "a lesson for next Tuesday on …". */
const TALK_NOUN_REACH = 5;

/**
 * "a lesson for next Tuesday on why moving averages lag", "a video explaining bollinger bands": a
 * name after a talk noun and its topic lead (with "why"/"how" between) is what the talk is about.
 */
function isTopicOfTalk(tokens: readonly Token[], index: number): boolean {
  const lead = topicLeadBefore(tokens, index);
  if (!isWord(tokens[lead], ...TOPIC_LEADS)) return false;
  for (let at = lead - 1; at >= Math.max(0, lead - TALK_NOUN_REACH) && tokens[at]!.sentence === tokens[lead]!.sentence; at--) {
    if (isWord(tokens[at]) && TALK_NOUNS.has(tokens[at]!.norm)) return true;
  }
  return false;
}

/** Where the word leading into a topic stands before a name: "about the turtles", "on why moving averages lag". */
function topicLeadBefore(tokens: readonly Token[], index: number): number {
  let lead = index - 1;
  while (isWord(tokens[lead], 'the', 'a', 'an', 'why', 'how', 'what')) lead--;
  return lead;
}

/** "Fifty-five day breakout": windows with their unit written just before the name. */
function windowsEndAt(tokens: readonly Token[], at: number): boolean {
  return [1, 2, 3, 4].some((back) => at - back >= 0 && readNumberGroup(tokens, at - back)?.end === at);
}

/**
 * "14-period vs 21-period rsi", "10/30 vs 20/50 sma": settings compared written before the name, a run
 * each as after it ("rsi 14 vs 21"). Before, the left side was left unread and only the right one ran.
 * A crossover's lone windows ("50-day versus 200-day sma") are its two averages, read below.
 */
function comparedBeforeName(tokens: readonly Token[], index: number, context: RecognizerContext): { end: number; clauses: Clause[] } | undefined {
  const first = readNumberGroup(tokens, index);
  const groups = first && readComparedGroups(tokens, first);
  const named = groups && matchStrategyName(tokens, groups[groups.length - 1]!.end);
  if (!named || named.preset || named.family || (isCrossover(named.entry) && first!.numbers.length === 1)) return undefined;
  const { end, settings } = readStrategyTail(tokens, named, context);
  const compared = settings.length === 1 ? comparedSettings(named.entry.id, settings[0]!, groups!) : undefined;
  return compared && { end, clauses: compared.map((params): Clause => ({ kind: 'strategy', name: named.entry.id, params })) };
}

function knownStrategyAt(tokens: readonly Token[], index: number, context: RecognizerContext): { end: number; clauses: Clause[]; correction?: string } | undefined {
  const comparedFirst = comparedBeforeName(tokens, index, context);
  if (comparedFirst) return comparedFirst;
  // "20/50 SMA", "50-day momentum": numbers written before the name. "50-day versus 200-day SMA
  // crossover": a crossover's two windows, in order, as "ema 9 vs 21" after the name.
  const windows = readNumberGroup(tokens, index, { versus: true });
  const windowsNamed = windows && matchStrategyName(tokens, windows.end);
  const prefix = windowsNamed && isCrossover(windowsNamed.entry) ? windows : readNumberGroup(tokens, index);
  const named = matchStrategyName(tokens, prefix ? prefix.end : index);
  // "a small account for my mom": a person, not momentum.
  if (named && isWord(tokens[named.end - 1], 'mom', 'moms') && isWord(tokens[(prefix ? prefix.end : index) - 1], ...POSSESSIVES)) return undefined;
  // "whether the crossover held up": holding out, not buy and hold; "buy and hold up against X" compares them.
  if (!named || (named.entry.id === 'buy_and_hold' && isWord(tokens[named.end], 'up') && !isWord(tokens[named.end + 1], 'against'))) return undefined;
  const apart = prefix && isCrossover(named.entry) && namedApart(tokens, index, prefix.end);
  if (prefix && !assignGroup(named.entry, named.params, apart ? shorterFirst(prefix.numbers) : prefix.numbers)) return undefined;
  const { end, settings } = readStrategyTail(tokens, named, context);
  // "reading about trend following … what I want is donchian": the family is background to the strategy named, or told by its rule.
  const bare = !prefix && settings.every((params) => Object.keys(params).length === 0);
  if (named.family && bare && (namesStrategyWhere(tokens, isConcrete) || tellsOtherStrategyByRule(tokens, context, named.entry.id))) return asBackground(tokens, index, named, end, 'background to the strategy named');
  // The topic of a talk is background beside another strategy asked for ("…on why moving averages lag. …EMA crossover 9/21 on SPY").
  if (bare && isTopicOfTalk(tokens, index) && namesStrategyWhere(tokens, (other) => isConcrete(other) && other.entry.id !== named.entry.id)) {
    return asBackground(tokens, index, named, end, 'the topic of a talk');
  }
  if (named.preset && bare && !isWord(tokens[index - 1], ...DEFAULT_WORDS) && !isListedSide(tokens, index, named.end) && namedWithNumbersElsewhere(tokens, named.entry, index)) {
    const written = tokens.slice(index, named.end).map((token) => token.text).join(' ');
    return { end, clauses: [{ kind: 'strategy', name: named.entry.id }, { kind: 'note', text: `read '${written}' as the ${named.entry.id} named with its settings, not a second run at its usual ones` }] };
  }
  const clauses: Clause[] = settings.map((params) => ({
    kind: 'strategy', name: named.entry.id, ...(named.preset ? { params: { ...named.preset, ...params }, preset: named.preset } : Object.keys(params).length > 0 ? { params } : {}),
  }));
  return { end, clauses, ...(named.correction ? { correction: named.correction } : {}) };
}

/** A name read as something other than a request for its strategy: only a note saying so, in the user's words. */
function asBackground(tokens: readonly Token[], index: number, named: NamedStrategy, end: number, as: string): { end: number; clauses: Clause[] } {
  const written = tokens.slice(index, named.end).filter((token) => token.kind === 'word').map((token) => token.text).join(' ');
  return { end, clauses: [{ kind: 'note', text: `read '${written}' as ${as}, not as a request for ${named.entry.id}` }] };
}

function snakeCase(words: readonly Token[]): string {
  return words.map((token) => token.norm.replace(/[^a-z0-9]+/g, '_')).join('_').replace(/^_+|_+$/g, '');
}

function namesSomething(token: Token | undefined): boolean {
  return isWord(token) && /^[a-z][a-z0-9]{2,}$/.test(token!.norm) && !STRATEGY_QUALIFIERS.has(token!.norm);
}

/**
 * After a subject or a modal the next word is a verb, not a name: "I personally can't handle
 * strategies with low win rates", "we prefer strategies that…" (but "test the turtle strategy").
 */
const VERB_LEADS = ['i', 'we', 'you', 'they', 'he', 'she', 'can', "can't", 'cant', 'cannot', 'could', "couldn't", 'will', "won't", 'would',
  "wouldn't", 'should', "shouldn't", 'must', 'might', 'may', "don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', 'never', 'always'];

/**
 * "Ichimoku", "stochastic RSI", "volatility breakout strategy": strategy-like names we cannot map.
 * Kind words ("breakout") stay in the name; generic nouns ("strategy") are read but left out.
 */
function unknownStrategyAt(tokens: readonly Token[], index: number, shouting: boolean): { end: number; clause: Clause; note: string } | undefined {
  if (isStyleBesideKnownStrategy(tokens, index)) return undefined;
  let nameEnd = matchLongest(tokens, index, UNSUPPORTED_STRATEGY_NAMES)?.end;
  if (nameEnd === undefined) {
    if (!namesSomething(tokens[index]) || isWord(tokens[index - 1], ...VERB_LEADS) || matchSymbolAt(tokens, index, { shouting })) return undefined;
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
const EVERY_STRATEGY = phrases('all|every|each|which|what|best strategy|strategies|strat|strats', 'all the|of|available strategies|strats', 'the best strategy|strategies|strat|strats',
  'every single strategy');

function everyStrategyAt(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const found = matchLongest(tokens, index, EVERY_STRATEGY);
  if (!found) return undefined;
  const clauses: Clause[] = STRATEGY_WORDS.filter((entry) => entry.id !== 'buy_and_hold').map((entry) => ({ kind: 'strategy', name: entry.id }));
  return { end: found.end, clauses };
}

const SHARED_LEADS = phrases('both|each|all', 'both|each|all of them', 'for both|each|all', 'for both|all of them', 'both|all at|with|using|on|set to|=', 'each at|with|using|set to|=',
  'both|all of them at|with|using|set to', 'same windows|settings|params|parameters', 'with the same windows|settings|params|parameters');

/**
 * "My wife and I are both 45", "I'm learning it all at 68": people's ages or counts in a clause
 * about their lives, in a sentence naming no strategy, are no settings for every strategy.
 */
function isStoryOfPeople(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]!.sentence;
  const namesStrategy = tokens.some((token, at) => token.sentence === sentence && strategyNameAt(tokens, at) !== undefined);
  return !namesStrategy && isInLifeClause(tokens, start, end);
}

/** "both 30/90", "each with 20/100": one setting for every strategy of the message; "windows 10 and 50": for the nearest. */
function sharedParamsAt(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lead = matchLongest(tokens, index, SHARED_LEADS);
  const group = lead && readNumberGroup(tokens, skipConnectors(tokens, lead.end));
  if (group && isStoryOfPeople(tokens, index, group.end)) return undefined;
  if (group) return { end: group.end, clauses: [{ kind: 'shared_params', numbers: group.numbers, scope: 'each' }] };
  const noun = matchLongest(tokens, index, GENERIC_SETTING_NOUNS);
  const listed = noun && readNumberGroup(tokens, skipConnectors(tokens, noun.end));
  return listed && { end: listed.end, clauses: [{ kind: 'shared_params', numbers: listed.numbers, scope: 'nearest' }] };
}

const BUY_VERBS: ReadonlySet<string> = new Set(['buy', 'bought', 'buying', 'purchase', 'purchased', 'invested']);

/** "if I put $1,000 into Dogecoin ... and never sold": money put in is a purchase; "put the fees at 0.1% and keep it" is not. */
function isPurchaseAt(tokens: readonly Token[], at: number): boolean {
  if (isWord(tokens[at], ...BUY_VERBS)) return true;
  const next = tokens[at + 1];
  return isWord(tokens[at], 'put') && (next?.kind === 'number' || ['$', '€', '£'].includes(next?.norm ?? ''));
}
/** "…and hold", "…and sat on it": after a purchase in the same sentence, the holding half of buy and hold. */
const HOLD_TAILS = phrases('and hold|held|holding|hodl|hodled|hodling|kept|keep', 'and hold|held|kept|keep it|them', 'and sat|sit|sitting on it|them',
  'and never sold|sell', 'and just|simply never sold|sell', "and didn't|did not sell", "and didn't|did not sell it|them",
  'and hold|held|kept|keep on to|onto it|them', 'and then hold|held|sat on it|them', 'and then hold|held',
  // "and never touched it", "and left it alone", "and forgot about it": not selling, in everyday words.
  'and never|not touched|touch it|them', "and didn't|didnt touch it|them", 'and did not touch it|them', 'and left|leave it|them alone', 'and forgot|forget about it|them');

/** "if I buy Solana and hold", "had I bought Bitcoin in 2018 and sat on it": buy and hold, with the purchase earlier in the sentence. */
function heldPurchaseAt(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const tail = matchLongest(tokens, index, HOLD_TAILS);
  const sentence = tokens[index]?.sentence;
  // "and hold on, use 15 bps", "hold up": a pause, not a holding.
  if (!tail || isWord(tokens[tail.end], 'on', 'off', 'up', 'tight')) return undefined;
  for (let before = index - 1; before >= 0 && tokens[before]!.sentence === sentence; before -= 1) {
    if (isPurchaseAt(tokens, before)) return { end: tail.end, clauses: [{ kind: 'strategy', name: 'buy_and_hold' }] };
  }
  return undefined;
}

/**
 * "instead of holding", "vs holding", "better than holding": holding as the yardstick is the buy-and-hold baseline every
 * run is compared with, so these words are read and add nothing.
 */
const HOLDING_YARDSTICKS = phrases('instead of|than holding|hodling', 'rather than holding|hodling', 'than holding|hodling',
  'vs|versus|against holding|hodling', 'compared to|with holding|hodling',
  // "against sitting on it", "vs keeping them": holding in everyday words.
  'than|vs|versus|against keeping it|them', 'than|vs|versus|against sitting on it|them',
  'instead of keeping it|them', 'instead of sitting on it|them', 'rather than keeping it|them', 'rather than sitting on it|them', 'compared to|with keeping it|them', 'compared to|with sitting on it|them');
/** "just holding": the yardstick after a comparison ("beat just holding"), else the strategy asked about ("how would I have done just holding BTC"). */
const JUST_HOLDING = phrases('simply|just|only|plain|simple holding|hodling',
  // "the simple holding", "a simple hold": the noun, as non-native writers name it.
  'a|the simple|plain hold', 'simply|just|only keeping it|them', 'simply|just|only keeping the coins|coin|shares|stock',
  'simply|just|only sitting on it|them',
  // "just buying and holding": the gerund pair is holding too, so "just" hedges it rather than drop the other runs.
  'simply|just|only|plain buying and holding|hodling', 'simply|just|only|plain buying and holding|hodling it|them',
  // "just sitting in gold the whole of 2022": holding it, in the farmer's words.
  'simply|just|only sitting in');
const YARDSTICK_LEADS = ['beat', 'beats', 'beaten', 'beating', 'outperform', 'outperforms', 'outperformed', 'outperforming', 'outdo', 'outdid', 'than', 'vs', 'versus', 'against'];
const COMPARED_LEADS = phrases('compared|comparison|relative to|with');

/** Whether a comparison leads into `index`: "beaten …", "better than …", "vs. …", "compared with …". */
function comparisonLeadsInto(tokens: readonly Token[], index: number): boolean {
  const before = isPunct(tokens[index - 1], '.') ? index - 2 : index - 1;
  if (isWord(tokens[before], ...YARDSTICK_LEADS)) return true;
  return [index - 2, index - 3].some((start) => start >= 0 && matchLongest(tokens, start, COMPARED_LEADS)?.end === index);
}


const COMPARE_VERBS = ['compare', 'comparing', 'contrast', 'contrasting'];

const COMPARE_PREPOSITIONS = ['with', 'to', 'against', 'versus', 'vs'];

/**
 * "and compare with just holding it", "then compare against holding": the verb with no object of its
 * own leads straight into holding, the one side named, so holding is the run's yardstick, as in
 * "compared with just holding it". With an object ("compare it to just holding", "compare buying on
 * the cross against holding") both sides are named and holding is a run of its own.
 */
function comparedWithRun(tokens: readonly Token[], preposition: number): boolean {
  return isWord(tokens[preposition - 1], ...COMPARE_VERBS) && isWord(tokens[preposition], ...COMPARE_PREPOSITIONS)
    && !alsoBefore(tokens, preposition - 1)
    // A follow-up writing no strategy of its own ("now compare with just holding") adds holding as a run.
    && namesStrategyWhere(tokens, (named) => named.entry.id !== 'buy_and_hold');
}

/** How far before the compare verb "also" may stand: "Also please compare", "also want to compare", "and also do compare". */
const ALSO_REACH = 4;

/**
 * "Also please compare with simple holding", "and also do compare with just holding it": "also" adds the
 * comparison to what is asked, so holding is one more run listed, as "and also just holding" is.
 */
function alsoBefore(tokens: readonly Token[], verb: number): boolean {
  const sentence = tokens[verb]?.sentence;
  return tokens.slice(Math.max(0, verb - ALSO_REACH), verb).some((token) => token.sentence === sentence && isWord(token, 'also'));
}

/** "compare buying on the crossover against just holding it": holding named as one side of a comparison is a run of its own. */
function comparedBefore(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  return tokens.slice(0, index).some((token) => token.sentence === sentence && isWord(token, ...COMPARE_VERBS));
}

/** A strategy with the parameters written beside it, every strategy, or a strategy-like name we cannot map. */
/**
 * The last reading, by message, place and context: other readers ask for the strategy named where they
 * stand ("RSI under 25, I buy") right after the reading loop has, at every token of every message.
 */
let lastReading: { tokens: readonly Token[]; index: number; context: RecognizerContext; match: RecognizerMatch | undefined } | undefined;

export const recognizeStrategy: Recognizer = (tokens, index, context) => {
  if (lastReading?.tokens === tokens && lastReading.index === index && lastReading.context === context) return lastReading.match;
  const match = readStrategyAt(tokens, index, context);
  lastReading = { tokens, index, context, match };
  return match;
};

function readStrategyAt(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const held = heldPurchaseAt(tokens, index);
  if (held) return held;
  const namesOther = (at: number) => [undefined, 'buy_and_hold'].includes(matchStrategyName(tokens, at)?.entry.id) === false;
  const yardstick = matchLongest(tokens, index, HOLDING_YARDSTICKS);
  if (yardstick) {
    const side = !comparedWithRun(tokens, index) && (comparedBefore(tokens, index) || holdingIsASide(tokens, index, yardstick.end, index, namesOther));
    return { end: yardstick.end, clauses: side ? [{ kind: 'strategy', name: 'buy_and_hold' }] : [] };
  }
  const holding = matchLongest(tokens, index, JUST_HOLDING);
  if (holding) {
    // "the sma crossover and also just buying and holding": holding added to the list is a run of its own.
    const added = isWord(tokens[index - 1], 'also', 'plus');
    const asked = added || !comparedWithRun(tokens, index - 1) && (comparedBefore(tokens, index) || holdingIsASide(tokens, index, holding.end, index - 1, namesOther)
      || !(comparisonLeadsInto(tokens, index) || namesStrategyWhere(tokens, (named) => named.entry.id !== 'buy_and_hold')));
    return { end: holding.end, clauses: asked ? [{ kind: 'strategy', name: 'buy_and_hold' }] : [] };
  }
  const shared = sharedParamsAt(tokens, index);
  if (shared) return shared;
  const every = everyStrategyAt(tokens, index);
  if (every) return every;
  const defaults = defaultStrategyAt(tokens, index, context);
  if (defaults) return defaults;
  const known = knownStrategyAt(tokens, index, context);
  if (known) return { end: known.end, clauses: known.correction ? [...known.clauses, { kind: 'note', text: known.correction }] : known.clauses };
  const unknown = unknownStrategyAt(tokens, index, context.shouting);
  return unknown && { end: unknown.end, clauses: [unknown.clause, { kind: 'note', text: unknown.note }] };
}
