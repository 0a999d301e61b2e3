import type { Recognizer, RecognizerContext, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';
import { recognizeDates } from './dates.js';

/**
 * "with a 2020 start", "a 2019 start date", "a mid-2020 start and a 2022 end", "starting point
 * 2021": a window's edge named as a noun. The date is where the window starts (or ends), read as
 * "from <date>" (or "until <date>") would be, never a second period of its own.
 */
type Edge = 'from' | 'until';

const START_NOUNS = phrases('start', 'start date|point|year', 'starting date|point|year', 'beginning', 'kickoff', 'kick off');
const END_NOUNS = phrases('end', 'end date|point|year', 'ending date|point|year', 'finish', 'finishing date|point', 'cutoff', 'cut off');
/** "starting point 2021", "end point: 2022": the noun first, the date after it. */
const LEADING_START = phrases('start|starting point|year', 'start|starting point|year :|=|of|is');
const LEADING_END = phrases('end|ending|finishing point|year', 'end|ending|finishing point|year :|=|of|is');
/**
 * "cut it off at the end of 2019", "stop it at 2018", "have it end in March 2021", "start it in
 * 2010": a verb that moves one edge. Only that edge changes; the date is not a period of its own.
 */
const STARTING_VERBS = phrases('start|begin it at|in|on|from', 'kick it off at|in|on|from', 'have|let it start|begin at|in|on|from');
const ENDING_VERBS = phrases('cut it|things off at|in|on|after', 'cut off at|in|on|after', 'cut it at|in|on|after', 'stop|end|finish|wrap it at|in|on|after',
  'wrap it up at|in|on|after', 'have|let it stop|end|finish at|in|on|after', 'stop|end at');
/** How far a date written between "a" and the noun may reach: "a 1 March 2020 start" is five tokens. */
const MAX_DATE_TOKENS = 6;

/** The date at `from`..`to` read with the preposition that says which edge it is, if it reads whole. */
function readEdge(tokens: readonly Token[], from: number, to: number, edge: Edge, context: RecognizerContext): RecognizerMatch['clauses'] | undefined {
  const lead: Token = { kind: 'word', text: edge, norm: edge, value: Number.NaN, joined: false, sentence: tokens[from]?.sentence ?? 0 };
  const written = [lead, ...tokens.slice(from, to)];
  const read = recognizeDates(written, 0, context);
  return read && read.end === written.length ? read.clauses : undefined;
}

/** "a 2020 start", "an early 2021 start date": the article, the date, then the noun. */
function readDateThenNoun(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  if (!isWord(tokens[index], 'a', 'an')) return undefined;
  for (let nounAt = index + 2; nounAt <= index + 1 + MAX_DATE_TOKENS && nounAt < tokens.length; nounAt++) {
    const start = matchLongest(tokens, nounAt, START_NOUNS);
    const end = start ? undefined : matchLongest(tokens, nounAt, END_NOUNS);
    const noun = start ?? end;
    const clauses = noun && readEdge(tokens, index + 1, nounAt, start ? 'from' : 'until', context);
    if (noun && clauses) return { end: noun.end, clauses };
  }
  return undefined;
}

/** "starting point 2021", "end point: 2022": the noun, then the date. */
function readNounThenDate(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const start = matchLongest(tokens, index, LEADING_START);
  const noun = start ?? matchLongest(tokens, index, LEADING_END);
  if (!noun) return undefined;
  for (let dateEnd = Math.min(tokens.length, noun.end + MAX_DATE_TOKENS); dateEnd > noun.end; dateEnd--) {
    const clauses = readEdge(tokens, noun.end, dateEnd, start ? 'from' : 'until', context);
    if (clauses) return { end: dateEnd, clauses };
  }
  return undefined;
}

/** "cut it off at the end of 2019": the verb, then the date. */
function readVerbThenDate(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const start = matchLongest(tokens, index, STARTING_VERBS);
  const verb = start ?? matchLongest(tokens, index, ENDING_VERBS);
  if (!verb) return undefined;
  for (let dateEnd = Math.min(tokens.length, verb.end + MAX_DATE_TOKENS); dateEnd > verb.end; dateEnd--) {
    const clauses = readEdge(tokens, verb.end, dateEnd, start ? 'from' : 'until', context);
    if (clauses) return { end: dateEnd, clauses };
  }
  return undefined;
}

export const recognizeWindowEdgeNoun: Recognizer = (tokens, index, context) =>
  readDateThenNoun(tokens, index, context) ?? readNounThenDate(tokens, index, context) ?? readVerbThenDate(tokens, index, context);
