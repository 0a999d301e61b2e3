import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import type { ToolDependencies } from '../../../tools/tool_dependencies.js';
import { returningErrors } from '../tool_response.js';
import { storeLocationOf } from '../../../memory/open_repository.js';
import { sharedExperimentRepository } from '../../../memory/shared_repository.js';
import { MetricKeySchema } from '../../../tools/risk/metric_key_schema.js';
import { RankedCountSchema, RankOrderSchema, RecentExperimentsSchema } from '../../../memory/experiment_schemas.js';
import { IsoDateSchema } from '../../../tools/dates/iso_date.js';

export const BestExperimentInputSchema = z.object({
  metric: MetricKeySchema.default('sharpe_ratio')
    .describe('Metric that decides "best" (lowest for volatility, highest otherwise)'),
  symbol: z.string().min(1).max(40).optional().describe('Only results on this symbol, e.g. ETH'),
  strategy: z.string().min(1).max(64).optional().describe('Only results of this strategy id'),
  days: z.number().int().min(1).max(36_500).optional().describe('Only experiments saved in the last N days (7 = last week)'),
  start: IsoDateSchema.optional().describe('Only experiments saved on or after this day, YYYY-MM-DD ("the runs I did in October 2025" → 2025-10-01)'),
  end: IsoDateSchema.optional().describe('Only experiments saved on or before this day, YYYY-MM-DD ("... in October 2025" → 2025-10-31)'),
  limit: RecentExperimentsSchema.optional().describe('Only among the N most recently saved experiments ("which of my last 20 runs had the best win rate")'),
  order: RankOrderSchema.optional().describe('"worst" for the worst result by the metric ("my worst run by Sharpe", "which run had the lowest Sharpe"); the best when absent'),
  count: RankedCountSchema.optional()
    .describe('How many results to return from that end of the ranking ("my top 3 runs by Sortino", "bottom 5"); 1 when absent. Not `limit`, which bounds the experiments ranked'),
  baselines: z.boolean().optional()
    .describe('True only when the user wants buy-and-hold baselines counted too ("including buy and hold"); "best strategy" leaves it out'),
});

export function createBestExperimentTool(dependencies: ToolDependencies): FunctionTool<typeof BestExperimentInputSchema> {
  return new FunctionTool({
    name: 'best_experiment',
    description:
      'Find the single best (or, with order "worst", worst) saved result by a metric (Sharpe ratio by default), optionally for a symbol, ' +
      'a strategy, the last N days and the N most recent experiments: answers "what was my best ETH strategy last week?". ' +
      'Returns {found, best: {metric, value, experiment, result}}, and with a count above 1 also ranked: the count results in order, best first (worst first with order "worst").',
    parameters: BestExperimentInputSchema,
    execute: (input) => returningErrors(async () => {
      const { start, end, ...query } = input;
      const ranked = await (await sharedExperimentRepository(storeLocationOf(dependencies))).ranked({ ...query, since: start, until: end }, dependencies.now());
      const [best] = ranked;
      if (!best) return { found: false, query: input };
      return (input.count ?? 1) > 1 ? { found: true, best, ranked } : { found: true, best };
    }),
  });
}
