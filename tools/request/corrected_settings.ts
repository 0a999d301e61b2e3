import type { Clause, CorrectedUnit } from './clauses.js';
import type { Correction, CorrectionRule } from './correction_rule.js';
import { restatingRun } from './correction_rule.js';
import type { PlacedClause } from './read_clauses.js';
import { toTarget } from './recognizers/targets.js';
import { roundClean } from './token_matchers.js';

/**
 * "0.2% fees, or rather 0.15%", "slippage 5bps, make that 8", "capital 10k, or rather 20k", "sharpe
 * above 1.5, I mean 1.2": a bare value right after a correction marker is the new value of the
 * nearest setting before it that takes a value written so, which keeps its side ("above"). Before,
 * the value was left unread, or went to the strategy as a parameter, and the first value ran.
 */

/** A value written after a marker: with its unit (corrected_values.ts), or a lone bare number. */
function correctingValue(after: readonly PlacedClause[]): { item: PlacedClause; value: number; unit: CorrectedUnit } | undefined {
  const [first] = restatingRun(after);
  if (first?.clause.kind === 'corrected_value') return { item: first, value: first.clause.value, unit: first.clause.unit };
  if (first?.clause.kind === 'shared_params' && first.clause.scope === 'latest' && first.clause.numbers.length === 1) {
    return { item: first, value: first.clause.numbers[0]!.value, unit: 'plain' };
  }
  return undefined;
}

/** `earlier` with `value` in its place, if it takes a value written so. */
function withValue(earlier: Clause, value: number, unit: CorrectedUnit): Clause | undefined {
  switch (earlier.kind) {
    case 'fees':
    case 'slippage': {
      if (unit === 'money') return undefined;
      // "0.2% fees, or rather 0.15": a bare number far below the old basis points is a percentage, as the old one was.
      const percent = unit === 'percent' || (unit === 'plain' && value < earlier.bps / 10);
      return { kind: earlier.kind, bps: roundClean(percent ? value * 100 : value) };
    }
    case 'capital':
      return unit === 'money' || unit === 'plain' ? { kind: 'capital', amount: value } : undefined;
    case 'target':
      return unit === 'percent' || unit === 'plain' ? toTarget(earlier.metric, earlier.operator, { value, percent: unit === 'percent', end: 0 })[0] : undefined;
    default:
      return undefined;
  }
}

function describe(clause: Clause): string {
  if (clause.kind === 'fees' || clause.kind === 'slippage') return `${clause.kind} ${clause.bps} bps`;
  if (clause.kind === 'capital') return `capital ${clause.amount}`;
  return clause.kind === 'target' ? `${clause.metric} ${clause.operator} ${clause.value}` : clause.kind;
}

const HOLDS_PARAMETERS: ReadonlySet<Clause['kind']> = new Set(['strategy', 'param', 'param_values', 'shared_params']);

/**
 * The correction of a setting the marker between `before` and `after` makes, if any. A bare number
 * nearer a strategy than any setting is one of its numbers ("rsi 14, actually 21": parameter_corrections.ts).
 */
export function correctedSetting(before: readonly PlacedClause[], after: readonly PlacedClause[]): Correction | undefined {
  const later = correctingValue(after);
  if (!later) return undefined;
  for (const item of [...before].reverse()) {
    const clause = withValue(item.clause, later.value, later.unit);
    if (clause) return { takenBack: [item], rewritten: new Map([[later.item, clause]]), description: `${describe(clause)} in place of ${describe(item.clause)}` };
    if (later.unit === 'plain' && HOLDS_PARAMETERS.has(item.clause.kind)) return undefined;
  }
  return undefined;
}

export const SETTINGS_CORRECTION: CorrectionRule = { correct: correctedSetting };
