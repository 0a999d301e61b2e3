import { z } from 'zod';
import { PortfolioRequestSchema } from '../portfolio_request.js';
import { OBJECTIVES } from './optimize_weights.js';

/** Input of `btp portfolio optimize` and the optimisation tool: the portfolio minus its weights, plus the objective and limits. */
export const PortfolioOptimizationRequestSchema = PortfolioRequestSchema.omit({ weights: true }).extend({
  objective: z.enum(OBJECTIVES).default('max_sharpe')
    .describe('equal_weight, min_variance, max_sharpe, risk_parity, or max_return (under max_volatility)'),
  max_weight: z.number().gt(0).max(1).optional().describe('Largest weight any one symbol may get, e.g. 0.5'),
  bounds: z.record(z.string(), z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)])).optional()
    .describe('Per-symbol [lower, upper] weights, e.g. {"BTC": [0.2, 0.6]}'),
  max_volatility: z.number().gt(0).max(10).optional().describe('Annualised volatility cap for max_return, e.g. 0.6 for 60%'),
  holdout: z.number().min(0).lt(1).default(0.3).describe('Share of the range held out at its end for out-of-sample metrics'),
});

export type PortfolioOptimizationRequestInput = z.input<typeof PortfolioOptimizationRequestSchema>;
