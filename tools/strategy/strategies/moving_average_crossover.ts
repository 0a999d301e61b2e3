import type { z } from 'zod';
import type { IndicatorStream } from '../indicators/indicator_stream.js';
import type { IndicatorCache, PriceColumns, SearchSpace, StrategyDefinition } from '../types.js';
import { compareStreams, compareTargets } from './compare_targets.js';
import { requireLessThan, strategyParamsSchema, windowParam } from './param_schemas.js';

type CachedAverage = (bars: PriceColumns, period: number, cache: IndicatorCache) => Float64Array;

function crossoverParamsSchema(averageName: string, defaultShort: number, defaultLong: number) {
  return strategyParamsSchema({
    short: windowParam(defaultShort, `Bars in the fast ${averageName}; must be less than long.`),
    long: windowParam(defaultLong, `Bars in the slow ${averageName}.`),
  }).superRefine(requireLessThan('short', 'long'));
}

export type CrossoverParams = z.output<ReturnType<typeof crossoverParamsSchema>>;

export interface CrossoverSpec {
  id: string;
  /** e.g. "simple moving average", used in the description and parameter help. */
  averageName: string;
  cachedAverage: CachedAverage;
  /** The same average as a stream, for a lone backtest (nothing to share, see compareStreams). */
  averageStream: (values: Float64Array, period: number) => IndicatorStream;
  defaultShort: number;
  defaultLong: number;
  searchSpace: SearchSpace;
}

/**
 * Moving-average crossover: long while average(short) > average(long); with shorting allowed,
 * short while average(short) < average(long); flat when equal. Warm-up: the long average's first
 * value is at bar long − 1, so `long` bars are needed.
 */
export function defineCrossoverStrategy(spec: CrossoverSpec): StrategyDefinition<CrossoverParams> {
  return {
    id: spec.id,
    description:
      `Trend following: long while the ${spec.defaultShort}-bar (short) ${spec.averageName} of closes is above ` +
      `the ${spec.defaultLong}-bar (long) one; short while below when shorting is allowed.`,
    paramsSchema: crossoverParamsSchema(spec.averageName, spec.defaultShort, spec.defaultLong),
    searchSpace: spec.searchSpace,
    warmupBars: (params) => params.long,
    computeTargets: (bars, params, context) => context.indicators.sharedAcrossRuns
      ? compareTargets(
        spec.cachedAverage(bars, params.short, context.indicators),
        spec.cachedAverage(bars, params.long, context.indicators),
        context,
      )
      : compareStreams(
        spec.averageStream(bars.close, params.short),
        spec.averageStream(bars.close, params.long),
        bars.close.length,
        context,
      ),
  };
}
