import type { Clause, Recognizer, RecognizerContext, RevertField } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isWord, matchLongest, phrases, writtenText, type Phrase } from '../token_matchers.js';
import { newCostAfterRevert } from './new_cost_after_revert.js';
import { readValue } from './parameters.js';
import { parametersNamed } from './reverted_parameter_names.js';

/**
 * "revert the capital to what it was", "put the fees back", "undo that": a setting taken back to
 * its value before the last change (revert_settings.ts finds that value in the conversation).
 */
const FIELD_NOUNS: ReadonlyArray<{ field: RevertField; nouns: string }> = [
  { field: 'capital', nouns: 'capital|balance|bankroll|money|cash|account|budget' },
  { field: 'fees', nouns: 'fee|fees|commission|commissions|costs' },
  { field: 'slippage', nouns: 'slippage' },
  { field: 'window', nouns: 'window|dates|period|range' },
  { field: 'interval', nouns: 'interval|bars|candles|timeframe' },
  { field: 'symbols', nouns: 'symbol|symbols|ticker|tickers|coin|coins|assets|asset' },
  { field: 'targets', nouns: 'target|targets|goal|goals' },
  // "put the thresholds back": the strategies' numbers, the strategies themselves kept.
  // "put the std where it was before": a strategy number named by its own name takes back that number only (reverted_parameter_names.ts).
  { field: 'parameters', nouns: 'threshold|thresholds|levels|parameters|params|bands|channel|channels|std|stdev|sd|deviation|sigma|lookback|multiplier' },
];
const FIELD_NOUN_WORDS: ReadonlySet<string> = new Set(FIELD_NOUNS.flatMap((entry) => entry.nouns.split('|')));
const QUALIFIERS = 'starting|initial|original|old|previous|earlier|trading|date';
const VERBS = 'revert|restore|reset|undo';
const BACK_VERBS = 'put|change|set|turn|switch|bring|take';
/** "forget the cash bump", "scrap the fee change": the last change of a setting, named by the setting. */
const DROPPED_CHANGES = 'scrap|scratch|drop|ditch|discard|forget|cancel|undo|lose|skip|nix';
const CHANGE_NOUNS = 'bump|change|changes|increase|cut|tweak|edit|hike|raise|drop|switch';
/** What may close the phrase: "to what it was", "to before", "to the original". */
const AS_BEFORE = phrases('to what it was|were', 'to how it was|were', 'to before', 'to the previous|original|old|earlier one|value|amount|setting', 'to the original|previous',
  'as it was|were', 'back', 'back to what it was|were', 'back to before', 'back to the previous|original|old one|value|amount|setting', 'back to the original|previous', 'change|changes');

const WHERE_IT_WAS = ['where|how it|they was|were', 'to where|how it|they was|were', 'the way it|they was|were'];

function fieldPhrases(nouns: string): readonly Phrase[] {
  return phrases(
    `${VERBS} the ${nouns}`, `${VERBS} the ${QUALIFIERS} ${nouns}`, `${VERBS} ${nouns}`,
    `${BACK_VERBS} the ${nouns} back`, `${BACK_VERBS} the ${QUALIFIERS} ${nouns} back`, `${BACK_VERBS} back the ${nouns}`,
    // "put the std where it was before", "set the fees to how they were": the place it was, with no "back".
    ...WHERE_IT_WAS.flatMap((was) => [`${BACK_VERBS} the ${nouns} ${was}`, `${BACK_VERBS} the ${nouns} ${was} before|earlier|previously`]),
    `go|going|switch back to the old|original|previous|earlier ${nouns}`, `the old|original|previous|earlier ${nouns} back|again`,
    `${DROPPED_CHANGES} the ${nouns} ${CHANGE_NOUNS}`, `${DROPPED_CHANGES} the ${QUALIFIERS} ${nouns} ${CHANGE_NOUNS}`, `${DROPPED_CHANGES} that ${nouns} ${CHANGE_NOUNS}`,
    // "the earlier dates were better": a judgement that takes the setting back ("the other coins were fine" is none).
    `the old|original|previous|earlier ${nouns} was|were|looked better|fine|best`,
  );
}

const FIELD_PHRASES = FIELD_NOUNS.map((entry) => ({ field: entry.field, words: fieldPhrases(entry.nouns), left: phrases(`leave|keep the ${entry.nouns}`) }));
/** "leave the channel how it was": only with what closes it, as "keep the fees" alone changes nothing. */
const LEFT_AS_BEFORE = phrases('how|as it|they was|were', 'the way it|they was|were', 'as before');
/** "undo that", "undo the last change": the whole conversation as it was before the previous message. */
const EARLIER_STATE = 'previous|last|old|earlier settings|setup|version|config|spec';
/** "go back to the original settings", "back to square one": the conversation as its first message left it. */
const FIRST_STATE = 'original|initial|first|starting settings|setup|version|config|spec|parameters|params|numbers';
/** "the first one", "the original run": the first message's run, which "one" alone names only with first/original. */
const RUN_NOUNS = 'one|run|version|attempt|try|test|backtest|setup';
const FIRST_RUNS = [`original|initial|first|1st ${RUN_NOUNS}`, `very first ${RUN_NOUNS}`];
/** "the one I asked for first", "the run we did originally": the first run, named by when it was asked for. */
const ASKED_FIRST = [`the ${RUN_NOUNS} i|we asked for first|originally|initially`, `the ${RUN_NOUNS} i|we ran|tried|did|wanted|requested first|originally|initially`,
  `the ${RUN_NOUNS} i|we first asked for`, `the ${RUN_NOUNS} i|we first ran|tried|did|wanted|requested`];
/** "what I had originally", "how I had it at first", "what I started with": the first message's settings. */
const FIRST_WHEN = ['originally|initially', 'at first', 'at the start|beginning', 'to begin|start with', 'in the beginning'];
const FIRST_WHEN_PHRASES = phrases(...FIRST_WHEN);
const DROPPED_VALUE = phrases(`${DROPPED_CHANGES} the|that`);
const HAD_FIRST = [
  ...FIRST_WHEN.map((when) => `what|how i|we had|ran|used ${when}`),
  ...FIRST_WHEN.map((when) => `how|what i|we had it ${when}`),
  'what i|we started|began with', 'what i|we started|began out with', 'what i|we first had|ran|used', 'how|what i|we originally|initially had|ran|used',
];
/** "put the fees back to what I had originally": the setting as the first message left it, not as before its last change. */
const FIRST_AS_BEFORE = phrases(...HAD_FIRST.flatMap((had) => [`to ${had}`, `back to ${had}`]),
  'to the original|initial one|ones|value|values|setting|settings', 'back to the original|initial one|ones|value|values|setting|settings');
const UNDO_ALL = phrases(`go|going|switch|change|revert back to the ${FIRST_STATE}`, `go|going|switch|change|revert back to the very first|original ${FIRST_STATE}`, `back to the ${FIRST_STATE}`,
  `revert|return|go to the ${FIRST_STATE}`, `restore|reset the ${FIRST_STATE}`, `use the ${FIRST_STATE} again`, 'go|going back to square one', 'back to square one', 'start over from the first one',
  // "go back to the first one", "back to the original run", "the first version again": the first run, as a whole.
  ...FIRST_RUNS.flatMap((run) => [`go|going|switch|change|revert back to the ${run}`, `back to the ${run}`, `revert|return to the ${run}`, `the ${run} again`]),
  'like|as the original', 'same as the original', ...ASKED_FIRST.flatMap((asked) => [`go|going|switch back to ${asked}`, `back to ${asked}`, asked]),
  // "go back to what I had originally", "back to what I had at first", "what I started with".
  ...HAD_FIRST.flatMap((had) => [`go|going|switch|change|revert back to ${had}`, `back to ${had}`, `revert|return|go to ${had}`, had]));
/** What the last message changed, as "undo that last ___" names it. */
const LAST_CHANGE_NOUNS = 'change|edit|tweak|step|bit|part|thing|addition|one';
const UNDO_LAST = phrases('undo that|this|it', 'undo the|my last change|message|step|one', 'revert that|this|it', 'revert the|my last change', 'scratch that', 'go back one step',
  // "nah go back to what it was", "go back to the previous settings", "scrap the last change".
  'go|going|switch|change|revert back to what|how it was', 'go|going|switch|change back to before', 'back to what|how it was',
  // "go back to what we had", "back to what I had before": with no "originally", the settings just before the last change.
  // "go back to what you had before": the settings the assistant ran before, the same ones.
  'go|going|switch|change|revert back to what i|we|you had', 'go|going|switch|change|revert back to what i|we|you had before|earlier|previously|there',
  'back to what i|we|you had', 'back to what i|we|you had before|earlier|previously|there',
  `go|going|switch|change|revert back to the ${EARLIER_STATE}`, `back to the ${EARLIER_STATE}`, `revert|return|go to the ${EARLIER_STATE}`, `restore|reset the ${EARLIER_STATE}`,
  'revert|return to what|how it was', 'put|change|set|switch|turn it|that|everything back the way it was', 'put|change|set|switch|turn it|that|everything back to what|how it was',
  // "put em back how they were": the settings the last message changed, as a plural.
  'put|change|set|switch|turn them|em|those|everything back how they|it were|was', 'put|change|set|switch|turn them|em|those back the way they were', 'put|change|set|switch|turn them|em|those back to how|what they were',
  'put|change|set|switch|turn it|that back how it was',
  // "undo that last bit", "scrap the last part": the last message's change, named loosely.
  `scrap|scratch|drop|ditch|cancel|discard|forget|ignore|lose that|the|my|this last ${LAST_CHANGE_NOUNS}`, 'scrap|ditch|drop|discard|forget|cancel that|the|my|this change|edit|tweak',
  'undo|revert that|this|the|my change|changes|edit|tweak', `undo|revert that|this|the|my last|latest|previous ${LAST_CHANGE_NOUNS}`, 'scrap that', 'never mind|nevermind the|that|my last change', 'never mind|nevermind that change',
  // "undo", "switch it back", "change back" after "switch to ema": the last change taken back, with nothing named.
  // Not "put it back", which may bring back what was removed ("put it back and remove the other one").
  'undo', 'revert', 'change|switch|turn|flip it|that|this back', 'switch|change|flip back');

/** After a bare "revert", words of a reply: "revert with the results", "revert back to me". */
const REPLY_AFTER_REVERT = phrases('with', 'back with', 'to me|us', 'back to me|us', 'asap');

/**
 * A setting taken back. The first message's strategy numbers come back the one way every phrasing of
 * them does ("the levels I had at first", "put the thresholds back to what I had originally"): as the
 * first message's strategies, before the message applies, so new numbers said with them still count.
 */
function revertOf(field: RevertField, written: string, first: boolean, params?: string[]): Clause {
  if (first && field === 'parameters') return { kind: 'recalled_turn', part: 'strategies', written };
  return { kind: 'revert', field, written, ...(first ? { first: true as const } : {}), ...(field === 'parameters' && params ? { params } : {}) };
}

/** "leave the channel how it was originally": how it was before its last change, or with "originally" as the first message set it. */
function readLeftAsBefore(tokens: readonly Token[], index: number, left: readonly Phrase[]): { end: number; first: boolean } | undefined {
  const found = matchLongest(tokens, index, left);
  const close = found && matchLongest(tokens, found.end, LEFT_AS_BEFORE);
  if (!close) return undefined;
  const when = matchLongest(tokens, close.end, FIRST_WHEN_PHRASES);
  return { end: when?.end ?? close.end, first: when !== undefined };
}

/** "scratch the 55": a number one of the strategies holds now, dropped; its numbers go back to before their last change. */
function readDroppedValue(tokens: readonly Token[], index: number, context: RecognizerContext): number | undefined {
  const lead = matchLongest(tokens, index, DROPPED_VALUE);
  const number = lead && tokens[lead.end];
  if (!lead || !isNumber(number)) return undefined;
  const held = (context.conversation?.strategies ?? []).some((strategy) => Object.values(strategy.params ?? {}).includes(number.value));
  return held ? lead.end + 1 : undefined;
}

export const recognizeRevert: Recognizer = (tokens, index, context) => {
  for (const { field, words, left } of FIELD_PHRASES) {
    const kept = readLeftAsBefore(tokens, index, left);
    if (kept) return { end: kept.end, clauses: [revertOf(field, writtenText(tokens.slice(index, kept.end)), kept.first, parametersNamed(tokens.slice(index, kept.end)))] };
    const found = matchLongest(tokens, index, words);
    if (!found) continue;
    const first = matchLongest(tokens, found.end, FIRST_AS_BEFORE);
    if (first) return { end: first.end, clauses: [revertOf(field, writtenText(tokens.slice(index, first.end)), true)] };
    const end = matchLongest(tokens, found.end, AS_BEFORE)?.end ?? found.end;
    // "put the period back to 14", "reset the std to 2.5" name the value to go to: a setting (parameters.ts), not an undo.
    if (isWord(tokens[end - 1], 'back', ...FIELD_NOUN_WORDS) && isWord(tokens[end], 'to') && readValue(tokens, end + 1)) return undefined;
    const newCost = field === 'fees' || field === 'slippage' ? newCostAfterRevert(tokens, end, field) : undefined;
    if (newCost) return newCost;
    return { end, clauses: [revertOf(field, writtenText(tokens.slice(index, end)), false, parametersNamed(tokens.slice(index, found.end)))] };
  }
  const dropped = readDroppedValue(tokens, index, context);
  if (dropped) return { end: dropped, clauses: [revertOf('parameters', writtenText(tokens.slice(index, dropped)), false)] };
  const undoAll = matchLongest(tokens, index, UNDO_ALL);
  if (undoAll) return { end: undoAll.end, clauses: [{ kind: 'revert', field: 'first_message', written: writtenText(tokens.slice(index, undoAll.end)) }] };
  const undo = matchLongest(tokens, index, UNDO_LAST);
  // "scratch that window, do 2019 to 2022": "that" points at the setting named next, which the message replaces; not an undo.
  if (undo && isWord(tokens[undo.end - 1], 'that', 'this') && FIELD_NOUN_WORDS.has(tokens[undo.end]?.norm ?? '')) return undefined;
  // "put it back to 20/50" names the value to go back to: that is a setting, not an undo.
  if (undo && isWord(tokens[undo.end - 1], 'back') && isWord(tokens[undo.end], 'to')) return undefined;
  // "revert with sharpe and drawdown", "kindly revert back to me": "revert" as a reply, as Indian English says it; nothing is undone.
  if (undo && undo.end === index + 1 && isWord(tokens[index], 'revert') && matchLongest(tokens, undo.end, REPLY_AFTER_REVERT)) return undefined;
  return undo && { end: undo.end, clauses: [{ kind: 'revert', field: 'last_message', written: writtenText(tokens.slice(index, undo.end)) }] };
};
