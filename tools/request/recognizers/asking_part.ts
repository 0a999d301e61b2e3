/**
 * The part of a message that asks a question about saved runs, apart from the story told around it:
 * "I ran a bunch of ETH and BTC stuff on Monday, but what I'm trying to remember now is: what was my
 * best sortino on SOL?" asks about SOL only. A part is a sentence, or a clause of one opened by a
 * colon or by "but" before a question ("…, but which was my best?"). Parts that ask (end on "?" or
 * open with a question or a request) come first; the story's words count only when the asking part
 * points back at them ("which of those did best?") or names no runs of its own (memory_question.ts).
 */
import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';

/** Words that open a question or a request for a listing: "what was my best…", "can you list…". */
const ASKING_OPENERS = ['what', "what's", 'whats', 'which', 'how', 'can', 'could', 'would', 'will', 'show', 'list', 'give', 'tell', 'pull',
  'display', 'find', 'please', 'pls', 'did', 'do', 'have', 'was', 'were', 'is', 'are'];
/** Words before the opener that keep it opening: "So, what were…", "ok now show…". */
const OPENING_FILLERS = ['so', 'and', 'now', 'ok', 'okay', 'then', 'just', 'anyway', 'well', 'but', 'hey', 'also'];
/** Words of the asking part that point back at the story's runs: "which of those", "among them", "back then". */
const POINTING_WORDS = ['those', 'these'];
const POINTED_PRONOUN_LEADS = ['of', 'among', 'from'];
const POINTED_TIME_LEADS = ['back', 'since', 'from'];

/** The message cut into sentences, and a sentence at a colon or at "but" opening a question. */
function partsOf(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const opensPart = previous === undefined || previous.sentence !== token.sentence || isPunct(previous, ':')
      || (isWord(token, 'but') && isWord(tokens[index + 1], ...ASKING_OPENERS));
    if (opensPart) parts.push([]);
    parts.at(-1)!.push(token);
  });
  return parts;
}

/** Whether the part is a question or a request: it ends on "?" or opens with a word that asks. */
function isAsking(part: readonly Token[]): boolean {
  if (part.some((token) => isPunct(token, '?'))) return true;
  const opener = part.find((token) => !isPunct(token) && !isWord(token, ...OPENING_FILLERS));
  return isWord(opener, ...ASKING_OPENERS);
}

/**
 * The parts of `tokens` that `asks` holds for, those that ask first; all of `tokens` when none does:
 * "list my last 5 experiments on bitcoin? I think I made about 30 this year" reads the count and the
 * window from the question, not from the story after it.
 */
export function askingPart(tokens: readonly Token[], asks: (part: readonly Token[]) => boolean): readonly Token[] {
  const matching = partsOf(tokens).filter(asks);
  const asking = matching.filter(isAsking);
  if (asking.length > 0) return asking.flat();
  return matching.length > 0 ? matching.flat() : tokens;
}

/** "which of those did best?", "my best run among them", "what did I run back then?": the asking part points back at the story. */
export function pointsBack(asking: readonly Token[]): boolean {
  return asking.some((token, index) => isWord(token, ...POINTING_WORDS)
    || (isWord(token, 'them') && isWord(asking[index - 1], ...POINTED_PRONOUN_LEADS))
    || (isWord(token, 'then') && isWord(asking[index - 1], ...POINTED_TIME_LEADS)));
}
