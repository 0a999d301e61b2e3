import { resolveEngineSettings } from '../../backtest/engine_settings.js';
import { loadSeries } from '../../data/index.js';
import { runBacktests } from '../../pipeline/run_backtests.js';
import { buildReport } from '../build_report.js';
import { backtestReportInput } from '../direct_run_inputs.js';
import type { ReportDocument } from '../report_document.js';

/** A real report the size of the README's request: SMA, RSI and buy-and-hold on the bundled BTC and ETH, 2021-2024. */
export async function sampleReportDocument(): Promise<ReportDocument> {
  const dataDir = process.env.BTP_DATA_DIR ?? 'data/sample';
  const series = await Promise.all(['BTC', 'ETH'].map((symbol) => loadSeries(symbol, { dataDir })));
  const range = { start: '2021-01-01', end: '2024-12-31' };
  const jobs = series.flatMap((one) => ['sma_crossover', 'rsi_mean_reversion', 'buy_and_hold'].map((strategy) => ({ series: one, strategy, range, settings: resolveEngineSettings() })));
  const run = await runBacktests(jobs, { rankBy: 'sharpe_ratio', parallel: 'in_process' });
  return buildReport(backtestReportInput(run, {
    request: 'Compare SMA vs RSI on BTC and ETH from 2021 to 2024', riskFreeRate: 0, prices: new Map(series.map((one) => [one.symbol, one])),
  }));
}
