import type { Recognizer } from '../clauses.js';
import { readListPlace } from '../list_places.js';
import { isPunct, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';

/**
 * "the second one was better, go back to that", "go back to the third run": a run the conversation
 * made, counted by message, brought back whole, then the rest of the message applies on top
 * (revert_settings.ts). The first run is reverts.ts's ("back to the first one"); "the last one" could
 * be the run just made or the one before it, so it stays unread.
 */
const RUN_NOUNS = 'one|run|version|attempt|try|test|backtest|setup';
const GO_BACK = phrases('go|going|switch|change|revert|get back to', 'back to', 'return|revert to');
/** "was better", "was the best": the judgement that says why the user goes back. */
const JUDGED = phrases('was|is|looked|seemed better|best', 'was|is|looked|seemed the best', 'was|is|looked|seemed much|way better');
/** What closes "… was better": the run judged taken up again ("go back to that", "use that one"). */
const TAKEN_UP = phrases('go|going|switch|get back to that|it', 'back to that|it', 'go|going|switch|get back to that one', 'use|take|keep that|it', 'use|take|keep that one', 'let\'s|lets go back to that|it');

/**
 * "go back to how it was after my second message", "back to the settings after the third request":
 * the state a message left, counted by the user's messages, the first among them. "last" stays unread.
 */
const STATE_THEN = phrases('how|what it|things|everything was|were|looked', 'the settings|setup|state');
const AFTER = phrases('after|following', 'right|just after', 'as of');
const MESSAGE_NOUNS = phrases('message|msg|request|prompt');

function readStateAfterMessage(tokens: Parameters<Recognizer>[0], at: number): { place: number; end: number } | undefined {
  const state = matchLongest(tokens, at, STATE_THEN);
  const after = state && matchLongest(tokens, state.end, AFTER);
  if (!after || !isWord(tokens[after.end], 'my', 'the')) return undefined;
  const place = readListPlace(tokens, after.end + 1);
  // "after my last message" may be the run just made or the one before it (as "the last one" above).
  if (!place || place.place < 1) return undefined;
  const noun = matchLongest(tokens, place.end, MESSAGE_NOUNS);
  return noun && { place: place.place, end: noun.end };
}

function readRunPlace(tokens: Parameters<Recognizer>[0], at: number): { place: number; end: number } | undefined {
  if (!isWord(tokens[at], 'the')) return undefined;
  const place = readListPlace(tokens, at + 1);
  if (!place || place.place < 2) return undefined;
  const noun = matchLongest(tokens, place.end, phrases(RUN_NOUNS));
  return noun && { place: place.place, end: noun.end };
}

export const recognizeReturnedRun: Recognizer = (tokens, index) => {
  const lead = matchLongest(tokens, index, GO_BACK);
  const named = lead && (readRunPlace(tokens, lead.end) ?? readStateAfterMessage(tokens, lead.end));
  if (lead && named) {
    const end = isWord(tokens[named.end], 'again') ? named.end + 1 : named.end;
    return { end, clauses: [{ kind: 'returned_run', turn: named.place, written: writtenText(tokens.slice(index, end)) }] };
  }
  const judged = readRunPlace(tokens, index);
  const judgement = judged && matchLongest(tokens, judged.end, JUDGED);
  if (!judged || !judgement) return undefined;
  let at = judgement.end;
  if (isPunct(tokens[at], ',', ';')) at++;
  if (isWord(tokens[at], 'so', 'and')) at++;
  const takenUp = matchLongest(tokens, at, TAKEN_UP);
  if (!takenUp) return undefined;
  return { end: takenUp.end, clauses: [{ kind: 'returned_run', turn: judged.place, written: writtenText(tokens.slice(index, takenUp.end)) }] };
};
