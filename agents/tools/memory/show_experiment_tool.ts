import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { getExperiment } from '../../../memory/get_experiment.js';
import { sharedExperimentStore } from '../../../memory/shared_store.js';
import type { ToolDependencies } from '../../../tools/tool_dependencies.js';
import { returningErrors } from '../tool_response.js';

export const ShowExperimentInputSchema = z.object({
  id: z.number().int().min(1).describe('The experiment id, as listed by list_experiments'),
});

export function createShowExperimentTool(dependencies: ToolDependencies): FunctionTool<typeof ShowExperimentInputSchema> {
  return new FunctionTool({
    name: 'show_experiment',
    description: 'Show one saved experiment in full: the request, the window, every result with its metrics, the data files and their hashes, the agent trace.',
    parameters: ShowExperimentInputSchema,
    execute: (input) => returningErrors(() => getExperiment(sharedExperimentStore(dependencies.databasePath), input.id)),
  });
}
