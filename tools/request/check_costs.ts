import { MAX_COST_BPS } from '../backtest/engine_settings.js';
import { BacktestPilotError } from '../errors.js';

/**
 * Costs beyond the engine's bound are a typo, not a market: said in those words (bad_parameters),
 * before the spec's schema, which holds the same bound, would call the whole spec malformed.
 */
export function checkCosts(spec: unknown): void {
  for (const field of ['fees_bps', 'slippage_bps'] as const) {
    const value = spec && typeof spec === 'object' ? (spec as Record<string, unknown>)[field] : undefined;
    if (typeof value === 'number' && value > MAX_COST_BPS) {
      throw new BacktestPilotError('bad_parameters', `${field} is ${value}; costs must be between 0 and ${MAX_COST_BPS} bps (10 % per fill)`, { field, value });
    }
  }
}
