/** What the offline UserAgent says after sweep_status answered: the report's facts, formatted, never computed. */
import type { SweepQuestion } from '../../../queue/sweep_question.js';
import type { SweepReport } from '../../../queue/sweep_report.js';
import type { StoredResult } from '../../../memory/experiment_schemas.js';
import { METRIC_PROSE_NAMES } from '../../../tools/report/metric_names.js';
import { formatMetric } from '../../../tools/risk/format_metric.js';
import type { MetricKey } from '../../../tools/risk/types.js';
import { errorOf } from './tool_then_summary.js';
import { describeStrategyRun as describeRun } from '../../../tools/report/terminal/results_table.js';

type SweepAnswer = SweepReport & { experiment?: { id: number; user_query: string; best?: StoredResult } };

/** What the agents say when the app has no fleet to ask. */
export const NO_FLEET_REPLY = 'I can only see sweeps when this app is connected to the worker fleet\'s Redis (set BTP_REDIS_URL, e.g. redis://127.0.0.1:6379). ' +
  'From a terminal: btp sweep status <id>, btp sweep results <id>.';

function figures(metrics: StoredResult['metrics']): string {
  return (['sharpe_ratio', 'total_return', 'max_drawdown'] as const).map((key) => `${METRIC_PROSE_NAMES[key]} ${formatMetric(key, metrics[key])}`).join(', ');
}

function jobsLine(jobs: Record<string, number>): string {
  const total = Object.values(jobs).reduce((sum, count) => sum + count, 0);
  if (total === 0) return 'no job has started yet (is a btp worker running on its queue?)';
  const others = Object.entries(jobs).filter(([state]) => state !== 'completed').map(([state, count]) => `${count} ${state}`);
  return `${jobs.completed ?? 0} of ${total} jobs done${others.length > 0 ? ` (${others.join(', ')})` : ''}`;
}

function doneReply(answer: SweepAnswer): string {
  const { sweep } = answer;
  if (answer.experiment) {
    const best = answer.experiment.best;
    return [
      `Sweep ${sweep.id} is done: ${sweep.summary ?? 'finished'}. It is saved as experiment #${answer.experiment.id}.`,
      ...(best ? [`Best in sample: ${describeRun(best)} on ${best.symbol} (${best.range.start} to ${best.range.end}): ${figures(best.metrics)}.`] : []),
      `Ask "show experiment ${answer.experiment.id}" for all of it.`,
    ].join('\n');
  }
  if (answer.batch) {
    const metric = answer.batch.rank_by as MetricKey;
    const rows = answer.batch.best.slice(0, 5).map((row, index) => `${index + 1}. ${row.symbol} ${row.data.interval} ${describeRun(row)}: ${figures(row.metrics)}`);
    return [`Sweep ${sweep.id} is done: ${answer.batch.backtests} backtests ranked by ${METRIC_PROSE_NAMES[metric]}. The best ${rows.length}:`, ...rows,
      `All of them: btp sweep results ${sweep.id} --json.`].join('\n');
  }
  return `Sweep ${sweep.id} is done: ${sweep.summary ?? 'finished'}.`;
}

export function sweepReply(response: Record<string, unknown>, question: SweepQuestion | undefined): string {
  const error = errorOf(response);
  if (error) return `I couldn't look at that sweep (${error.code}): ${error.message}`;
  const answer = response as unknown as SweepAnswer;
  const { sweep } = answer;
  if (sweep.status === 'done') return doneReply(answer);
  if (sweep.status === 'running') {
    const waitForResults = question?.wants === 'results' ? ' It has no results yet: ask again when it is done.' : ` Ask "show the results of sweep ${sweep.id}" once it is done.`;
    return `Sweep ${sweep.id} (${sweep.kind}) is running: ${jobsLine(answer.jobs)}.${waitForResults}`;
  }
  return `Sweep ${sweep.id} (${sweep.kind}) ${sweep.status === 'cancelled' ? 'was cancelled' : 'failed'}${sweep.error ? `: ${sweep.error}` : ''}. ` +
    `Its finished jobs are kept: btp sweep --resume ${sweep.id} continues it.`;
}
