import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { presetNameAt, strategyNameAt } from '../written_strategy_names.js';

/**
 * One strategy's signal gated by another's: "buy when rsi is under 30 and price is above the 200 day sma",
 * "rsi oversold but only above the 200 sma", "sma crossover filtered by rsi", "macd with an rsi filter".
 * Each strategy trades on its own signals alone, so the pair would otherwise be read as two separate
 * runs, or their numbers mixed into one ("short 200 >= long 50"): a silent misread, refused instead.
 * Two strategies merely listed ("compare rsi and sma", "rsi and macd on btc") are two runs, and one
 * crossover ("when the 50 day crosses above the 200 day") is one strategy: neither is gated.
 */

/** Words opening a condition: "when …", "only if …", "as long as …". */
const CONDITION_LEADS = phrases('when|whenever|if|once|while|unless|provided', 'as long as', 'only when|whenever|if|while|once', 'but only', 'only', 'provided that');
/** Words joining one condition to the next: "… and …", "…, but …". */
const JOINS = ['and', 'but', '&', '&&', 'plus', 'while', 'also'];
/** What makes a stretch of words a condition on an indicator rather than a name in a list. */
const COMPARISONS = ['above', 'below', 'under', 'over', 'beneath', 'cross', 'crosses', 'crossed', 'crossing', '<', '>', '<=', '>=', 'oversold', 'overbought', 'exceeds',
  'turns', 'flips', 'positive', 'negative', 'touches', 'hits', 'breaks', 'drops', 'falls', 'rises', 'climbs', 'upper', 'lower'];
/** "filtered by rsi", "confirmed with macd": the second strategy named right after. */
const GATED_BY = phrases('filtered|filter|gated|confirmed|qualified by|with|using', 'filtered|filter|gated|confirmed|qualified by|with|using the|a|an');
/** "an rsi filter", "a 200 sma trend filter", "with macd confirmation": the strategy before one of these gates another. */
const FILTER_NOUNS = phrases('filter|filters|confirmation|gate', 'trend|regime filter|filters|confirmation|gate');
const CLAUSE_ENDS = ['.', ';', '!', '?', ':'];
/** "the 200 day", "a 50-day line": a moving average named by its length alone, after a comparison. */
const AVERAGE_UNITS = ['day', 'days', 'd', 'dma', 'week', 'weeks', 'period'];

interface Mention { id: string; at: number; end: number }

/**
 * "the short average", "that oversold meter": a strategy told by what it looks at rather than by name, as
 * beginners write it. Only inside a condition does it count, so the words alone name nothing.
 */
const GAUGE_NOUNS = 'meter|gauge|indicator|oscillator|reading|thing';
/** "the short average" may be either crossover's, so it is the same signal as any named crossover. */
const DESCRIBED_AVERAGES = 'average_crossover';

function isSameSignal(one: string, other: string | undefined): boolean {
  if (one === other) return true;
  const described = one === DESCRIBED_AVERAGES ? other : other === DESCRIBED_AVERAGES ? one : undefined;
  return described !== undefined && described.endsWith('_crossover');
}
const DESCRIBED_MENTIONS: ReadonlyArray<{ id: string; names: ReturnType<typeof phrases> }> = [
  // "fast" and "line" are left out: MACD has a fast average and a line of its own.
  { id: DESCRIBED_AVERAGES, names: phrases('short|shorter average|ma|sma', 'short|shorter moving average') },
  { id: 'rsi_mean_reversion', names: phrases(`oversold|overbought ${GAUGE_NOUNS}`, `overbought|oversold / oversold|overbought ${GAUGE_NOUNS}`, `overbought|oversold oversold|overbought ${GAUGE_NOUNS}`) },
];

function describedMentionAt(tokens: readonly Token[], index: number): Mention | undefined {
  for (const { id, names } of DESCRIBED_MENTIONS) {
    const found = matchLongest(tokens, index, names);
    if (found) return { id, at: index, end: found.end };
  }
  return undefined;
}

/** A strategy named at `index`; after a comparison, "the 200 day" names a moving average. */
function mentionAt(tokens: readonly Token[], index: number): Mention | undefined {
  const named = strategyNameAt(tokens, index) ?? presetNameAt(tokens, index);
  if (named && named.id !== 'buy_and_hold') return { id: named.id, at: index, end: named.end };
  const described = describedMentionAt(tokens, index);
  if (described) return described;
  const numberAt = isWord(tokens[index], 'the', 'a', 'its') ? index + 1 : index;
  const unitAt = isPunct(tokens[numberAt + 1], '-') ? numberAt + 2 : numberAt + 1;
  const comparedBefore = isWord(tokens[index - 1], ...COMPARISONS);
  if (!comparedBefore || !isNumber(tokens[numberAt]) || !isWord(tokens[unitAt], ...AVERAGE_UNITS)) return undefined;
  // "the 200 day ema": the name after the length says which average.
  const average = strategyNameAt(tokens, unitAt + 1);
  return average ? { id: average.id, at: index, end: average.end } : { id: 'sma_crossover', at: index, end: unitAt + 1 };
}

/** The strategies named in tokens [from, to), in order. */
function mentionsIn(tokens: readonly Token[], from: number, to: number): Mention[] {
  const found: Mention[] = [];
  for (let at = from; at < to; at++) {
    const mention = mentionAt(tokens, at);
    if (mention) {
      found.push(mention);
      at = mention.end - 1;
    }
  }
  return found;
}

/** Where the condition starting at `from` ends: at a join, a clause end, or another condition's lead. */
function conditionEnd(tokens: readonly Token[], from: number, sentenceEnd: number): number {
  for (let at = from; at < sentenceEnd; at++) {
    if (isPunct(tokens[at], ...CLAUSE_ENDS, ',') || isWord(tokens[at], ...JOINS)) return at;
  }
  return sentenceEnd;
}

function isCondition(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((token) => isWord(token, ...COMPARISONS) || isPunct(token, '<', '>', '<=', '>='));
}

/** A condition at [from, to) that names a strategy other than `other`, or undefined; `to` is kept as the condition's end. */
function conditionNaming(tokens: readonly Token[], from: number, to: number, other?: string): Mention | undefined {
  if (!isCondition(tokens, from, to)) return undefined;
  const named = mentionsIn(tokens, from, to).find((mention) => !isSameSignal(mention.id, other));
  return named && { ...named, end: to };
}

/** Index of the next condition after a join at `at` ("and price is above…", ", and rsi…"), or undefined. */
function afterJoin(tokens: readonly Token[], at: number): number | undefined {
  const joinAt = isPunct(tokens[at], ',') && isWord(tokens[at + 1], ...JOINS) ? at + 1 : at;
  if (!isWord(tokens[joinAt], ...JOINS)) return undefined;
  const lead = matchLongest(tokens, joinAt + 1, CONDITION_LEADS);
  return lead?.end ?? joinAt + 1;
}

/** "when rsi is under 30 and price is above the 200 day sma": two conditions on two strategies, joined. */
function joinedConditions(tokens: readonly Token[], leadEnd: number, sentenceEnd: number): number | undefined {
  const firstEnd = conditionEnd(tokens, leadEnd, sentenceEnd);
  const first = conditionNaming(tokens, leadEnd, firstEnd);
  const next = first && afterJoin(tokens, firstEnd);
  if (!first || next === undefined) return undefined;
  const second = conditionNaming(tokens, next, conditionEnd(tokens, next, sentenceEnd), first.id);
  return second?.end;
}

/** "bollinger … if price is above the 50 ema", "sma crossover filtered by rsi", "macd with an rsi filter", after strategy `first`. */
function gatedSignal(tokens: readonly Token[], first: Mention, sentenceEnd: number): number | undefined {
  for (let at = first.end; at < sentenceEnd; at++) {
    if (isPunct(tokens[at], ...CLAUSE_ENDS)) return undefined;
    const gate = matchLongest(tokens, at, GATED_BY);
    const gating = gate && mentionAt(tokens, gate.end);
    if (gating && !isSameSignal(gating.id, first.id)) return gating.end;
    const lead = matchLongest(tokens, at, CONDITION_LEADS);
    const condition = lead && conditionNaming(tokens, lead.end, conditionEnd(tokens, lead.end, sentenceEnd), first.id);
    if (condition) return condition.end;
  }
  return undefined;
}

/** "macd with an rsi filter", "a 200 sma trend filter on the rsi": a strategy named as another's filter. */
function namedFilter(tokens: readonly Token[], mentions: readonly Mention[]): number | undefined {
  for (const filter of mentions) {
    const nounAt = isNumber(tokens[filter.end]) ? filter.end + 1 : filter.end;
    const noun = matchLongest(tokens, nounAt, FILTER_NOUNS);
    if (noun && mentions.some((mention) => !isSameSignal(mention.id, filter.id))) return noun.end;
  }
  return undefined;
}

/**
 * The words of the first combination of two strategies' signals in the message, or undefined.
 * `skipped`: sentences that tell a story, and token indexes the writer turns down.
 */
export function readCombinedSignals(tokens: readonly Token[], skipped: { sentences: ReadonlySet<number>; indexes: ReadonlySet<number> }): string | undefined {
  let start = 0;
  while (start < tokens.length) {
    const sentence = tokens[start]!.sentence;
    let end = start;
    while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
    if (!skipped.sentences.has(sentence)) {
      const found = combinationIn(tokens, start, end);
      if (found && !skipped.indexes.has(found.from)) return writtenText(tokens.slice(found.from, found.to));
    }
    start = end;
  }
  return undefined;
}

function combinationIn(tokens: readonly Token[], start: number, end: number): { from: number; to: number } | undefined {
  for (let at = start; at < end; at++) {
    const lead = matchLongest(tokens, at, CONDITION_LEADS);
    const joined = lead && joinedConditions(tokens, lead.end, end);
    if (joined !== undefined) return { from: at, to: joined };
    const mention = mentionAt(tokens, at);
    const gated = mention && gatedSignal(tokens, mention, end);
    if (mention && gated !== undefined) return { from: at, to: gated };
  }
  const mentions = mentionsIn(tokens, start, end);
  const filter = namedFilter(tokens, mentions);
  return filter === undefined ? undefined : { from: mentions[0]!.at, to: Math.max(filter, mentions[mentions.length - 1]!.end) };
}
