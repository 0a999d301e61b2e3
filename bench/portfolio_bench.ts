import { resolveEngineSettings } from '../tools/backtest/engine_settings.js';
import { loadSeries } from '../tools/data/index.js';
import type { OhlcvSeries } from '../tools/data/types.js';
import { MeanVarianceProblem, optimizeWeights } from '../tools/portfolio/optimize/optimize_weights.js';
import { returnStatistics } from '../tools/portfolio/optimize/return_statistics.js';
import { resolveWeightBounds } from '../tools/portfolio/optimize/weight_bounds.js';
import { stepWeightSearch, type WeightSearchState } from '../tools/portfolio/optimize/weight_target_search.js';
import { runPortfolioCore } from '../tools/portfolio/run_portfolio.js';
import { MAX_TARGET_ITERATIONS } from '../tools/optimization/search/target_search.js';
import { medianTiming, seededRandom, type BenchRow } from './measure.js';
import { syntheticSeries } from './synthetic_series.js';

const buyAndHold = (count: number) => Array.from({ length: count }, () => ({ name: 'buy_and_hold' }));

/** Issue 14's speed goals: a small portfolio, a huge one, and a 20-asset max-Sharpe optimisation. */
export async function benchPortfolio(): Promise<BenchRow[]> {
  const settings = resolveEngineSettings();
  const dataDir = process.env.BTP_DATA_DIR ?? 'data/sample';
  const three = await Promise.all(['BTC', 'ETH', 'SOL'].map((symbol) => loadSeries(symbol, { dataDir })));
  const small = medianTiming(() => {
    runPortfolioCore(three, {
      weights: Float64Array.of(0.5, 0.3, 0.2), rebalance: 'monthly', strategies: buyAndHold(3),
      range: { start: '2021-01-01', end: '2024-12-31' }, settings,
    });
  }, { warmup: 50, runs: 201 });

  const ten: OhlcvSeries[] = Array.from({ length: 10 }, (_, at) => ({ ...syntheticSeries(1_000_000, 100 + at), symbol: `S${at}` }));
  const large = medianTiming(() => {
    runPortfolioCore(ten, { weights: new Float64Array(10).fill(0.1), rebalance: 'monthly', strategies: buyAndHold(10), settings });
  }, { warmup: 3, runs: 7 });

  const random = seededRandom(7);
  const returns = Array.from({ length: 20 }, (_, at) => Float64Array.from({ length: 1_000 }, () => (random() - 0.49) * 0.04 * (1 + at / 20)));
  const symbols = returns.map((_, at) => `S${at}`);
  const optimise = medianTiming(() => {
    const problem = new MeanVarianceProblem(returnStatistics(returns), resolveWeightBounds(symbols, { maxWeight: 0.2 }));
    optimizeWeights(problem, 'max_sharpe', { riskFreePerBar: 0 }, symbols);
  }, { warmup: 5, runs: 21 });

  // The optimisation loop's weight search at its longest: an unreachable target, all 5 iterations.
  const search = medianTiming(() => {
    let state: WeightSearchState | null = null;
    for (let finished = false; !finished;) {
      ({ state, finished } = stepWeightSearch(three, {
        targets: { sharpe_ratio: { operator: '>', value: 10 } }, rebalance: 'monthly', strategies: buyAndHold(3), range: { start: '2021-01-01', end: '2024-12-31' },
        settings, riskFreeRate: 0, startWeights: Float64Array.of(0.5, 0.3, 0.2), maxIterations: MAX_TARGET_ITERATIONS,
      }, state));
    }
  }, { warmup: 2, runs: 7 });

  return [
    { section: 'portfolio', name: '3 assets × 4 years daily, monthly rebalancing (after warm-up)', value: small.wallMs, unit: 'ms', target: '< 1 ms', met: small.wallMs < 1 },
    { section: 'portfolio', name: '10 assets × 1,000,000 bars, monthly rebalancing', value: large.wallMs, unit: 'ms', target: '< 150 ms', met: large.wallMs < 150 },
    { section: 'portfolio', name: '  the same, CPU time (this process, GC threads included)', value: large.cpuMs, unit: 'ms' },
    { section: 'portfolio', name: '20-asset max_sharpe optimisation (1,000 returns, max weight 20%)', value: optimise.wallMs, unit: 'ms', target: '< 50 ms', met: optimise.wallMs < 50 },
    { section: 'portfolio', name: 'weight search toward a target, 3 assets × 4 years, 5 iterations (131 backtests)', value: search.wallMs, unit: 'ms' },
  ];
}
