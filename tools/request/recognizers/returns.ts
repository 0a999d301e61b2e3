import type { Clause, Recognizer } from '../clauses.js';
import type { ConversationState } from '../conversation_state.js';
import type { PlacedClause } from '../read_clauses.js';
import type { StrategyRequest } from '../request_spec.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { readValue } from './parameters.js';
import { recognizeStrategy } from './strategies.js';

/**
 * Going back names what to go back to. "hmm no, go back to 2" after "make it 2.5 std", "revert to
 * 14", "put it back to 2": a bare number is the new value of the setting the previous message
 * changed. "switch back to the ema" after "ema 9/21", "try sma 20/50"; "change back to the sma",
 * "back to the rsi": a strategy the conversation ran before comes back with the settings it had then.
 * Without this the number was not read at all and the strategy came back with the current numbers.
 */
const VERB_LEADS = phrases('go|going|switch|change|flip|revert|return back to', 'revert|return to', 'put|change|set|switch|turn|flip|take it|that|this back to');
/** "back to 2" opens its sentence; inside one ("sell when it's back to 70") it tells of a price. */
const BARE_LEAD = phrases('back to');
const ARTICLES = phrases('the', 'my', 'that', 'our');
/** What may follow the bare number: "go back to 2 please", "back to 2 and add fees". */
const AFTER_VALUE = ['and', 'then', 'please', 'pls', 'plz', 'again', 'instead', 'thanks', 'thx', 'but'];

function opensSentence(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before === undefined || before.kind === 'punct' || before.sentence !== tokens[index]!.sentence || isWord(before, 'no', 'nah', 'ok', 'okay', 'hmm', 'actually', 'and');
}

export const recognizeReturn: Recognizer = (tokens, index, context) => {
  const verb = matchLongest(tokens, index, VERB_LEADS);
  const lead = verb ?? matchLongest(tokens, index, BARE_LEAD);
  if (!lead) return undefined;
  const value = readValue(tokens, lead.end);
  const next = value && tokens[value.end];
  // "go back to 20/50", "back to 2 std" are read as settings elsewhere.
  const closes = next === undefined || isWord(next, ...AFTER_VALUE) || (next.kind === 'punct' && !isPunct(next, '/', '-', '%'));
  if (value && closes && (verb || opensSentence(tokens, index))) {
    return { end: value.end, clauses: [{ kind: 'back_to', value: value.value, written: writtenText(tokens.slice(index, value.end)) }] };
  }
  // The strategy itself is read by its own recogniser; this only marks it as one brought back.
  const at = matchLongest(tokens, lead.end, ARTICLES)?.end ?? lead.end;
  return recognizeStrategy(tokens, at, context) ? { end: at, clauses: [{ kind: 'back_to', written: writtenText(tokens.slice(index, at)) }] } : undefined;
};

const describe = (params: Readonly<Record<string, number>>): string => Object.entries(params).map(([name, value]) => `${name} ${value}`).join(', ');

interface Change {
  clause: Clause;
  name: string;
  was: number | undefined;
}

/** The numbers one message changed, each as the clause that sets it to `value`: strategy parameters, fees, slippage, capital. */
function changedSettings(before: ConversationState, after: ConversationState, value: number): Change[] {
  const changed: Change[] = [];
  for (const strategy of after.strategies) {
    const old = before.strategies.find((other) => other.name === strategy.name)?.params ?? {};
    for (const [name, now] of Object.entries(strategy.params ?? {})) {
      if (old[name] !== undefined && old[name] !== now) changed.push({ clause: { kind: 'param', candidates: [name], value }, name: `${strategy.name} ${name}`, was: old[name] });
    }
  }
  if (before.feesBps !== after.feesBps) changed.push({ clause: { kind: 'fees', bps: value }, name: 'fees', was: before.feesBps });
  if (before.slippageBps !== after.slippageBps) changed.push({ clause: { kind: 'slippage', bps: value }, name: 'slippage', was: before.slippageBps });
  if (before.initialCapital !== after.initialCapital) changed.push({ clause: { kind: 'capital', amount: value }, name: 'capital', was: before.initialCapital });
  return changed;
}

/** "go back to 2": the one setting the previous message changed, or the one of several that was 2 before it. */
function returnedValue(item: PlacedClause, clause: { value: number; written: string }, earlier: readonly ConversationState[]): PlacedClause[] {
  const current = earlier[earlier.length - 1];
  const before = earlier[earlier.length - 2];
  const changed = current && before ? changedSettings(before, current, clause.value) : [];
  const chosen = changed.length === 1 ? changed : changed.filter((change) => change.was === clause.value);
  if (chosen.length !== 1) {
    const text = changed.length === 0
      ? `ignored "${clause.written}": the previous message changed no single number to go back from; name the setting, e.g. "period back to 14"`
      : `ignored "${clause.written}": the previous message changed ${changed.map((change) => change.name).join(', ')}; name the one to go back, e.g. "${changed[0]!.name.split(' ').pop()} back to ${clause.value}"`;
    return [{ ...item, clause: { kind: 'note', text } }];
  }
  const [change] = chosen;
  return [{ ...item, clause: change!.clause }, { ...item, clause: { kind: 'note', text: `read "${clause.written}" as ${change!.name} back to ${clause.value}, the setting the previous message changed` } }];
}

/** The settings a strategy last ran with in the conversation, when it is not running now. */
function earlierSettings(name: string, earlier: readonly ConversationState[]): StrategyRequest | undefined {
  const current = earlier[earlier.length - 1];
  if (!current || current.strategies.some((strategy) => strategy.name === name)) return undefined;
  for (const state of [...earlier].reverse()) {
    const found = state.strategies.find((strategy) => strategy.name === name && strategy.params !== undefined);
    if (found) return found;
  }
  return undefined;
}

/**
 * Each going back made the clauses that say it (`earlier`: the state before each message, oldest
 * first, the last being the one this message starts from): a number becomes the setting it goes back
 * to; a strategy named without numbers takes the ones it last ran with.
 */
export function settleReturns(placed: readonly PlacedClause[], earlier: readonly ConversationState[]): PlacedClause[] {
  const result: PlacedClause[] = [];
  placed.forEach((item, at) => {
    const { clause } = item;
    if (clause.kind === 'back_to') {
      if (clause.value !== undefined) result.push(...returnedValue(item, { value: clause.value, written: clause.written }, earlier));
      return;
    }
    const marker = placed[at - 1]?.clause;
    // "back to the ema from my first message" names the message to take it from (recalled_turns.ts).
    const fromTurn = placed[at + 1]?.clause.kind === 'recalled_turn';
    const recalled = marker?.kind === 'back_to' && marker.value === undefined && !fromTurn && clause.kind === 'strategy' && clause.params === undefined ? earlierSettings(clause.name, earlier) : undefined;
    if (clause.kind !== 'strategy' || !recalled?.params) {
      result.push(item);
      return;
    }
    result.push({ ...item, clause: { ...clause, params: { ...recalled.params } } },
      { ...item, clause: { kind: 'note', text: `brought ${clause.name} back with the settings it ran with before (${describe(recalled.params)})` } });
  });
  return result;
}
