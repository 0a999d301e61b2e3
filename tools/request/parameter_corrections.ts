import type { Clause } from './clauses.js';
import type { CorrectionRule } from './correction_rule.js';
import { restatingRun } from './correction_rule.js';
import { correctedSetting } from './corrected_settings.js';
import { assignUnnamedNumbers } from './parameter_slots.js';
import type { PlacedClause } from './read_clauses.js';
import { strategyWordsOf } from './strategy_vocabulary.js';

/**
 * "rsi 14 on aapl with 25/75 bands, wait no make it 20/80", "ema 9/21 oops i mean 8/21": numbers
 * right after a correction marker replace the ones the nearest strategy before it was given, for
 * the parameters they name; its other numbers stay (RSI keeps its period 14). Without this the
 * numbers written with a name (the bands) beat the bare ones, and the first values ran.
 */
type StrategyClause = Extract<Clause, { kind: 'strategy' }>;

/** The values `clause` gives the parameters of `strategy`, if it gives it any. */
function valuesFor(strategy: string, clause: Clause): Record<string, number> | undefined {
  const words = strategyWordsOf(strategy);
  if (!words) return undefined;
  if (clause.kind === 'param') {
    const parameter = clause.candidates.find((candidate) => words.params.includes(candidate));
    return parameter === undefined ? undefined : { [parameter]: clause.value };
  }
  if (clause.kind === 'shared_params') return assignUnnamedNumbers(strategy, {}, clause.numbers);
  return clause.kind === 'strategy' && clause.name === strategy ? clause.params : undefined;
}

function without(values: Readonly<Record<string, number>>, names: readonly string[]): Record<string, number> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !names.includes(name)));
}

function withParams(clause: StrategyClause, params: Record<string, number>): StrategyClause {
  const { params: _params, ...rest } = clause;
  return Object.keys(params).length > 0 ? { ...rest, params } : rest;
}

function listValues(values: Readonly<Record<string, number>>, names: readonly string[]): string {
  return names.filter((name) => name in values).map((name) => `${name} ${values[name]}`).join(', ');
}

/** The first clause after the marker that gives numbers to `owner`, and which. */
function correctingValues(after: readonly PlacedClause[], owner: StrategyClause): { item: PlacedClause; values: Record<string, number> } | undefined {
  for (const item of restatingRun(after)) {
    const values = valuesFor(owner.name, item.clause);
    if (values && Object.keys(values).length > 0) return { item, values };
  }
  return undefined;
}

export const PARAMETERS_CORRECTION: CorrectionRule = {
  correct(before, after) {
    // "sma 20/50, sharpe above 1.5, I mean 1.2": a lone number nearer a setting corrects that (corrected_settings.ts).
    if (correctedSetting(before, after)) return undefined;
    const ownerAt = before.findLastIndex(({ clause }) => clause.kind === 'strategy');
    const owner = before[ownerAt];
    if (!owner || owner.clause.kind !== 'strategy') return undefined;
    const strategy = owner.clause;
    const later = correctingValues(after, strategy);
    if (!later) return undefined;
    const names = Object.keys(later.values);
    // The owner's numbers: its own, and those written after the strategy named before it.
    const firstOwned = before.findLastIndex(({ clause }, at) => at < ownerAt && clause.kind === 'strategy') + 1;
    const was: Record<string, number> = {};
    const takenBack: PlacedClause[] = [];
    const rewritten = new Map<PlacedClause, Clause>();
    for (const item of before.slice(firstOwned)) {
      const values = valuesFor(strategy.name, item.clause);
      const corrected = values ? names.filter((name) => name in values) : [];
      if (corrected.length === 0) continue;
      for (const name of corrected) was[name] = values![name]!;
      if (item === owner) rewritten.set(owner, withParams(strategy, without(values!, names)));
      // Numbers written with a name would beat the bare correction; a bare list partly corrected is applied before it, so the correction wins.
      else if (item.clause.kind === 'param' || corrected.length === Object.keys(values!).length) takenBack.push(item);
    }
    if (Object.keys(was).length === 0) return undefined;
    // "ema 9/21 on btc, sorry, ema 8/21": the strategy named again stands for both, with what was not corrected.
    if (later.item.clause.kind === 'strategy') {
      rewritten.delete(owner);
      takenBack.push(owner);
      rewritten.set(later.item, withParams(later.item.clause, { ...without(strategy.params ?? {}, names), ...later.values }));
    }
    return { takenBack, rewritten, description: `${strategy.name} ${listValues(later.values, names)} in place of ${listValues(was, names)}` };
  },
};
