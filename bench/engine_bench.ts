import { loadConfig } from '../adk.config.js';
import { runBacktestCore } from '../tools/backtest/run_backtest.js';
import { resolveEngineSettings } from '../tools/backtest/engine_settings.js';
import { loadSeries } from '../tools/data/index.js';
import { createIndicatorCache } from '../tools/strategy/indicator_cache.js';
import { medianMs, type BenchRow } from './measure.js';
import { syntheticSeries } from './synthetic_series.js';

const SECTION = 'engine';

/** The sma_crossover grid of the issue: 50 short × 50 long windows = 2,500 pairs, short < long. */
export function smaGrid(): Array<{ short: number; long: number }> {
  const pairs: Array<{ short: number; long: number }> = [];
  for (let short = 5; short < 55; short++) {
    for (let long = 60; long < 260; long += 4) pairs.push({ short, long });
  }
  return pairs;
}

export async function benchEngine(): Promise<BenchRow[]> {
  const settings = resolveEngineSettings();
  const rows: BenchRow[] = [];

  const million = syntheticSeries(1_000_000);
  const oneRunMs = medianMs(() => {
    runBacktestCore(million, { strategy: 'sma_crossover', params: { short: 20, long: 50 }, settings });
  });
  rows.push(
    { section: SECTION, name: 'sma_crossover backtest, 1,000,000 bars', value: oneRunMs, unit: 'ms', target: '< 20 ms', met: oneRunMs < 20 },
    { section: SECTION, name: 'throughput, 1,000,000-bar backtest', value: 1_000_000 / (oneRunMs / 1000), unit: 'bars/s' },
  );

  const btc = await loadSeries('BTC', { dataDir: loadConfig().dataDir });
  const grid = smaGrid();
  const gridMs = medianMs(() => {
    const indicators = createIndicatorCache();
    for (const params of grid) runBacktestCore(btc, { strategy: 'sma_crossover', params, settings, indicators });
  }, { warmup: 1, runs: 5 });
  const rate = grid.length / (gridMs / 1000);
  rows.push(
    { section: SECTION, name: `sma_crossover grid, ${grid.length} pairs on BTC daily (${btc.close.length} bars), one core`, value: gridMs, unit: 'ms' },
    { section: SECTION, name: 'grid rate, daily-history backtests per second, one core', value: rate, unit: 'backtests/s', target: '> 20,000/s', met: rate > 20_000 },
  );
  return rows;
}
