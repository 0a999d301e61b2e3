import type { Clause } from './clauses.js';
import type { PlacedClause } from './read_clauses.js';
import { strategyWordsOf } from './strategy_vocabulary.js';

/**
 * "gld bollinger 20 period 2sd vs 20 period 3sd", "momentum lookback 60 vs lookback 120", "bollinger
 * period 20 vs period 50", "bollinger 2sd vs 3sd": two versions of one strategy, each side written
 * with its parameters' names or units. The comparison word between them reads as a mode clause, so
 * the right side's values used to replace the left side's ("std_dev was given 2 and 3: used 3").
 * When every parameter on the right is one the left side set, and exactly one of them differs, the
 * two sides are values to compare for that parameter: a run each, the shared settings kept. When
 * several differ ("20 period 2sd vs 50 period 3sd"), the right side is a second run of the strategy,
 * with the left side's other settings. Places, periods and bars may stand between the strategy and
 * its left side ("bollinger on btc 2023, 20 period 2sd vs 50 period 3sd").
 */
type ParamClause = Extract<Clause, { kind: 'param' }>;

interface Side {
  params: Array<{ candidates: readonly string[]; value: number }>;
  /** The strategy the side belongs to (at `strategyAt`), and the clauses that wrote its settings apart from its name. */
  strategy: Extract<Clause, { kind: 'strategy' }>;
  strategyAt: number;
  written: readonly PlacedClause[];
}

/** What may stand between a strategy and the settings written for it later: "bollinger on btc 2023, 20 period 2sd". */
const BETWEEN_KINDS: ReadonlySet<Clause['kind']> = new Set(['symbol', 'dates', 'interval']);

function isComparison(clause: Clause): boolean {
  return clause.kind === 'mode' && clause.mode === 'add' && clause.oneKind;
}

function sharesCandidate(a: readonly string[], b: readonly string[]): boolean {
  return a.some((candidate) => b.includes(candidate));
}

/** The left side: the parameters right before the comparison, and those its strategy was written with. */
function leftSide(placed: readonly PlacedClause[], at: number): Side | undefined {
  const params: Side['params'] = [];
  const written: PlacedClause[] = [];
  let index = at - 1;
  for (; index >= 0 && placed[index]!.clause.kind === 'param'; index--) {
    params.push(placed[index]!.clause as ParamClause);
    written.unshift(placed[index]!);
  }
  if (written.length > 0) while (index >= 0 && BETWEEN_KINDS.has(placed[index]!.clause.kind)) index--;
  const strategy = placed[index]?.clause;
  if (strategy?.kind !== 'strategy') return undefined;
  for (const [name, value] of Object.entries(strategy.params ?? {})) params.push({ candidates: [name], value });
  return params.length > 0 ? { params, strategy, strategyAt: index, written } : undefined;
}

/**
 * "20 period 2sd vs 50 period 3sd": two runs of the strategy, each with all of its side's settings on
 * the strategy itself (the right side's beside the left's it does not restate), the second placed at
 * the comparison word, which adds it to the list. Written apart, the left side's settings found the
 * second run too when the strategy was named far before them. Undefined when a setting names no
 * parameter of the strategy.
 */
function splitVersions(placed: readonly PlacedClause[], left: Side, at: number, end: number): PlacedClause[] | undefined {
  const known = strategyWordsOf(left.strategy.name)?.params ?? [];
  const settingsOf = (written: readonly PlacedClause[], base: Readonly<Record<string, number>>) => {
    const params: Record<string, number> = { ...base };
    for (const { clause } of written) {
      const name = (clause as ParamClause).candidates.find((candidate) => known.includes(candidate));
      if (name === undefined) return undefined;
      params[name] = (clause as ParamClause).value;
    }
    return params;
  };
  const first = settingsOf(left.written, left.strategy.params ?? {});
  const second = first && settingsOf(placed.slice(at + 1, end), first);
  if (!second) return undefined;
  const result = [...placed];
  const comparison = placed[at]!;
  result.splice(at, end - at, comparison, { ...comparison, clause: { kind: 'strategy', name: left.strategy.name, params: second } });
  result.splice(at - left.written.length, left.written.length);
  result[left.strategyAt] = { ...placed[left.strategyAt]!, clause: { ...left.strategy, params: first } };
  return result;
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
    const split = differing.length > 1 ? splitVersions(result, left, at, end) : undefined;
    if (split) {
      result.splice(0, result.length, ...split);
      at -= left.written.length - 1;
      continue;
    }
    if (differing.length !== 1) continue;
    const { param, earlier } = differing[0]!;
    const values: Clause = { kind: 'param_values', candidates: param.candidates, values: [earlier!.value, param.value] };
    const place = result[at + 1 + right.indexOf(param)]!;
    result.splice(at, end - at, { ...place, clause: values });
  }
  return result;
}
