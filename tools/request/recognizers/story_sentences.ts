import type { Token } from '../tokenizer.js';
import { isNegation, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { isPerson } from './life_clauses.js';
import { asksInStory, saysWhatTheyDo, tellsWhatHappened } from './story_clauses.js';
import { othersClauses } from './others_clauses.js';
import { workplaceMentions } from './workplace_mentions.js';
import { isDeniedWish, leftOutEnd } from './declined_mentions.js';
import { readLifeEvent } from './date_points.js';

/**
 * Sentences that tell a story and ask for nothing: what happened ("Lost $2,000 on Tesla calls in
 * 2022"), what someone else says ("My brother insists BNB is safer", "A coworker swears LTC is the
 * 'silver' to bitcoin's gold"), what the writer holds ("I hold shares I bought at $240") or will not
 * touch ("I'm not touching XRP"). The symbols, strategies and numbers in them are the story's, not
 * the request's (story_mentions.ts).
 */

/** Verbs that report what someone says or believes: what follows is their claim, not a request. */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'says', 'said', 'saying', 'tells', 'told', 'telling', 'swears', 'swore', 'insists', 'insisted', 'insisting', 'claims', 'claimed',
  'claiming', 'thinks', 'believes', 'reckons', 'argues', 'argued', 'raves', 'raved', 'preaches', 'preached',
  'pitches', 'pitched', 'pitching', 'touts', 'touted', 'touting', 'hypes', 'hyped', 'hyping', 'shills', 'shilled', 'shilling',
  'brags', 'bragged', 'bragging', 'boasts', 'boasted', 'boasting',
  // "keeps mentioning solana and avalanche", "won't stop talking about DOGE".
  'mentions', 'mentioned', 'mentioning', 'talks', 'talked', 'talking', 'rants', 'ranted', 'ranting', 'gushes', 'gushed', 'gushing',
]);

/**
 * "Half of them think crypto is a scam", "people swear gold is dead": these forms (not "say", which also gives an example: "say thirty days") report someone
 * else's view, but the writer's own ("I think 2019 is better", "you say") asks (life_clauses.ts).
 */
const OPINION_VERBS: ReadonlySet<string> = new Set(['think', 'believe', 'swear', 'claim', 'insist', 'reckon', 'argue']);
const WRITER: ReadonlySet<string> = new Set(['i', 'we', 'you']);
const OPINION_ADVERBS: ReadonlySet<string> = new Set(['really', 'also', 'still', 'honestly', 'just', 'do', 'actually']);

/** "I think", "we really believe", "you said": the writer (or the one written to) speaks. */
function writerSpeaks(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (isWord(tokens[before]) && OPINION_ADVERBS.has(tokens[before]!.norm)) before--;
  return isWord(tokens[before]) && WRITER.has(tokens[before]!.norm);
}

function isSpeechVerb(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!isWord(token)) return false;
  return SPEECH_VERBS.has(token!.norm) || (OPINION_VERBS.has(token!.norm) && !writerSpeaks(tokens, at));
}

/** What the writer or someone has: "I hold shares", "my wife owns a lot of MSFT". */
const HOLDING_VERBS: ReadonlySet<string> = new Set(['own', 'owns', 'hold', 'holds', 'holding']);

/** Verbs of a run told to the writer: "my son says try it on Apple". */
const RELAYED_ASKS: ReadonlySet<string> = new Set(['try', 'run', 'test', 'backtest', 'check', 'do', 'put']);

/**
 * "My son says try it on Apple too", "she said to run it on ETH": an instruction passed on about the
 * run at hand ("it", "this") is the writer's ask, not someone's claim ("says SOL is great").
 */
function relaysAsk(tokens: readonly Token[], at: number): boolean {
  const verb = isWord(tokens[at + 1], 'to') ? at + 2 : at + 1;
  return isWord(tokens[verb]) && RELAYED_ASKS.has(tokens[verb]!.norm) && isWord(tokens[verb + 1], 'it', 'this', 'that', 'them');
}

/** Where a reported claim ends: a clause mark. "My friend says SOL is great, so please run SMA on SOL" asks after the comma. */
const CLAIM_ENDS = [',', ';', ':'];

/**
 * Token indexes of the sentence, with those inside a reported claim (from a speech verb to a clause
 * mark) marked; `othersOnly` leaves out what the writer says ("I said BTC, not ETH").
 */
function readSentence(tokens: readonly Token[], indexes: readonly number[], othersOnly = false): { at: number; claimed: boolean }[] {
  let claimed = false;
  return indexes.map((at) => {
    if (isPunct(tokens[at], ...CLAIM_ENDS)) claimed = false;
    // The verb that reports is part of the claim: "them think" is theirs to think.
    const reports = isSpeechVerb(tokens, at) && !(othersOnly && writerSpeaks(tokens, at));
    // "says try it on Apple": only the verb is theirs, the instruction it passes on asks.
    if (reports && relaysAsk(tokens, at)) return { at, claimed: true };
    if (reports) claimed = true;
    return { at, claimed };
  });
}

/** Words before a life event that make it the edge of the window: "since my daughter was born in 2021". */
const RANGE_EDGES = ['since', 'from', 'until', 'till', 'til', 'after', 'before'];

/**
 * "Just Ethereum, EMA 9/21, since my daughter was born in 2021": a life event that dates the window
 * is the window's edge, so its person and verb do not make the sentence around it a story.
 */
function outsideLifeEventDates(tokens: readonly Token[], indexes: readonly number[]): number[] {
  const dating = new Set<number>();
  for (const at of indexes) {
    const event = isWord(tokens[at - 1], ...RANGE_EDGES) ? readLifeEvent(tokens, at) : undefined;
    for (let inside = at; event && inside < event.end; inside++) dating.add(inside);
  }
  return indexes.filter((at) => !dating.has(at));
}

function tellsStory(tokens: readonly Token[], allIndexes: readonly number[]): boolean {
  const indexes = outsideLifeEventDates(tokens, allIndexes);
  const words = indexes.map((at) => tokens[at]);
  if (indexes.some((at) => isSpeechVerb(tokens, at) && !relaysAsk(tokens, at))) return true;
  if (tellsWhatHappened(tokens, indexes)) return true;
  return words.some(isPerson) && indexes.some((at) => isNegation(tokens[at]) || (isWord(tokens[at]) && HOLDING_VERBS.has(tokens[at]!.norm)) || saysWhatTheyDo(tokens, at));
}

function sentencesOf(tokens: readonly Token[]): Map<number, number[]> {
  const bySentence = new Map<number, number[]>();
  tokens.forEach((token, at) => bySentence.set(token.sentence, [...(bySentence.get(token.sentence) ?? []), at]));
  return bySentence;
}

/**
 * "My brother says SMA 20/50 on BTC beat everything he tried in 2020, but I want to know about my
 * coin.": in a sentence that asks only after it, what someone else is reported to claim is the
 * story's too. The token indexes inside such claims, from the reporting verb to the clause mark,
 * inside clauses told of someone else ("a colleague who trades MSFT", others_clauses.ts), and where
 * someone works ("my wife works at Microsoft", workplace_mentions.ts);
 * a question's claims are left to the question ("my friend says RSI works, is that true?").
 */
export function storyClaims(tokens: readonly Token[]): Set<number> {
  const claims = new Set<number>();
  for (const indexes of sentencesOf(tokens).values()) {
    if (indexes.some((at) => isPunct(tokens[at], '?'))) continue;
    for (const { at, claimed } of readSentence(tokens, indexes, true)) if (claimed) claims.add(at);
  }
  for (const at of othersClauses(tokens)) claims.add(at);
  for (const at of workplaceMentions(tokens)) claims.add(at);
  return claims;
}

/**
 * "Oh, you don't have Tesla?", "You do not support TSLA?": a question echoing what the assistant
 * lacks names what is to be replaced, not what to run; the next sentence says what instead.
 */
const LACKS = phrases("you don't|dont|can't|cant|cannot have|support|carry|cover", 'you do|can not have|support|carry|cover', "you've no", 'you have|got no');

function echoesWhatIsMissing(tokens: readonly Token[], indexes: readonly number[]): boolean {
  return indexes.some((at) => isPunct(tokens[at], '?')) && indexes.some((at) => matchLongest(tokens, at, LACKS) !== undefined);
}

/**
 * The sentences of a message of several that tell a story and ask for nothing: no question mark
 * (bar one echoing what the assistant lacks), and no word that asks outside what someone else is
 * reported to claim ("says … I should look at XRP instead" is the friend's advice, not a request).
 * A message of one sentence is the request.
 */
export function storySentences(tokens: readonly Token[]): Set<number> {
  const bySentence = sentencesOf(tokens);
  const stories = new Set<number>();
  if (bySentence.size < 2) return stories;
  for (const [sentence, indexes] of bySentence) {
    if (echoesWhatIsMissing(tokens, indexes)) stories.add(sentence);
    if (indexes.some((at) => isPunct(tokens[at], '?'))) continue;
    // "take Microsoft out, I don't want it": leaving something out asks for the run without it.
    const asks = readSentence(tokens, indexes).some(({ at, claimed }) => !claimed && ((asksInStory(tokens, at) && !isDeniedWish(tokens, at)) || leftOutEnd(tokens, at) !== undefined));
    if (!asks && tellsStory(tokens, indexes)) stories.add(sentence);
  }
  return stories;
}
