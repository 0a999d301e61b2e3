import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';
import { isPerson } from './life_clauses.js';
import { asksInStory, tellsWhatHappened } from './story_clauses.js';

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
]);

/** What the writer or someone has: "I hold shares", "my wife owns a lot of MSFT". */
const HOLDING_VERBS: ReadonlySet<string> = new Set(['own', 'owns', 'hold', 'holds', 'holding']);

/** Where a reported claim ends: a clause mark. "My friend says SOL is great, so please run SMA on SOL" asks after the comma. */
const CLAIM_ENDS = [',', ';', ':'];

function isNegation(token: Token | undefined): boolean {
  return isWord(token) && (token!.norm === 'not' || token!.norm === 'never' || token!.norm.endsWith("n't"));
}

/** Token indexes of the sentence, with those inside a reported claim (from a speech verb to a clause mark) marked. */
function readSentence(tokens: readonly Token[], indexes: readonly number[]): { at: number; claimed: boolean }[] {
  let claimed = false;
  return indexes.map((at) => {
    if (isPunct(tokens[at], ...CLAIM_ENDS)) claimed = false;
    const reading = { at, claimed };
    if (isWord(tokens[at]) && SPEECH_VERBS.has(tokens[at]!.norm)) claimed = true;
    return reading;
  });
}

function tellsStory(tokens: readonly Token[], indexes: readonly number[]): boolean {
  const words = indexes.map((at) => tokens[at]);
  if (words.some((token) => isWord(token) && SPEECH_VERBS.has(token!.norm))) return true;
  if (tellsWhatHappened(tokens, indexes)) return true;
  return words.some(isPerson) && words.some((token) => isNegation(token) || (isWord(token) && HOLDING_VERBS.has(token!.norm)));
}

/**
 * The sentences of a message of several that tell a story and ask for nothing: no question mark,
 * and no word that asks outside what someone else is reported to claim ("says … I should look at
 * XRP instead" is the friend's advice, not a request). A message of one sentence is the request.
 */
export function storySentences(tokens: readonly Token[]): Set<number> {
  const bySentence = new Map<number, number[]>();
  tokens.forEach((token, at) => bySentence.set(token.sentence, [...(bySentence.get(token.sentence) ?? []), at]));
  const stories = new Set<number>();
  if (bySentence.size < 2) return stories;
  for (const [sentence, indexes] of bySentence) {
    if (indexes.some((at) => isPunct(tokens[at], '?'))) continue;
    const asks = readSentence(tokens, indexes).some(({ at, claimed }) => !claimed && asksInStory(tokens, at));
    if (!asks && tellsStory(tokens, indexes)) stories.add(sentence);
  }
  return stories;
}
