import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/** What a period may label that is no window of prices: the meeting it is for. */
const MEETING_NOUNS = ['meeting', 'meetings', 'review', 'reviews', 'deck', 'presentation', 'offsite', 'call', 'pitch', 'catchup', 'standup', 'townhall'];
/** Between the period and the meeting: "the Q3 board meeting", "our March investment committee call". */
const MEETING_KINDS = ['board', 'team', 'investment', 'committee', 'planning', 'strategy', 'ic', 'budget', 'client', 'investor', 'quarterly', 'monthly', 'weekly'];
const MAX_KIND_WORDS = 2;

/**
 * "The PM wants evidence for the Q3 meeting", "slides for our January board meeting": a period
 * written just before a meeting's name names that meeting, not the run's window, so beside the
 * window asked for it is set aside as the story's (background_periods.ts).
 */
export function namesMeeting(tokens: readonly Token[], end: number): boolean {
  let at = end;
  while (at < end + MAX_KIND_WORDS && isWord(tokens[at], ...MEETING_KINDS)) at++;
  return isWord(tokens[at], ...MEETING_NOUNS);
}
