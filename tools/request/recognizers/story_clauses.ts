import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { asksForRun, clauseAround, isPerson, whenClauseAfter } from './life_clauses.js';

/**
 * Past-tense verbs of what happened to someone or to a market: "got burned in 2022 when the Nasdaq
 * fell", "sold her bakery in 2022", "not even in March 2020 when it dropped", "who's been mining
 * since 2014". A period they tell of is part of the story, whoever it speaks of. Only past forms:
 * "how would it have handled 2008" and "how did it do in 2022" ask about a period, so "handled" and
 * "did" are not here; nor are the participles a request uses of its holdings ("held with buy and
 * hold", "$10k invested from 2019").
 */
const NARRATIVE_VERBS: ReadonlySet<string> = new Set([
  'lost', 'fell', 'sold', 'bought', 'made', 'got', 'burned', 'burnt', 'panicked', 'dropped', 'took', 'met', 'was', 'were', 'been',
  'crashed', 'tanked', 'plunged', 'plummeted', 'dumped', 'collapsed', 'rallied', 'soared', 'surged', 'jumped', 'rose', 'spiked',
  'peaked', 'bottomed', 'doubled', 'tripled', 'halved', 'missed', 'quit', 'retired', 'inherited', 'moved', 'married',
  'died', 'passed', 'turned', 'joined', 'left', 'claimed', 'said', 'told', 'watched', 'heard', 'learned', 'learnt', 'earned',
  'paid', 'spent', 'saved', 'gained', 'blew', 'wiped', 'went', 'came', 'happened', 'founded', 'graduated', 'bailed', 'cashed',
  'sank', 'slid', 'recovered', 'climbed', 'taught', 'won', 'ran',
]);

/** "2021 and 2022 when it crashed", "2019 or 2021": a period listed with another is asked for, not told. */
const LISTING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'vs', 'versus', 'plus', 'also', 'then']);

/**
 * How a period is part of the story the message tells rather than the run it asks for:
 * - `story`: its clause tells what happened ("a couple of them got burned in 2022 when the Nasdaq
 *   fell") and asks for nothing, or its sentence asks for nothing, names no strategy and speaks of
 *   someone ("This month's meeting is all about Apple, and we lost 18% in 2022.");
 * - `story_in_window`: its clause tells what happened but also holds a word that may ask ("a client
 *   sold her bakery in 2022 and wants to understand the risk"), so it is background only inside the
 *   window asked for in another sentence (background_periods.ts).
 * A question ("in 2021 and in 2022, which year was better?") and a period listed beside another
 * ("2019, and 2021 when it crashed") are never the story.
 */
export type StoryReading = 'story' | 'story_in_window';

function isNarrative(token: Token | undefined): boolean {
  return isWord(token) && NARRATIVE_VERBS.has(token!.norm);
}

/**
 * "Lost $2,000 on Tesla calls in 2022", "lost like $3,500 on doge in 2021": a diary's sentence, its
 * subject left out, opens with what happened. One opening a list of verbs ("Bought and sold from
 * 2019 to 2021") may describe the run instead.
 */
function opensDiarySentence(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.sentence !== tokens[at]!.sentence && !(isWord(tokens[at + 1]) && LISTING_WORDS.has(tokens[at + 1]!.norm));
}

/**
 * A narrative verb in the clause, told of someone: a person the clause names, a subject written
 * before the verb ("when the Nasdaq fell"), or none at all as a diary opens a sentence. A verb
 * opening a later clause or after "and" ("bought and sold from 2019 to 2021") may be a participle
 * describing the run, so it does not count alone.
 */
export function tellsWhatHappened(tokens: readonly Token[], clause: readonly number[]): boolean {
  const inClause = new Set(clause);
  if (clause.some((at) => isPerson(tokens[at]))) return clause.some((at) => isNarrative(tokens[at]));
  return clause.some((at) => isNarrative(tokens[at]) && (opensDiarySentence(tokens, at)
    || (inClause.has(at - 1) && isWord(tokens[at - 1]) && !LISTING_WORDS.has(tokens[at - 1]!.norm))));
}

/** Words between a wisher and "like": "I'd really like", "we would also like". */
const WISH_ADVERBS: ReadonlySet<string> = new Set(['would', 'really', 'also', 'just', 'still', 'so', 'much']);

/**
 * "I'd like", "we would like": "like" wishes only after someone who wishes. After anything else it
 * compares or hedges: "sounds like nonsense", "lost like $3,500", "works better, like 20/100".
 */
function wishesLike(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (isWord(tokens[before]) && WISH_ADVERBS.has(tokens[before]!.norm)) before--;
  return isPerson(tokens[before]);
}

/**
 * "after getting burned on a Shiba Inu tip I want something boring": a wish for something of a
 * kind names nothing to run; the sentence that does ("60% in the S&P fund and 40% in gold") asks.
 */
function wishesForAKind(tokens: readonly Token[], at: number): boolean {
  return isWord(tokens[at], 'want', 'wants', 'need', 'needs') && isWord(tokens[at + 1], 'something', 'anything');
}

/** Words that open what a verb acts on: "runs a grid bot", "tests his ideas". */
const OBJECT_LEADS = ['a', 'an', 'his', 'her', 'their'];

/**
 * "my friend who runs a Telegram group", "a trader who uses MACD", "my wife's friend runs a grid bot",
 * "my buddy runs RSI on Dogecoin":
 * a verb in -s after "who", or before what it acts on, says what someone else does, not an ask.
 */
export function saysWhatTheyDo(tokens: readonly Token[], at: number): boolean {
  if (!isWord(tokens[at]) || !tokens[at]!.norm.endsWith('s') || isWord(tokens[at], 'wants', 'needs')) return false;
  // "my buddy Dave runs RSI on Dogecoin": a strategy is what the verb acts on, too.
  return isWord(tokens[at - 1], 'who') || isWord(tokens[at + 1], ...OBJECT_LEADS) || (asksForRun(tokens, at) && strategyNameAt(tokens, at + 1) !== undefined);
}

/** "I've done MACD and RSI tests to death": runs named after their strategy are things done, not an ask. */
function namesRunsOfStrategy(tokens: readonly Token[], at: number): boolean {
  if (!isWord(tokens[at], 'tests', 'runs', 'backtests')) return false;
  return [1, 2, 3].some((back) => strategyNameAt(tokens, at - back)?.end === at);
}

/** "14 period with 30/70": a period after its count is a setting's length, not the window asked for. */
function namesSettingLength(tokens: readonly Token[], at: number): boolean {
  return isWord(tokens[at], 'period', 'periods') && isNumber(tokens[at - 1]);
}

export function asksInStory(tokens: readonly Token[], at: number): boolean {
  return asksForRun(tokens, at) && !namesSettingLength(tokens, at) && !(isWord(tokens[at], 'like') && !wishesLike(tokens, at)) && !wishesForAKind(tokens, at)
    && !saysWhatTheyDo(tokens, at) && !namesRunsOfStrategy(tokens, at);
}

function sentenceOf(tokens: readonly Token[], at: number): number[] {
  const sentence = tokens[at]!.sentence;
  return tokens.flatMap((token, index) => (token.sentence === sentence ? [index] : []));
}

export function storyReadingOf(tokens: readonly Token[], start: number, end: number): StoryReading | undefined {
  if (isWord(tokens[start - 1]) && LISTING_WORDS.has(tokens[start - 1]!.norm)) return undefined;
  const sentence = sentenceOf(tokens, start).filter((at) => at < start || at >= end);
  if (sentence.some((at) => isPunct(tokens[at], '?'))) return undefined;
  const clause = [...clauseAround(tokens, start, end), ...whenClauseAfter(tokens, end)];
  const asks = (indexes: readonly number[]) => indexes.some((at) => asksInStory(tokens, at));
  if (tellsWhatHappened(tokens, clause)) return asks(clause) ? 'story_in_window' : 'story';
  // A whole sentence tells a story when it speaks of someone and names nothing to run.
  const tells = sentence.some((at) => isPerson(tokens[at])) && !sentence.some((at) => strategyNameAt(tokens, at) !== undefined);
  return tells && !asks(sentence) ? 'story' : undefined;
}
