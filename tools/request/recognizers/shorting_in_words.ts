import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { HINDI_ALSO, HINDI_DO } from '../hindi_english_words.js';
import { isDeniedBefore, isNumber, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * Shorting asked for without the desk's words (intent.ts reads those):
 * - a bet on falls: "let it bet on the price going down as well as up", "profit from falling prices
 *   as well", "bet on drops too", "bet against it", "trade both ways" — gaining when the price falls
 *   is what a short position does;
 * - "short" tacked on as an extra: "if possible with short also", "also short", "shorts too", "add short positions";
 * - a verb of letting with "also"/"too" beside the short side: "allow also the short positions";
 * - the same verb after the short side, as Hindi-English puts it: "short bhi allow karo".
 * A fall merely feared ("the price going down scares me") has no bet before it, and "with short 10"
 * or "also short window 5" name the fast window, so those stay as they are.
 */
const BET_LEADS = phrases('bet|bets|betting|wager|wagering on', 'profit|profits|profiting|earn|earning|gain|gaining from|on|when|in',
  'make|makes|making money from|on|when|in');
/** "bet against it", "trade both ways": the fall is in the phrase itself. */
const BOTH_SIDES = phrases('bet|bets|betting against it|them', 'bet|bets|betting against the market|coin|stock|price',
  'trade|trades|trading|go|goes|going both ways|directions', 'in both directions');
/** Words between the lead and the fall: "on the price going down", "when the market drops". */
const FALL_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'its', 'price', 'prices', 'market', 'markets', 'it', 'coin', 'stock', 'going', 'goes', 'go', 'is']);
const FALL_WORDS = phrases('down', 'downside', 'downturns|downturn|downtrends|downtrend|downmoves', 'down moves|trends|swings|markets|days',
  'fall|falls|falling|drop|drops|dropping|decline|declines|declining|crash|crashes|crashing|sinks|sinking',
  'falling|dropping|declining prices|markets', 'price drops|falls|declines', 'bear markets|moves|runs');
const BESIDE_LONG_WORDS = ['as well', 'too', 'also'];
/** "let it go short as well" (intent.ts): the short side taken beside the long one, not a list item added. */
export const BESIDE_LONG = phrases(...BESIDE_LONG_WORDS);
/** "… as well as up", "… too": the rising side kept beside the falling one. */
const BOTH_WAYS = phrases('as well as up|rises|rising|gains', 'and|or up|rises|rising', ...BESIDE_LONG_WORDS);
const SHORT_EXTRAS = phrases('also|plus short|shorts|shorting', 'with short|shorts|shorting also|too', 'short|shorts|shorting also|too',
  'short|shorts|shorting as well', 'with short|shorts|shorting as well',
  // "add also short positions", "include short trades": the short side added as an extra, named with its noun.
  'also|plus short positions|trades|selling|sales|side', 'add|adding|include|including shorts|shorting', 'add|adding|include|including also|the shorts|shorting',
  'add|adding|include|including short positions|trades|selling|sales|side', 'add|adding|include|including also|the short positions|trades|selling|sales|side',
  'add|adding|include|including also the short positions|trades|selling|sales|side');
/**
 * What may follow a bare "also short": the clause's end or a courtesy. Anything else is read by others:
 * "also short window 5" (the fast window), "also short it when it crosses down" (intent.ts).
 */
const AFTER_BARE_SHORT = ['please', 'pls', 'plz', 'if', 'allowed', 'then'];

/**
 * "short selling is also allowed", "shorting is allowed", "shorts are ok too", "short positions are fine":
 * the short side named, then a verb of being and a word that lets it; "… is not allowed" turns it off.
 */
const SHORTING_SUBJECTS = phrases('short selling|sales|positions|trades|side', 'shorting', 'shorts', 'going short', 'selling short');
const LINKS = phrases('is|are', 'is|are also', 'would be', 'will be', 'can be', 'may be');
const NOT_LINKS = phrases('is|are not', "isn't|aren't|isnt|arent", 'would|will|can not be', "wouldn't|won't|can't|cannot be");
const LETTING = phrases('allowed', 'permitted', 'enabled', 'ok', 'okay', 'fine', 'welcome', 'acceptable', 'on');

function shortingLetEnd(tokens: readonly Token[], index: number): { end: number; value: boolean } | undefined {
  const subject = matchLongest(tokens, index, SHORTING_SUBJECTS);
  if (!subject) return undefined;
  const denied = matchLongest(tokens, subject.end, NOT_LINKS);
  const link = denied ?? matchLongest(tokens, subject.end, LINKS);
  const letting = link && matchLongest(tokens, link.end, LETTING);
  if (!letting) return undefined;
  return { end: matchLongest(tokens, letting.end, BESIDE_LONG)?.end ?? letting.end, value: !denied };
}

/**
 * "please allow also the short positions", "allow the shorts too", "enable as well shorting": a verb
 * of letting before the short side, with "also"/"too"/"as well" on either side of it. A bare "short"
 * must end the clause there, as "allow the short window to be 10" names the fast window.
 */
const LETTING_VERBS = phrases('allow|allowing|permit|permitting|enable|enabling');
const SHORT_OBJECTS = phrases('shorts', 'shorting', 'short positions|selling|sales|trades|side', 'going short', 'selling short', 'short');

function lettingVerbFirstEnd(tokens: readonly Token[], index: number): number | undefined {
  const verb = matchLongest(tokens, index, LETTING_VERBS);
  if (!verb) return undefined;
  const besideBefore = matchLongest(tokens, verb.end, BESIDE_LONG);
  const objectAt = isWord(tokens[besideBefore?.end ?? verb.end], 'the') ? (besideBefore?.end ?? verb.end) + 1 : besideBefore?.end ?? verb.end;
  const object = matchLongest(tokens, objectAt, SHORT_OBJECTS);
  if (!object) return undefined;
  const besideAfter = matchLongest(tokens, object.end, BESIDE_LONG);
  if (!besideBefore && !besideAfter) return undefined;
  const end = besideAfter?.end ?? object.end;
  const next = tokens[end];
  const bareShort = isWord(tokens[object.end - 1], 'short') && object.end - objectAt === 1;
  const ends = next === undefined || (next.kind === 'punct' && !isPunct(next, '/', '&')) || isWord(next, ...AFTER_BARE_SHORT, 'and');
  return bareShort && !ends ? undefined : end;
}

/**
 * "short bhi allow karo", "shorting enable kar do": Hindi-English puts the verb of letting after the
 * short side, closed by Hindi "do"; without that "karo" ("short allow") it is left to other readers.
 */
function lettingVerbLastEnd(tokens: readonly Token[], index: number): number | undefined {
  const object = matchLongest(tokens, index, SHORT_OBJECTS);
  if (!object) return undefined;
  const verbAt = isWord(tokens[object.end], ...HINDI_ALSO) ? object.end + 1 : object.end;
  const verb = matchLongest(tokens, verbAt, LETTING_VERBS);
  return verb && matchLongest(tokens, verb.end, HINDI_DO)?.end;
}

/** Where a bet on falls (or on both sides) starting at `index` ends, or undefined. */
function betOnFallsEnd(tokens: readonly Token[], index: number): number | undefined {
  const bothSides = matchLongest(tokens, index, BOTH_SIDES);
  if (bothSides) return matchLongest(tokens, bothSides.end, BOTH_WAYS)?.end ?? bothSides.end;
  const lead = matchLongest(tokens, index, BET_LEADS);
  if (!lead) return undefined;
  let at = lead.end;
  while (at < lead.end + 3 && isWord(tokens[at]) && FALL_FILLERS.has(tokens[at]!.norm)) at++;
  const fall = matchLongest(tokens, at, FALL_WORDS);
  if (!fall) return undefined;
  return matchLongest(tokens, fall.end, BOTH_WAYS)?.end ?? fall.end;
}

/** Where "with short also" and its kin end, or undefined when a window or a number follows. */
function shortExtraEnd(tokens: readonly Token[], index: number): number | undefined {
  const extra = matchLongest(tokens, index, SHORT_EXTRAS);
  if (!extra) return undefined;
  const next = tokens[extra.end];
  const endsOnShort = isWord(tokens[extra.end - 1], 'short', 'shorts', 'shorting');
  const ends = next === undefined || (next.kind === 'punct' && !isPunct(next, '/', '&')) || isWord(next, ...AFTER_BARE_SHORT);
  return isNumber(next) || (endsOnShort && !ends) ? undefined : extra.end;
}

export const recognizeShortingInWords: Recognizer = (tokens, index) => {
  const lets = shortingLetEnd(tokens, index);
  if (lets) return { end: lets.end, clauses: [{ kind: 'allow_short', value: lets.value && !isDeniedBefore(tokens, index) }] };
  const end = betOnFallsEnd(tokens, index) ?? shortExtraEnd(tokens, index) ?? lettingVerbFirstEnd(tokens, index) ?? lettingVerbLastEnd(tokens, index);
  return end === undefined ? undefined : { end, clauses: [{ kind: 'allow_short', value: !isDeniedBefore(tokens, index) }] };
};
