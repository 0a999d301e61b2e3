import type { SymbolInfo } from '../../data/types.js';
import { parseRequest } from '../parse_request.js';
import { parseMemoryQuestion, type MemoryQuestion } from '../recognizers/memory_question.js';
import type { RequestSpec } from '../request_spec.js';
import type { SpecOutcome } from '../spec_outcome.js';
import { validateRequestSpec } from '../validate_request_spec.js';
import { CORPUS_TODAY, type ExpectedSpec } from './corpus_case.js';
import type { LoadedCase } from './load_corpus.js';

export interface CaseResult {
  case: LoadedCase;
  /** What differs from the expectation; empty when the case passed. */
  problems: string[];
}

export interface CategoryScore {
  category: string;
  passed: number;
  total: number;
}

/** A question about saved experiments, or a request read into a spec or an error. */
export type CaseOutcome = { memory: MemoryQuestion } | { memory?: undefined; request: SpecOutcome };

/**
 * As the agent does: a question about saved experiments goes to its memory tool (user_planner.ts);
 * anything else is parsed, then checked against the data, as `btp parse` does.
 */
export function readCase(corpusCase: LoadedCase, symbols: readonly SymbolInfo[]): CaseOutcome {
  const today = corpusCase.today ?? CORPUS_TODAY;
  const question = parseMemoryQuestion(corpusCase.text, today, corpusCase.history ?? []);
  if (question) return { memory: question };
  const parsed = parseRequest(corpusCase.text, { history: corpusCase.history ?? [], today });
  if (!parsed.ok) return { request: parsed };
  const validated = validateRequestSpec(parsed.spec, { today, symbols });
  return { request: validated.ok ? { ...validated, notes: [...parsed.notes, ...validated.notes] } : validated };
}

const show = (value: unknown) => JSON.stringify(value);

function sameSet(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && expected.every((item) => actual.includes(item));
}

function strategyProblems(spec: RequestSpec, expected: NonNullable<ExpectedSpec['strategies']>): string[] {
  const actual = spec.strategies.filter((strategy) => !strategy.baseline);
  const wanted = expected.map((item) => (typeof item === 'string' ? { name: item } : item));
  const names = actual.map((strategy) => strategy.name);
  if (!sameSet(names, wanted.map((item) => item.name)) || names.length !== new Set(names).size && names.length !== wanted.length) {
    return [`strategies ${show(actual)}, expected ${show(wanted)}`];
  }
  return wanted.flatMap((item) => {
    if (item.params === undefined) return [];
    const found = actual.find((strategy) => strategy.name === item.name && show(sortKeys(strategy.params ?? {})) === show(sortKeys(item.params!)));
    return found ? [] : [`${item.name} params ${show(actual.filter((strategy) => strategy.name === item.name).map((strategy) => strategy.params ?? {}))}, expected ${show(item.params)}`];
  });
}

function sortKeys<Value>(record: Record<string, Value>): Record<string, Value> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

function dateProblems(spec: RequestSpec, expected: ExpectedSpec['date_range']): string[] {
  if (expected === null) return spec.date_range ? [`date_range ${show(spec.date_range)}, expected none`] : [];
  const problems: string[] = [];
  for (const end of ['start', 'end'] as const) {
    const want = expected?.[end];
    if (want === undefined) continue;
    const got = spec.date_range?.[end] ?? null;
    if (got !== want) problems.push(`date_range.${end} ${show(got)}, expected ${show(want)}`);
  }
  return problems;
}

function fieldProblem(name: string, actual: unknown, expected: unknown): string[] {
  return expected === undefined || show(actual) === show(expected) ? [] : [`${name} ${show(actual)}, expected ${show(expected)}`];
}

/** A third is written 0.3333333333333333 by hand and may sum to 1 another way in the parser: weights agree to 1e-9. */
const WEIGHT_TOLERANCE = 1e-9;

function weightProblems(actual: Record<string, number> | null, expected: Record<string, number> | null): string[] {
  const same = actual === null || expected === null
    ? actual === expected
    : sameSet(Object.keys(actual), Object.keys(expected)) && Object.entries(expected).every(([symbol, weight]) => Math.abs(actual[symbol]! - weight) <= WEIGHT_TOLERANCE);
  return same ? [] : [`weights ${show(actual)}, expected ${show(expected)}`];
}

function specProblems(spec: RequestSpec, notes: readonly string[], expected: ExpectedSpec): string[] {
  const extra = spec as RequestSpec & { interval?: string; outputs?: string[] };
  return [
    ...(expected.symbols && !sameSet(spec.symbols, expected.symbols) ? [`symbols ${show(spec.symbols)}, expected ${show(expected.symbols)}`] : []),
    ...(expected.strategies ? strategyProblems(spec, expected.strategies) : []),
    ...(expected.date_range !== undefined ? dateProblems(spec, expected.date_range) : []),
    ...(expected.targets ? fieldProblem('targets', sortTargets(spec.targets), sortTargets(expected.targets)) : []),
    ...fieldProblem('optimization_required', spec.optimization_required, expected.optimization_required),
    ...(expected.weights !== undefined ? weightProblems(spec.portfolio ? sortKeys(spec.portfolio.weights) : null, expected.weights && sortKeys(expected.weights)) : []),
    ...fieldProblem('fees_bps', spec.fees_bps, expected.fees_bps),
    ...fieldProblem('slippage_bps', spec.slippage_bps, expected.slippage_bps),
    ...fieldProblem('initial_capital', spec.initial_capital, expected.initial_capital),
    ...fieldProblem('rank_by', spec.rank_by, expected.rank_by),
    ...fieldProblem('allow_short', spec.allow_short, expected.allow_short),
    ...(expected.interval !== undefined ? fieldProblem('interval', extra.interval ?? null, expected.interval) : []),
    ...(expected.outputs ? fieldProblem('outputs', [...(extra.outputs ?? [])].sort(), [...expected.outputs].sort()) : []),
    ...(expected.notes ?? []).filter((want) => !notes.some((note) => note.includes(want))).map((want) => `no note mentions ${show(want)} (notes: ${show(notes)})`),
  ];
}

function sortTargets(targets: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(targets).sort(([a], [b]) => a.localeCompare(b)));
}

function memoryProblems(question: MemoryQuestion | undefined, expected: ExpectedSpec['memory']): string[] {
  if (expected === undefined) return question ? [`read as the memory question ${show(question)}, not a request`] : [];
  if (!question) return [`expected the memory question ${show(expected)}, read a request`];
  const args = sortKeys(question.args as Record<string, unknown>);
  return question.tool === expected.tool && show(args) === show(sortKeys(expected.args)) ? [] : [`memory question ${show(question)}, expected ${show(expected)}`];
}

/** What differs between an outcome and its expectation. */
export function compareOutcome(read: CaseOutcome, expected: ExpectedSpec): string[] {
  // A saved-run question the agent refuses ("rerun 12 on eth") is scored by its error code.
  if (read.memory !== undefined && 'error' in read.memory && expected.error !== undefined && expected.memory === undefined) {
    return read.memory.error.code === expected.error ? [] : [`error ${read.memory.error.code} (${read.memory.error.message}), expected ${expected.error}`];
  }
  if (read.memory !== undefined || expected.memory !== undefined) return memoryProblems(read.memory, expected.memory);
  const outcome = read.request;
  if (expected.error !== undefined) {
    if (outcome.ok) return [`expected error ${expected.error}, got a spec ${show(outcome.spec)}`];
    const problems = outcome.error.code === expected.error ? [] : [`error ${outcome.error.code} (${outcome.error.message}), expected ${expected.error}`];
    const missing = (expected.error_mentions ?? []).filter((want) => !outcome.error.message.includes(want));
    return [...problems, ...missing.map((want) => `error message lacks ${show(want)}: ${outcome.error.message}`)];
  }
  if (!outcome.ok) return [`error ${outcome.error.code}: ${outcome.error.message}`];
  return specProblems(outcome.spec, outcome.notes, expected);
}

export function scoreCorpus(cases: readonly LoadedCase[], symbols: readonly SymbolInfo[]): CaseResult[] {
  return cases.map((corpusCase) => ({ case: corpusCase, problems: compareOutcome(readCase(corpusCase, symbols), corpusCase.expect) }));
}

/** Passed and total per category, alphabetical, then the whole corpus as `all`. */
export function scoreByCategory(results: readonly CaseResult[]): CategoryScore[] {
  const byCategory = new Map<string, CategoryScore>();
  for (const result of results) {
    const score = byCategory.get(result.case.category) ?? { category: result.case.category, passed: 0, total: 0 };
    score.total++;
    if (result.problems.length === 0) score.passed++;
    byCategory.set(result.case.category, score);
  }
  const rows = [...byCategory.values()].sort((a, b) => a.category.localeCompare(b.category));
  const passed = rows.reduce((sum, row) => sum + row.passed, 0);
  return [...rows, { category: 'all', passed, total: results.length }];
}
