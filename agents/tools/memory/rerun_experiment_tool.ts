import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { IsoDateSchema } from '../../../tools/dates/iso_date.js';
import { rerunExperiment } from '../../../memory/rerun_experiment.js';
import type { ToolDependencies } from '../../../tools/tool_dependencies.js';
import { returningErrors } from '../tool_response.js';
import { storeLocationOf } from '../../../memory/open_repository.js';
import { sharedExperimentRepository } from '../../../memory/shared_repository.js';

export const RerunExperimentInputSchema = z.object({
  id: z.number().int().min(1).describe('The experiment to re-run'),
  start: IsoDateSchema.optional().describe('Run from this day instead of the saved start, e.g. 2025-01-01 for "on 2025 data"'),
  end: IsoDateSchema.optional().describe('Run until this day instead of the saved end'),
});

export function createRerunExperimentTool(dependencies: ToolDependencies): FunctionTool<typeof RerunExperimentInputSchema> {
  return new FunctionTool({
    name: 'rerun_experiment',
    description:
      'Re-run a saved experiment with its exact request, settings and data. Without dates it checks reproducibility: ' +
      '{match, differences, data_changed}. With start/end it runs on that window and saves the result as a new experiment.',
    parameters: RerunExperimentInputSchema,
    execute: ({ id, start, end }) => returningErrors(async () => rerunExperiment(
      await sharedExperimentRepository(storeLocationOf(dependencies)), id, dependencies,
      start === undefined && end === undefined ? {} : { window: { ...(start ? { start } : {}), ...(end ? { end } : {}) } },
    )),
  });
}
