import { applyPortfolioClauses } from './portfolio_follow_ups.js';
import { cutPeriod, replacedPeriod, type Window } from './replaced_periods.js';
import { assignListChanges, type ListChange } from './assign_list_modes.js';
import type { Clause } from './clauses.js';
import { BASELINE_STRATEGY, type ConversationState } from './conversation_state.js';
import type { PlacedClause } from './read_clauses.js';
import type { StrategyRequest } from './request_spec.js';
import { assignUnnamedNumbers, parameterSlotsOf, type WrittenNumber } from './parameter_slots.js';
import { strategyWordsOf } from './strategy_vocabulary.js';
import { rangeNote } from './range_notes.js';
import { expandValueLists, type ValueList } from './parameter_values.js';
import { writeValues, type WrittenValues } from './replaced_values.js';
import { assertNever } from '../assert_never.js';
import { addDays, addMonths } from './calendar.js';
import { weightsAcrossSwap } from './swapped_holdings.js';
import { flipsWindows, flipWindows } from './recognizers/flipped_windows.js';
import { scaleParameters } from './recognizers/scaled_parameters.js';
import { replaceValues } from './recognizers/replaced_numbers.js';
import { nudgeLevels } from './recognizers/nudged_levels.js';
import { wholeYearOf } from './recognizers/whole_years.js';
import type { BacktestPilotError } from '../errors.js';
import { noCostToMatch, noCostToScale } from './unappliable_edits.js';
import { carrySwappedNumbers } from './same_numbers_swap.js';
import { resetToDefaults } from './defaulted_parameters.js';

interface ListEdit<Item> {
  replace: Item[];
  add: Item[];
  remove: Item[];
}

/**
 * Replaced (when the message names any to replace), then added to, then removed from. An item the
 * same as one listed takes its place when `fuller` says it says more.
 */
function editList<Item>(current: readonly Item[], edit: ListEdit<Item>, same: (a: Item, b: Item) => boolean, fuller?: (item: Item, listed: Item) => boolean): Item[] {
  const result: Item[] = [];
  const push = (item: Item) => {
    const at = result.findIndex((existing) => same(existing, item));
    if (at === -1) result.push(item);
    else if (fuller?.(item, result[at]!)) result[at] = item;
  };
  (edit.replace.length > 0 ? edit.replace : current).forEach(push);
  edit.add.forEach(push);
  return result.filter((item) => !edit.remove.some((removed) => same(removed, item)));
}

function groupByChange<Item>(placed: readonly PlacedClause[], changes: ReadonlyMap<PlacedClause, ListChange>, read: (item: PlacedClause) => Item | undefined): ListEdit<Item> {
  const edit: ListEdit<Item> = { replace: [], add: [], remove: [] };
  for (const item of placed) {
    const value = read(item);
    const change = changes.get(item);
    if (value !== undefined && change) edit[change].push(value);
  }
  return edit;
}

function paramsEqual(a: StrategyRequest, b: StrategyRequest): boolean {
  return JSON.stringify(a.params ?? {}) === JSON.stringify(b.params ?? {});
}

/** A plain mention ("add SMA") of a strategy already listed changes nothing; removal matches by name. */
function sameStrategy(a: StrategyRequest, b: StrategyRequest): boolean {
  return a.name === b.name && (a.params === undefined || b.params === undefined || paramsEqual(a, b));
}

/**
 * "a trend-following sleeve … a 50/200 simple moving average crossover": the strategy named first
 * plainly, then with its numbers, is one strategy with those numbers, not the plain one alone.
 */
function hasMoreSettings(item: StrategyRequest, listed: StrategyRequest): boolean {
  return listed.params === undefined && item.params !== undefined;
}

function parameterOf(strategy: StrategyRequest, candidates: readonly string[]): string | undefined {
  const known = strategyWordsOf(strategy.name)?.params ?? [];
  return candidates.find((candidate) => known.includes(candidate));
}

/**
 * Sets each named parameter on its strategy: the nearest one named before it in the message that
 * has such a parameter, else the nearest after it, else the latest listed strategy that has it
 * ("make the short window 10" in a follow-up). A search range finds its parameter the same way, for
 * its note, and a list of values its strategy, which is then run once per value (returned).
 */
function applyParameters(placed: readonly PlacedClause[], entries: ReadonlyMap<PlacedClause, StrategyRequest>, strategies: readonly StrategyRequest[], written: WrittenValues, notes: string[]): ValueList[] {
  const named = placed.filter((item) => entries.has(item));
  const valueLists: ValueList[] = [];
  for (const item of placed) {
    const { clause } = item;
    if (clause.kind !== 'param' && clause.kind !== 'param_range' && clause.kind !== 'param_values') continue;
    const { candidates } = clause;
    const before = named.filter((other) => other.position < item.position).reverse();
    const after = named.filter((other) => other.position > item.position);
    const fromMessage = [...before, ...after].map((other) => entries.get(other)!).filter((entry) => strategies.includes(entry));
    // A parameter's own name wins over a likeness: "make the lookback 120 and add rsi" is momentum's lookback, not the RSI's period.
    const nearestFirst = [...fromMessage, ...[...strategies].reverse()];
    const owner = clause.kind === 'param' && clause.abbreviated
      ? nearestFirst.find((strategy) => parameterOf(strategy, candidates))
      : candidates.map((candidate) => nearestFirst.find((strategy) => parameterOf(strategy, [candidate]))).find((found) => found !== undefined);
    if (clause.kind === 'param_range') {
      notes.push(rangeNote(clause, owner && { strategy: owner.name, parameter: parameterOf(owner, candidates)! }));
      continue;
    }
    const value = clause.kind === 'param' ? String(clause.value) : clause.values.join(', ');
    if (!owner) {
      notes.push(`ignored "${candidates[0]} ${value}": none of the strategies has a ${candidates.join(' or ')} parameter`);
      continue;
    }
    const parameter = parameterOf(owner, candidates)!;
    writeValues(written, owner, parameter, clause.kind === 'param' ? [clause.value] : clause.values, notes);
    if (clause.kind === 'param_values') valueLists.push({ owner, parameter, values: clause.values });
    else owner.params = { ...owner.params, [parameter]: clause.value };
  }
  return valueLists;
}

/**
 * "SMA and EMA, both 30/90": every strategy named in the message (else every listed one) that takes
 * the numbers; "with windows 10 and 50": the nearest that has them free; "now 20/50": the nearest
 * that takes them, afresh.
 */
function applySharedParameters(placed: readonly PlacedClause[], entries: ReadonlyMap<PlacedClause, StrategyRequest>, strategies: readonly StrategyRequest[], written: WrittenValues, notes: string[]): void {
  for (const item of placed) {
    if (item.clause.kind !== 'shared_params') continue;
    const { numbers, scope, place } = item.clause;
    if (place !== undefined) {
      applyAtPlace(strategies, place, numbers, written, notes);
      continue;
    }
    const inMessage = placed.filter((other) => entries.has(other) && strategies.includes(entries.get(other)!));
    const nearest = [...inMessage.filter((other) => other.position < item.position).reverse(), ...inMessage.filter((other) => other.position > item.position)]
      .map((other) => entries.get(other)!);
    const named = inMessage.map((other) => entries.get(other)!);
    // A preset's own values ("turtle" is 20/10) are not taken: "turtle on btc 55/20" writes over them.
    const takenOf = (owner: StrategyRequest) => (scope === 'nearest' ? written.get(owner) ?? owner.params ?? {} : {});
    const owners = scope === 'each' ? (named.length > 0 ? named : strategies)
      : [...nearest, ...[...strategies].reverse()].filter((owner) => strategyWordsOf(owner.name) && assignUnnamedNumbers(owner.name, takenOf(owner), numbers)).slice(0, 1);
    let used = false;
    for (const owner of owners) {
      const assigned = assignUnnamedNumbers(owner.name, takenOf(owner), numbers);
      if (!assigned || !strategyWordsOf(owner.name)) continue;
      for (const [parameter, value] of Object.entries(assigned)) writeValues(written, owner, parameter, [value], notes);
      owner.params = { ...owner.params, ...assigned };
      used = true;
    }
    if (!used) notes.push(unusedNumbersNote(numbers, scope === 'each' ? owners : strategies));
  }
}

/** Why numbers went to no strategy, naming what each one tried takes: "sma_crossover takes 2 (short, long)". */
function unusedNumbersNote(numbers: readonly WrittenNumber[], tried: readonly StrategyRequest[]): string {
  const written = `ignored: '${numbers.map((number) => number.value).join('/')}'`;
  const takes = [...new Set(tried.map((owner) => owner.name))].filter((name) => strategyWordsOf(name))
    .map((name) => ({ name, slots: parameterSlotsOf(name).map((slot) => slot.name) }));
  if (takes.length === 0) return `${written}: there is no strategy to give ${numbers.length === 1 ? 'it' : 'them'} to`;
  if (takes.length === 1) return `${written}: ${takes[0]!.name} takes ${takes[0]!.slots.length} (${takes[0]!.slots.join(', ')}), not ${numbers.length}`;
  return `${written}: none of the strategies takes ${numbers.length} (${takes.map(({ name, slots }) => `${name}: ${slots.join(', ')}`).join('; ')})`;
}

/** "the second one 8/21": new numbers for the strategy at that place in the list, as the user listed them. */
function applyAtPlace(strategies: readonly StrategyRequest[], place: number, numbers: readonly WrittenNumber[], written: WrittenValues, notes: string[]): void {
  const owner = place > 0 ? strategies[place - 1] : strategies[strategies.length + place];
  const assigned = owner && strategyWordsOf(owner.name) ? assignUnnamedNumbers(owner.name, {}, numbers) : undefined;
  if (!owner || !assigned) {
    notes.push(`ignored: '${numbers.map((number) => number.value).join('/')}': ${owner ? `${owner.name} does not take ${numbers.length} parameter(s)` : `the conversation lists ${strategies.length} strateg${strategies.length === 1 ? 'y' : 'ies'}`}`);
    return;
  }
  for (const [parameter, value] of Object.entries(assigned)) writeValues(written, owner, parameter, [value], notes);
  owner.params = { ...owner.params, ...assigned };
}

/**
 * A strategy named again without numbers keeps the ones it has ("rsi 14 30/70 on BTC", then "what
 * about litecoin with the same rsi"); numbers written in the same message still change them. With
 * "the same bands" (`keepOthers`) it keeps them beside the numbers written with it ("a 7-day RSI").
 */
function keepSettings(named: readonly StrategyRequest[], kept: readonly StrategyRequest[], notes: string[], keepOthers: boolean, placed: readonly PlacedClause[]): void {
  for (const entry of named) {
    const earlier = entry.params === undefined || keepOthers ? kept.find((strategy) => strategy.name === entry.name && strategy.params !== undefined) : undefined;
    if (earlier) entry.params = { ...earlier.params, ...entry.params };
  }
  const [swapped] = named;
  const [replaced] = kept;
  if (named.length === 1 && kept.length === 1 && swapped!.params === undefined && replaced!.params !== undefined && takesSameParameters(swapped!, replaced!)
    && !renumbers(placed, swapped!)) {
    swapped!.params = { ...replaced!.params };
    notes.push(`${swapped!.name} keeps ${replaced!.name}'s settings (${Object.entries(replaced!.params).map(([name, value]) => `${name} ${value}`).join(', ')})`);
  }
}

/** "ema instead, 12/26": the message's new numbers, not the replaced strategy's, are the swapped one's. */
function renumbers(placed: readonly PlacedClause[], swapped: StrategyRequest): boolean {
  return placed.some(({ clause }) => clause.kind === 'shared_params' && clause.scope === 'latest' && assignUnnamedNumbers(swapped.name, {}, clause.numbers) !== undefined);
}

/**
 * "sma 20/50", then "same but with ema": one strategy swapped for another with the very same
 * parameters (the two crossovers) is the same test with the other average, so it keeps the numbers.
 */
function takesSameParameters(a: StrategyRequest, b: StrategyRequest): boolean {
  const ours = strategyWordsOf(a.name)?.params ?? [];
  const theirs = strategyWordsOf(b.name)?.params ?? [];
  return a.name !== b.name && ours.length > 0 && ours.length === theirs.length && ours.every((name) => theirs.includes(name));
}

/** The values the user wrote as numbers: a preset's own (a golden cross's 50/200) are what the name means. */
function writtenParams(clause: Extract<Clause, { kind: 'strategy' }>): Record<string, number> {
  const preset = clause.preset ?? {};
  return Object.fromEntries(Object.entries(clause.params ?? {}).filter(([parameter, value]) => preset[parameter] !== value));
}

function applyLists(state: ConversationState, placed: readonly PlacedClause[], notes: string[]): void {
  const changes = assignListChanges(placed);
  const symbols = groupByChange(placed, changes, ({ clause }) => (clause.kind === 'symbol' ? clause.symbol : undefined));
  state.symbols = editList(state.symbols, symbols, (a, b) => a === b);
  // Fresh objects, so a parameter set below never edits an earlier message's spec.
  const entries = new Map<PlacedClause, StrategyRequest>();
  const written: WrittenValues = new Map();
  for (const item of placed) {
    if (item.clause.kind !== 'strategy') continue;
    const entry = { name: item.clause.name, ...(item.clause.params ? { params: { ...item.clause.params } } : {}) };
    entries.set(item, entry);
    written.set(entry, writtenParams(item.clause));
  }
  const strategies = groupByChange(placed, changes, (item) => entries.get(item));
  const kept = state.strategies.map((strategy) => ({ ...strategy, ...(strategy.params ? { params: { ...strategy.params } } : {}) }));
  retuneInPlace(strategies, kept, placed);
  keepHoldingCompared(strategies, kept, placed);
  const keepsNumbers = placed.some(({ clause }) => clause.kind === 'keep_settings');
  keepSettings(strategies.replace, kept, notes, keepsNumbers, placed);
  if (keepsNumbers) carrySwappedNumbers([...strategies.replace, ...strategies.add], strategies.remove, kept, notes);
  state.strategies = editList(kept, strategies, sameStrategy, hasMoreSettings);
  applySharedParameters(placed, entries, state.strategies, written, notes);
  state.strategies = expandValueLists(state.strategies, applyParameters(placed, entries, state.strategies, written, notes));
  state.strategies = resetToDefaults(state.strategies, placed, [...entries.values()], notes);
}

/**
 * "now make the macd 8/21/5" after "macd vs ema": new numbers for strategies already listed change
 * them where they stand and keep the others, rather than replacing the list with them. Not with
 * "only" or "just", nor when a strategy is new, named twice, or written without numbers.
 */
function retuneInPlace(strategies: ListEdit<StrategyRequest>, kept: StrategyRequest[], placed: readonly PlacedClause[]): void {
  const exclusive = placed.some(({ clause }) => clause.kind === 'mode' && clause.exclusive === true);
  const names = strategies.replace.map((entry) => entry.name);
  const retunable = !exclusive && kept.length > 1 && names.length > 0 && new Set(names).size === names.length
    && strategies.replace.every((entry) => entry.params !== undefined && kept.filter((listed) => listed.name === entry.name).length === 1);
  if (!retunable) return;
  for (const entry of strategies.replace) {
    const at = kept.findIndex((listed) => listed.name === entry.name);
    entry.params = { ...kept[at]!.params, ...entry.params };
    kept[at] = entry;
  }
  strategies.replace.length = 0;
}

/**
 * "tune the donchian so it beats 40% CAGR" after "donchian on eth", "vs buy and hold": holding, once
 * listed as a side, is what the conversation compares with, so a new or retuned strategy keeps it.
 * Not with "only" or "just", which keep nothing else; nor when holding was the whole run ("10k in ETH
 * buy and hold", then "swap to ema crossover"): then it is what is swapped out, and stays only as the baseline.
 */
function keepHoldingCompared(strategies: ListEdit<StrategyRequest>, kept: readonly StrategyRequest[], placed: readonly PlacedClause[]): void {
  const exclusive = placed.some(({ clause }) => clause.kind === 'mode' && clause.exclusive === true);
  const holding = kept.find((strategy) => strategy.name === BASELINE_STRATEGY);
  const holdingAlone = kept.every((strategy) => strategy.name === BASELINE_STRATEGY);
  if (exclusive || !holding || holdingAlone || strategies.replace.length === 0 || strategies.replace.some((entry) => entry.name === BASELINE_STRATEGY)) return;
  strategies.replace.push(holding);
}

/** "add 2022 too": the window grows to cover the dates named as well as the ones it had. */
function widenWindow(state: ConversationState, clause: Extract<Clause, { kind: 'dates' }>, notes: string[]): void {
  const { start, end } = state.dateRange ?? {};
  if (start === undefined || end === undefined || clause.start === undefined || clause.end === undefined) {
    applySetting(state, clause, notes);
    return;
  }
  state.dateRange = { start: clause.start < start ? clause.start : start, end: clause.end > end ? clause.end : end };
  notes.push(`the window grew from ${start} to ${end} to cover ${clause.start} to ${clause.end} as well: ${state.dateRange.start} to ${state.dateRange.end}`);
}

/** "2 years", "18 months": a span of whole months as people say it. */
function describeSpan(months: number): string {
  if (months % 12 === 0) return months === 12 ? 'a year' : `${months / 12} years`;
  return months === 1 ? 'a month' : `${months} months`;
}

/** A window's last day moved by whole months: the last day of a month stays the last day of its month. */
function movedEnd(end: string, months: number): string {
  const isMonthEnd = addDays(end, 1).slice(8) === '01';
  if (!isMonthEnd) return addMonths(end, months);
  return addDays(addMonths(addDays(end, 1), months), -1);
}

/**
 * "double the fees": a cost never set (slippage) is none, and a multiple of none changes nothing.
 * Asked of that cost alone ("double the slippage") the edit cannot apply and is refused; asked of
 * all costs ("double the costs") the others are scaled and the missing one is noted.
 */
function scaleCosts(state: ConversationState, clause: Extract<Clause, { kind: 'scale_costs' }>, notes: string[], refusals: BacktestPilotError[]): void {
  const currentOf = (cost: 'fees' | 'slippage') => (cost === 'fees' ? state.feesBps : state.slippageBps);
  const missing = clause.costs.filter((cost) => !currentOf(cost));
  if (missing.length === clause.costs.length) {
    refusals.push(noCostToScale(missing[0]!, clause.factor, clause.written));
    return;
  }
  for (const cost of clause.costs) {
    const current = currentOf(cost);
    if (current === undefined || current === 0) {
      notes.push(`ignored "${clause.written}" for the ${cost}: there is no ${cost} to scale; give a value, e.g. "${cost} 5 bps"`);
      continue;
    }
    const scaled = Math.round(current * clause.factor * 100) / 100;
    if (cost === 'fees') state.feesBps = scaled;
    else state.slippageBps = scaled;
    notes.push(`read "${clause.written}" as ${cost} ${current} → ${scaled} bps`);
  }
}

/** "slippage same as the fees": the other cost as it stands; refused when it was never set, since none is no value to copy. */
function matchCost(state: ConversationState, clause: Extract<Clause, { kind: 'match_cost' }>, notes: string[], refusals: BacktestPilotError[]): void {
  const source = clause.cost === 'fees' ? state.slippageBps : state.feesBps;
  if (source === undefined) {
    refusals.push(noCostToMatch(clause.cost, clause.written));
    return;
  }
  if (clause.cost === 'fees') state.feesBps = source;
  else state.slippageBps = source;
  notes.push(`read "${clause.written}" as ${clause.cost} ${source} bps`);
}

const maxDate = (a: string, b: string): string => (a > b ? a : b);
const minDate = (a: string, b: string): string => (a < b ? a : b);

function applySetting(state: ConversationState, clause: Clause, notes: string[]): void {
  switch (clause.kind) {
    case 'dates':
      if (clause.openEnd && state.dateRange?.end !== undefined) {
        state.dateRange = { ...state.dateRange, ...(clause.start !== undefined ? { start: clause.start } : {}) };
        return;
      }
      state.dateRange = clause.start !== undefined && clause.end !== undefined
        ? { start: clause.start, end: clause.end }
        : { ...state.dateRange, ...(clause.start !== undefined ? { start: clause.start } : {}), ...(clause.end !== undefined ? { end: clause.end } : {}) };
      return;
    case 'window_change': {
      const { start, end } = state.dateRange ?? {};
      // A window with an open edge was refused before this (checkWindowChange).
      if (start === undefined || end === undefined) return;
      if (clause.edge === 'both') {
        state.dateRange = { start: addMonths(start, clause.months), end: movedEnd(end, clause.months) };
        notes.push(`"${clause.written}": the window moved ${describeSpan(Math.abs(clause.months))} ${clause.months > 0 ? 'later' : 'earlier'}, from ${start} – ${end} to ${state.dateRange.start} – ${state.dateRange.end}`);
        return;
      }
      const from = clause.edge === 'start' ? start : end;
      const moved = addMonths(from, clause.months);
      state.dateRange = clause.edge === 'start' ? { start: moved, end } : { start, end: moved };
      const other = clause.edge === 'end' && /longer|shorter/.test(clause.written) ? `; to move the start instead, say "start ${describeSpan(Math.abs(clause.months))} ${clause.months > 0 ? 'earlier' : 'later'}"` : '';
      notes.push(`"${clause.written}": the ${clause.edge} moved from ${from} to ${moved}, so the window is ${state.dateRange.start} to ${state.dateRange.end}${other}`);
      return;
    }
    case 'window_part': {
      const { start, end } = state.dateRange ?? {};
      // A window with an open edge was refused before this (checkWindowChange).
      if (start === undefined || end === undefined) return;
      state.dateRange = clause.side === 'last'
        ? { start: maxDate(start, addMonths(addDays(end, 1), -clause.months)), end }
        : { start, end: minDate(end, addDays(addMonths(start, clause.months), -1)) };
      notes.push(`"${clause.written}": the ${clause.side} ${describeSpan(clause.months)} of ${start} – ${end}, so the window is ${state.dateRange.start} to ${state.dateRange.end}`);
      return;
    }
    case 'whole_year': {
      const { start, end } = state.dateRange ?? {};
      // A window with an open edge was refused before this (checkWindowChange).
      if (start === undefined || end === undefined) return;
      const year = wholeYearOf({ start, end }, clause.today);
      if (!year) {
        notes.push(`ignored "${clause.written}": the window ${start} – ${end} spans more than one year; name the year, e.g. "for 2023"`);
        return;
      }
      state.dateRange = year;
      const soFar = year.end.endsWith('-12-31') ? '' : ' so far';
      notes.push(`"${clause.written}": ${start} – ${end} widened to its calendar year${soFar}, ${year.start} to ${year.end}`);
      return;
    }
    case 'target':
      state.targets = { ...state.targets, [clause.metric]: { operator: clause.operator, value: clause.value } };
      return;
    case 'clear_targets': {
      const targets = { ...state.targets };
      if (clause.metric) delete targets[clause.metric];
      state.targets = clause.metric ? targets : {};
      return;
    }
    case 'optimize': state.optimizeAsked = clause.value; return;
    case 'search': state.search = clause.search; return;
    case 'rank_by': state.rankBy = clause.metric; return;
    case 'fees': state.feesBps = clause.bps; return;
    case 'slippage': state.slippageBps = clause.bps; return;
    case 'capital': state.initialCapital = clause.amount; return;
    case 'portfolio': state.portfolio = clause.weights; return;
    case 'allow_short': state.allowShort = clause.value; return;
    case 'interval': state.interval = clause.interval; return;
    case 'output': {
      // "switch the chart to svg": the formats it swaps out go first.
      const kept = state.outputs.filter((output) => !clause.replaces?.includes(output));
      if (clause.removed) state.outputs = kept.filter((output) => output !== clause.output);
      else state.outputs = kept.includes(clause.output) ? kept : [...kept, clause.output];
      return;
    }
    case 'note': notes.push(clause.text); return;
    // Applied once the message's own numbers are known (flipped_windows.ts).
    case 'flip_windows': return;
    // Applied once the message's strategies are known (scaled_parameters.ts, replaced_numbers.ts, nudged_levels.ts).
    case 'scale_params': case 'replace_value': case 'nudge_levels': return;
    // Applied once the message's strategies are known (defaulted_parameters.ts).
    case 'default_param': return;
    // Applied in the message's order, where a refusal can be told (scaleCosts).
    case 'scale_costs': case 'match_cost': return;
    // Settled before the message is applied (self_corrections.ts).
    case 'correction': case 'corrected_value': return;
    // Applied after the message, against the conversation's earlier states (revert_settings.ts).
    case 'revert': return;
    // Chose the state the message applies to (revert_settings.ts stateBeforeUndo).
    case 'returned_run': return;
    // Made the clauses that say what the first message set before the message is applied (recalled_turns.ts).
    case 'recalled_turn': return;
    // Made the clauses that say where it goes back to before the message is applied (recognizers/returns.ts).
    case 'back_to': return;
    // Made the conversation's symbols before the message is applied (conversation_symbols.ts).
    case 'conversation_symbols': case 'listed_symbol': return;
    // Made the conversation's strategies before the message is applied (conversation_strategies.ts, listed_strategies.ts).
    case 'conversation_strategies': case 'listed_strategy': case 'conversation_both': return;
    case 'symbol': case 'strategy': case 'param': case 'param_range': case 'param_values': case 'shared_params': case 'mode': case 'keep_settings': return;
    // Refused before the spec is made (unsupported_interval.ts, unsupported_rules.ts, unknown_metrics.ts, extra_numbers.ts, impossible_dates.ts).
    case 'unsupported_interval': case 'impossible_date': case 'unsupported_rule': case 'unknown_metric': case 'span_parameter': case 'extra_numbers': return;
    // Portfolio settings and weight follow-ups: applyPortfolioClauses, once the lists are known.
    case 'rebalance': case 'portfolio_objective': case 'weights_search': case 'max_weight': case 'max_volatility':
    case 'portfolio_weights': case 'portfolio_add': case 'portfolio_equal': case 'portfolio_shift': case 'portfolio_flip': case 'portfolio_handover': return;
    default: assertNever(clause, 'clause kind');
  }
}

/**
 * "give me a pdf instead", "just a png": an output marked as taking the place of others (a trailing
 * "instead" right after it, or a leading "only"/"just" right before it) replaces the conversation's
 * outputs; a plain "and a pdf" adds one.
 */
function replacesOutputs(placed: readonly PlacedClause[]): boolean {
  // "forget the png, svg instead": the removal already names what the svg takes the place of; a pdf asked for before stays.
  if (placed.some(({ clause }) => clause.kind === 'output' && clause.removed === true)) return false;
  return placed.some(({ clause }, at) => {
    // "make the chart an svg instead": an output that says what it swaps out replaces only that (swapped_outputs.ts).
    if (clause.kind !== 'output' || clause.replaces !== undefined) return false;
    const after = placed[at + 1];
    const before = placed[at - 1];
    return (after?.clause.kind === 'mode' && after.clause.trailing && after.clause.mode === 'replace' && after.sentence === placed[at]!.sentence)
      || (before?.clause.kind === 'mode' && before.clause.exclusive === true && before.sentence === placed[at]!.sentence);
  });
}

function hasSameMembers(weights: Record<string, number>, symbols: readonly string[]): boolean {
  const held = Object.keys(weights);
  return held.length === symbols.length && held.every((symbol) => symbols.includes(symbol));
}

/**
 * Applies one message to the conversation: a follow-up changes only what it states and keeps the
 * rest. Returns the new state (the old one is left as it was) and notes for the user.
 */
export function applyMessage(previous: ConversationState, placed: readonly PlacedClause[], text: string): { state: ConversationState; notes: string[]; refusals: BacktestPilotError[] } {
  const state: ConversationState = { ...previous, targets: { ...previous.targets }, symbols: [...previous.symbols] };
  const notes: string[] = [];
  // Edits that cannot apply ("double the slippage" with none set): the message is refused with the first.
  const refusals: BacktestPilotError[] = [];
  if (placed.length === 0) notes.push(`nothing recognised in "${text}"`);
  applyLists(state, placed, notes);
  if (replacesOutputs(placed)) state.outputs = [];
  const changes = assignListChanges(placed);
  // "2020-2023 without 2020": a cut at an edge trims the window once the window is set (a cut from the middle is refused: several_periods.ts).
  let trimmed: Window | undefined;
  for (const item of placed) {
    const cut = cutPeriod(item, placed, changes);
    const replaced = replacedPeriod(item, placed, changes);
    if (item.clause.kind === 'dates' && changes.get(item) === 'add') widenWindow(state, item.clause, notes);
    else if (item.clause.kind === 'scale_costs') scaleCosts(state, item.clause, notes, refusals);
    else if (item.clause.kind === 'match_cost') matchCost(state, item.clause, notes, refusals);
    else if (cut) {
      trimmed = cut.left.length === 1 ? cut.left[0] : undefined;
      if (trimmed) notes.push(`read ${cut.cut.start} to ${cut.cut.end} as cut off ${cut.from.start} to ${cut.from.end}, so the run is ${trimmed.start} to ${trimmed.end}`);
    } else if (replaced) notes.push(`read ${replaced.start ?? 'the start'} to ${replaced.end ?? 'the end'} as the period replaced, not the one to run`);
    else applySetting(state, item.clause, notes);
  }
  if (trimmed) state.dateRange = trimmed;
  if (flipsWindows(placed)) state.strategies = flipWindows(state.strategies, notes);
  state.strategies = nudgeLevels(replaceValues(scaleParameters(state.strategies, placed, notes), placed, notes), placed, notes, refusals);
  const portfolioSet = applyPortfolioClauses(state, placed, notes, refusals);
  const portfolioGiven = portfolioSet || placed.some(({ clause }) => clause.kind === 'portfolio');
  // A portfolio names exactly the symbols it holds.
  if (portfolioGiven && state.portfolio) state.symbols = Object.keys(state.portfolio);
  const swapped = !portfolioGiven && state.portfolio ? weightsAcrossSwap(state.portfolio, state.symbols) : undefined;
  if (swapped) {
    state.portfolio = swapped.weights;
    state.symbols = Object.keys(swapped.weights);
    notes.push(swapped.note);
  } else if (!portfolioGiven && state.portfolio && !hasSameMembers(state.portfolio, state.symbols)) {
    state.portfolio = null;
    state.portfolioSettings = {};
    notes.push('the portfolio was dropped because its symbols changed; give new weights to run one');
  }
  return { state, notes, refusals };
}

