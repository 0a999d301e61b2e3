import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import type { ToolDependencies } from '../../../tools/tool_dependencies.js';
import { returningErrors } from '../tool_response.js';
import { storeLocationOf } from '../../../memory/open_repository.js';
import { sharedExperimentRepository } from '../../../memory/shared_repository.js';
import { IsoDateSchema } from '../../../tools/dates/iso_date.js';

export const ListExperimentsInputSchema = z.object({
  limit: z.number().int().min(1).max(50).default(10).describe('How many experiments to list, newest first'),
  symbol: z.string().min(1).max(40).optional().describe('Only experiments with a result for this symbol, e.g. BTC'),
  strategy: z.string().min(1).max(64).optional().describe('Only experiments that ran this strategy id, e.g. sma_crossover'),
  days: z.number().int().min(1).max(36_500).optional().describe('Only experiments saved in the last N days (7 = last week)'),
  start: IsoDateSchema.optional().describe('Only experiments saved on or after this day, YYYY-MM-DD ("what I ran in Q3" → 2025-07-01)'),
  end: IsoDateSchema.optional().describe('Only experiments saved on or before this day, YYYY-MM-DD ("what I ran in Q3" → 2025-09-30)'),
  text: z.string().min(1).max(200).optional().describe('Only experiments whose request contains this text'),
});

export function createListExperimentsTool(dependencies: ToolDependencies): FunctionTool<typeof ListExperimentsInputSchema> {
  return new FunctionTool({
    name: 'list_experiments',
    description:
      'List the user\'s saved experiments (every backtest run is saved), newest first, optionally for one symbol, one strategy, ' +
      'the last N days or text in the request. Each has its id, date, request and best result.',
    parameters: ListExperimentsInputSchema,
    execute: (input) => returningErrors(async () => {
      const { start, end, ...filters } = input;
      return (await sharedExperimentRepository(storeLocationOf(dependencies))).search({ ...filters, since: start, until: end }, dependencies.now());
    }),
  });
}
