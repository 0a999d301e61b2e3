import type { Clause } from './clauses.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * "gld bollinger 20 period 2sd vs 20 period 3sd", "momentum lookback 60 vs lookback 120", "bollinger
 * period 20 vs period 50", "bollinger 2sd vs 3sd": two versions of one strategy, each side written
 * with its parameters' names or units. The comparison word between them reads as a mode clause, so
 * the right side's values used to replace the left side's ("std_dev was given 2 and 3: used 3").
 * When every parameter on the right is one the left side set, and exactly one of them differs, the
 * two sides are values to compare for that parameter: a run each, the shared settings kept.
 */
type ParamClause = Extract<Clause, { kind: 'param' }>;

interface Side {
  params: Array<{ candidates: readonly string[]; value: number }>;
}

function isComparison(clause: Clause): boolean {
  return clause.kind === 'mode' && clause.mode === 'add' && clause.oneKind;
}

function sharesCandidate(a: readonly string[], b: readonly string[]): boolean {
  return a.some((candidate) => b.includes(candidate));
}

/** The left side: the parameters right before the comparison, and those its strategy was written with. */
function leftSide(placed: readonly PlacedClause[], at: number): Side | undefined {
  const params: Side['params'] = [];
  let index = at - 1;
  for (; index >= 0 && placed[index]!.clause.kind === 'param'; index--) params.push(placed[index]!.clause as ParamClause);
  const strategy = placed[index]?.clause;
  if (strategy?.kind !== 'strategy') return undefined;
  for (const [name, value] of Object.entries(strategy.params ?? {})) params.push({ candidates: [name], value });
  return params.length > 0 ? { params } : undefined;
}

export function settleComparedVersions(placed: readonly PlacedClause[]): PlacedClause[] {
  const result = [...placed];
  for (let at = 0; at < result.length; at++) {
    if (!isComparison(result[at]!.clause)) continue;
    const left = leftSide(result, at);
    let end = at + 1;
    while (end < result.length && result[end]!.clause.kind === 'param') end++;
    const right = result.slice(at + 1, end).map((item) => item.clause as ParamClause);
    // The right side ends the comparison: another strategy after it makes it "bollinger 2sd vs rsi".
    if (!left || right.length === 0 || result[end]?.clause.kind === 'strategy') continue;
    const matched = right.map((param) => ({ param, earlier: left.params.find((other) => sharesCandidate(other.candidates, param.candidates)) }));
    if (matched.some(({ earlier }) => earlier === undefined)) continue;
    const differing = matched.filter(({ param, earlier }) => param.value !== earlier!.value);
    if (differing.length !== 1) continue;
    const { param, earlier } = differing[0]!;
    const values: Clause = { kind: 'param_values', candidates: param.candidates, values: [earlier!.value, param.value] };
    const place = result[at + 1 + right.indexOf(param)]!;
    result.splice(at, end - at, { ...place, clause: values });
  }
  return result;
}
