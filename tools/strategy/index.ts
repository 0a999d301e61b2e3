// The strategy layer's public API. The engine (./engine/) is exported by the integrator.
export type {
  IndicatorCache, PriceColumns, StrategyDefinition, StrategyParams, TargetContext,
} from './types.js';
export { createIndicatorCache } from './indicator_cache.js';
export {
  STRATEGIES, describeStrategies, getStrategy, listStrategyIds, resolveStrategyParams,
} from './registry.js';
export { MAX_WINDOW_BARS } from './strategies/param_schemas.js';
export * from './indicators/index.js';
