import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import type { ToolDependencies } from '../../../tools/tool_dependencies.js';
import { experimentForModel } from '../model_view.js';
import { returningErrors } from '../tool_response.js';
import { storeLocationOf } from '../../../memory/open_repository.js';
import { sharedExperimentRepository } from '../../../memory/shared_repository.js';

export const ShowExperimentInputSchema = z.object({
  id: z.number().int().min(1).describe('The experiment id, as listed by list_experiments'),
});

export function createShowExperimentTool(dependencies: ToolDependencies): FunctionTool<typeof ShowExperimentInputSchema> {
  return new FunctionTool({
    name: 'show_experiment',
    description: 'Show one saved experiment in full: the request, the window, every result with its metrics, the data files and their hashes, the agent trace.',
    parameters: ShowExperimentInputSchema,
    execute: (input) => returningErrors(async () => experimentForModel(await (await sharedExperimentRepository(storeLocationOf(dependencies))).get(input.id))),
  });
}
