import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { storeLocationOf } from '../../memory/open_repository.js';
import { sharedExperimentRepository } from '../../memory/shared_repository.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { dataRefForModel } from './model_view.js';
import { returningErrors } from './tool_response.js';

export const SweepStatusInputSchema = z.object({
  id: z.number().int().min(1).describe('The sweep id, as btp optimize --queue / btp sweep printed it'),
});

/**
 * How a fleet sweep is doing and, once done, what it found: a batch's best rows, or the experiment
 * an optimisation was saved as. Only where the app has a fleet (BTP_REDIS_URL).
 */
export function createSweepStatusTool(dependencies: ToolDependencies & { redisUrl: string }): FunctionTool<typeof SweepStatusInputSchema> {
  return new FunctionTool({
    name: 'sweep_status',
    description: 'Report on a sweep running on the worker fleet: its status, jobs done / running / waiting / failed, and when it is done its results ' +
      '(a batch\'s best backtests, or the experiment an optimisation was saved as, with its best parameters and metrics).',
    parameters: SweepStatusInputSchema,
    execute: (input) => returningErrors(async () => {
      // Loaded on first use: a session that never asks about sweeps never loads the queue client.
      const [{ queueLocationOf }, { reportSweep }, { sweepExperiment }] = await Promise.all([
        import('../../queue/queue_location.js'), import('../../queue/sweep_report.js'), import('../../queue/sweep_experiment.js'),
      ]);
      const report = await reportSweep(queueLocationOf(dependencies.redisUrl), input.id);
      const experimentId = report.sweep.kind === 'optimize' ? report.sweep.experiment_id : undefined;
      const batch = report.batch && { ...report.batch, best: report.batch.best.map((row) => ({ ...row, data: dataRefForModel(row.data) })) };
      const lean = { ...report, ...(batch ? { batch } : {}) };
      if (experimentId === undefined) return lean;
      const experiment = await sweepExperiment(report.sweep, await sharedExperimentRepository(storeLocationOf(dependencies)));
      const best = experiment.results[0];
      return { ...lean, experiment: { id: experiment.id, user_query: experiment.user_query, best: best && { ...best, data: dataRefForModel(best.data) } } };
    }),
  });
}
