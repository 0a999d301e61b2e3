/** The human-readable result of `btp eval run`: one row per case, means, thresholds, and what failed. */
import Table from 'cli-table3';
import pc from 'picocolors';
import { METRIC_NAMES, type ResolvedCriteria } from '../evalset/eval_config.js';
import type { CaseResult, EvalReport } from './run_evals.js';

function cell(score: number | null, threshold: number | undefined): string {
  if (score === null) return pc.dim('–');
  const text = score.toFixed(2);
  return threshold !== undefined && score < threshold ? pc.red(`${text} ✗`) : text;
}

function meanOf(values: ReadonlyArray<number | null>): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0) / present.length;
}

function describeCriteria(criteria: ResolvedCriteria): string {
  const { threshold, match_type: matchType, numeric_tolerance: tolerance } = criteria.tool_trajectory_avg_score;
  return [
    `${METRIC_NAMES.toolTrajectory} ≥ ${threshold} (${matchType}; numeric args equal within ${tolerance.relative} relative or ${tolerance.absolute} absolute)`,
    `${METRIC_NAMES.responseMatch} ≥ ${criteria.response_match_score} (ROUGE-1 F)`,
    `${METRIC_NAMES.responseNumbers} ≥ ${criteria.response_numbers_score}`,
    `${METRIC_NAMES.errorHandling} ≥ ${criteria.error_handling_score}`,
  ].join('; ');
}

export function renderSummary(report: EvalReport): string {
  const criteriaBySet = new Map(report.sets.map((set) => [set.eval_set_id, set.criteria]));
  const table = new Table({
    head: ['Set', 'Case', 'Turns', 'Trajectory', 'EXACT', 'IN_ORDER', 'ROUGE-1', 'Numbers', 'Errors', 'Result', 'ms'],
    style: { head: [], border: [] },
    // No rule between rows: 50 cases should fit on a screen.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const result of report.cases) {
    const criteria = criteriaBySet.get(result.eval_set_id);
    const { scores } = result;
    table.push([
      result.eval_set_id, result.id, String(result.turns),
      cell(scores.tool_trajectory, criteria?.tool_trajectory_avg_score.threshold),
      cell(scores.tool_trajectory_exact, undefined), cell(scores.tool_trajectory_in_order, undefined),
      cell(scores.response_match, criteria?.response_match_score), cell(scores.response_numbers, criteria?.response_numbers_score),
      cell(scores.error_handling, criteria?.error_handling_score),
      result.passed ? pc.green('pass') : pc.red('FAIL'), String(result.duration_ms),
    ]);
  }
  const column = (pick: (result: CaseResult) => number | null) => cell(meanOf(report.cases.map(pick)), undefined);
  table.push([pc.bold('mean'), '', '', column((r) => r.scores.tool_trajectory), column((r) => r.scores.tool_trajectory_exact),
    column((r) => r.scores.tool_trajectory_in_order), column((r) => r.scores.response_match), column((r) => r.scores.response_numbers),
    column((r) => r.scores.error_handling), '', '']);

  const lines = [table.toString()];
  const setsByThresholds = new Map<string, string[]>();
  for (const set of report.sets) {
    const key = `${set.config_file}: ${describeCriteria(set.criteria)}`;
    setsByThresholds.set(key, [...(setsByThresholds.get(key) ?? []), set.eval_set_id]);
  }
  for (const [thresholds, sets] of setsByThresholds) lines.push(pc.dim(`Thresholds for ${sets.join(', ')} (${thresholds})`));
  for (const result of report.cases.filter((r) => !r.passed)) {
    lines.push('', pc.red(`✗ ${result.eval_set_id} / ${result.id}`), ...result.failures.map((failure) => `  - ${failure}`));
  }
  const failed = report.cases.filter((r) => !r.passed).length;
  const verdict = failed === 0
    ? pc.green(`PASSED: ${report.cases.length} of ${report.cases.length} cases`)
    : pc.red(`FAILED: ${failed} of ${report.cases.length} cases`);
  lines.push('', `${verdict} · model ${report.model} · ${(report.duration_ms / 1000).toFixed(1)} s`);
  return lines.join('\n');
}
