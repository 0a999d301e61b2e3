import type { Recognizer } from '../clauses.js';
import { isPunct, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { readValue } from './parameters.js';

/**
 * "make it react a bit faster", "a touch slower", "wider bands": a direction with no amount. Which
 * setting moves and by how much is the user's call, so the settings are kept and a note asks for the
 * numbers; the rest of the conversation's request stands. Before this the follow-up was refused as
 * not understood. A message with a number in it ("faster, lookback 30") is left to the number's readers.
 */
const AMOUNTS = 'a bit|little|touch|tad|notch|hair|smidge';
const SPEEDS = 'faster|slower|quicker|snappier|smoother';
const NUDGES = phrases(
  `make it|them react|respond ${SPEEDS}`, `make it|them react|respond ${AMOUNTS} ${SPEEDS}`, `make it|them react|respond slightly ${SPEEDS}`,
  `make it|them ${SPEEDS}`, `make it|them ${AMOUNTS} ${SPEEDS}`, `make it|them slightly ${SPEEDS}`, `react|respond ${SPEEDS}`, `react|respond ${AMOUNTS} ${SPEEDS}`,
  `${AMOUNTS} ${SPEEDS}`, `slightly ${SPEEDS}`, 'faster|slower|quicker', `${AMOUNTS} faster|slower|quicker please`,
  'wider|narrower|tighter|looser bands|channel|channels', `${AMOUNTS} wider|narrower|tighter|looser bands|channel|channels`,
  'widen|tighten|narrow|loosen the|its bands|channel|channels', `widen|tighten|narrow|loosen the|its bands|channel|channels ${AMOUNTS}`,
  'make the bands wider|narrower|tighter|looser', `make the bands ${AMOUNTS} wider|narrower|tighter|looser`);
/** Words that bring the amount: "wider bands, 2.5", "faster, lookback 30", "widen the bands to 3". */
const AMOUNT_LEADS = ['to', 'by', 'at', 'with', 'like', 'say'];

export const recognizeVagueNudge: Recognizer = (tokens, index) => {
  const nudge = matchLongest(tokens, index, NUDGES);
  if (!nudge) return undefined;
  const next = isPunct(tokens[nudge.end], ',') ? nudge.end + 1 : nudge.end;
  // A number anywhere in the message ("faster, lookback 30") is the amount.
  if (isWord(tokens[next], ...AMOUNT_LEADS) || tokens.some((_, at) => readValue(tokens, at) !== undefined)) return undefined;
  const written = writtenText(tokens.slice(index, nudge.end));
  return { end: nudge.end, clauses: [{ kind: 'note', text: `"${written}" gives no amount, so the settings are kept; say the new values (e.g. "lookback 45", "std 2.5") to change them` }] };
};
