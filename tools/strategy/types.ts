import type { z } from 'zod';

/** The price columns a strategy may read; a structural subset of `OhlcvSeries`. */
export interface PriceColumns {
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;
}

/**
 * Memoises indicator series for one price series, so a parameter grid computes SMA(20) once, not
 * once per candidate. Keys are the indicator's name and arguments, e.g. `sma:close:20`.
 */
export interface IndicatorCache {
  get(key: string, compute: () => Float64Array): Float64Array;
  /**
   * Whether other runs on the same series will ask for these indicators (a parameter grid, several
   * strategies on one symbol). When false (a lone backtest's own cache) nothing is gained by
   * keeping whole series, and a strategy may stream its indicators instead (see IndicatorStream).
   */
  readonly sharedAcrossRuns: boolean;
}

export interface TargetContext {
  readonly allowShort: boolean;
  readonly indicators: IndicatorCache;
  /**
   * Where to write the targets: `length` values the caller reuses from run to run (a parameter
   * grid), so the strategy must write every one. Fresh unzeroed memory when absent (see targetArray).
   */
  readonly targetBuffer?: (length: number) => Int8Array;
}

/** Parameter values as users and the model see them: snake_case names, numbers. */
export type StrategyParams = Record<string, number>;

/** Inclusive range and step of one parameter; integer steps mean integer values. */
export interface ParameterRange {
  min: number;
  max: number;
  step: number;
}

/** The default space an optimiser searches, per parameter; cross-field rules come from the schema. */
export type SearchSpace = Readonly<Record<string, ParameterRange>>;

/**
 * A strategy: its parameter schema (the single source of truth for defaults, validation and the
 * model's declaration) and a pure function from bars to a target position per bar.
 */
export interface StrategyDefinition<Params extends StrategyParams = StrategyParams> {
  /** Canonical snake_case id, e.g. `sma_crossover`. */
  readonly id: string;
  /** One line a user or the model can read. */
  readonly description: string;
  /** zod object with defaults and cross-field rules (short < long ...). */
  readonly paramsSchema: z.ZodType<Params>;
  /** Where "optimise" looks when the user gives no ranges (empty for parameterless strategies). */
  readonly searchSpace?: SearchSpace;
  /** Bars of history the rule needs before its first meaningful target (longest window). */
  warmupBars(params: Params): number;
  /**
   * Target position for every bar t, decided with data up to and including bar t's close:
   * 1 long, 0 flat, -1 short (only when `context.allowShort`). NaN-free: warm-up bars are 0.
   */
  computeTargets(bars: PriceColumns, params: Params, context: TargetContext): Int8Array;
}
