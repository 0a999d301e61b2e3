import type { RevertField } from './clauses.js';
import type { ConversationState } from './conversation_state.js';
import type { PlacedClause } from './read_clauses.js';
import type { StrategyRequest } from './request_spec.js';

type SettingField = Exclude<RevertField, 'last_message' | 'first_message'>;
const FIELD_KEYS: Readonly<Record<SettingField, ReadonlyArray<keyof ConversationState>>> = {
  capital: ['initialCapital'],
  fees: ['feesBps'],
  slippage: ['slippageBps'],
  window: ['dateRange'],
  interval: ['interval'],
  symbols: ['symbols', 'portfolio', 'portfolioSettings'],
  targets: ['targets'],
  parameters: ['strategies'],
};
const FIELD_NAMES: Readonly<Record<SettingField, string>> = {
  capital: 'capital', fees: 'fees', slippage: 'slippage', window: 'date window', interval: 'bar interval', symbols: 'symbols', targets: 'targets',
  parameters: 'strategy parameters',
};

function sameValues(left: ConversationState, right: ConversationState, keys: ReadonlyArray<keyof ConversationState>): boolean {
  return keys.every((key) => JSON.stringify(left[key]) === JSON.stringify(right[key]));
}

/**
 * The state a message applies to: "undo that" sets the previous message aside ("go back to the original
 * settings" every message after the first), so the rest of the message ("undo that, back to 30/70,
 * but only 2022") applies to the state before it.
 * `earlier` holds the state before each message so far, oldest first.
 */
export function stateBeforeUndo(state: ConversationState, placed: readonly PlacedClause[], earlier: readonly ConversationState[]): { state: ConversationState; note?: string } {
  if (placed.some(({ clause }) => clause.kind === 'revert' && clause.field === 'first_message')) {
    // "go back to the original settings": the state the first message left (earlier[0] is the empty one).
    const first = earlier[1];
    return first && earlier.length > 2 ? { state: first, note: 'went back to the settings of the first message: the changes since are set aside' } : { state, note: 'there is no earlier change to undo' };
  }
  const returned = placed.find(({ clause }) => clause.kind === 'returned_run')?.clause;
  if (returned?.kind === 'returned_run') {
    // earlier[n] is the state the n-th message left; the last of `earlier` is the run just made.
    const run = returned.turn < earlier.length - 1 ? earlier[returned.turn] : undefined;
    if (run) return { state: run, note: `went back to the settings of message ${returned.turn}: the changes since are set aside` };
    const latest = returned.turn === earlier.length - 1;
    return { state, note: latest ? `"${returned.written}": message ${returned.turn} made the latest run, whose settings stay` : `"${returned.written}": the conversation has no run ${returned.turn} to go back to` };
  }
  if (!placed.some(({ clause }) => clause.kind === 'revert' && clause.field === 'last_message')) return { state };
  const before = earlier[earlier.length - 2];
  return before ? { state: before, note: 'undid the previous message: its changes are set aside' } : { state, note: 'there is no earlier change to undo' };
}

/** The numbers a revert names: all of them, or only `only` ("the std"). */
function pickParams(params: Readonly<Record<string, number>> | undefined, only: readonly string[] | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(params ?? {}).filter(([name]) => only === undefined || only.includes(name)));
}

/** Whether the strategies' numbers a revert names are the same in both states. */
function sameParams(left: ConversationState, right: ConversationState, only: readonly string[]): boolean {
  const picked = (state: ConversationState) => state.strategies.map((strategy) => [strategy.name, pickParams(strategy.params, only)]);
  return JSON.stringify(picked(left)) === JSON.stringify(picked(right));
}

/**
 * Each strategy with the numbers it had in `older` (only those in `only` when given, the others as
 * they are now); the strategies themselves stay, as "the thresholds" names only numbers.
 */
function withEarlierParams(strategies: readonly StrategyRequest[], older: readonly StrategyRequest[], only?: readonly string[]): StrategyRequest[] {
  return strategies.map((strategy) => {
    const before = older.find((candidate) => candidate.name === strategy.name);
    if (!before) return strategy;
    const { params: _dropped, ...rest } = strategy;
    const kept = only ? Object.fromEntries(Object.entries(strategy.params ?? {}).filter(([name]) => !only.includes(name))) : {};
    const params = { ...kept, ...structuredClone(pickParams(before.params, only)) };
    return Object.keys(params).length > 0 ? { ...rest, params } : rest;
  });
}

/**
 * Takes each reverted setting back to its value before it last changed, looking back from the
 * state this message started from (the last of `earlier`).
 */
export function applyReverts(state: ConversationState, placed: readonly PlacedClause[], earlier: readonly ConversationState[], notes: string[]): ConversationState {
  const current = earlier[earlier.length - 1];
  const next: ConversationState = { ...state };
  for (const { clause } of placed) {
    if (clause.kind !== 'revert' || clause.field === 'last_message' || clause.field === 'first_message') continue;
    const keys = FIELD_KEYS[clause.field];
    // earlier[1] is the state the first message left ("what I had originally").
    const firstState = earlier.length > 2 ? earlier[1] : undefined;
    // "put the lookback back" beside a strategy with no lookback names all its numbers, as before.
    const only = clause.params?.some((param) => next.strategies.some((strategy) => strategy.params !== undefined && param in strategy.params)) ? clause.params : undefined;
    const same = (left: ConversationState, right: ConversationState) => (only ? sameParams(left, right, only) : sameValues(left, right, keys));
    const changedFrom = clause.first ? firstState : current && [...earlier].reverse().find((older) => !same(older, current));
    const name = only ? only.join(', ') : FIELD_NAMES[clause.field];
    if (clause.first && changedFrom && current && same(changedFrom, current)) {
      notes.push(`the first message set the same ${name}: nothing to put back`);
      continue;
    }
    if (!changedFrom) {
      notes.push(`the ${name} had not changed earlier in this conversation: nothing to put back`);
      continue;
    }
    if (clause.field === 'parameters') next.strategies = withEarlierParams(next.strategies, changedFrom.strategies, only);
    else for (const key of keys) Object.assign(next, { [key]: structuredClone(changedFrom[key]) });
    notes.push(`put the ${name} back to what ${clause.first ? 'the first message set' : 'it was before its last change'}`);
  }
  return next;
}
