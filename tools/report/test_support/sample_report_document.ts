import { resolveEngineSettings } from '../../backtest/engine_settings.js';
import { loadSeries } from '../../data/index.js';
import { runBacktests } from '../../pipeline/run_backtests.js';
import { buildReport } from '../build_report.js';
import { backtestReportInput } from '../direct_run_inputs.js';
import type { ReportDocument } from '../report_document.js';

/** A real report: SMA crossover and buy-and-hold on the bundled BTC for 2022, as `btp backtest` builds it. */
export async function sampleReportDocument(): Promise<ReportDocument> {
  const series = await loadSeries('BTC', { dataDir: process.env.BTP_DATA_DIR ?? 'data/sample' });
  const range = { start: '2022-01-01', end: '2022-12-31' };
  const jobs = ['sma_crossover', 'buy_and_hold'].map((strategy) => ({ series, strategy, range, settings: resolveEngineSettings() }));
  const run = await runBacktests(jobs, { rankBy: 'sharpe_ratio', parallel: 'in_process' });
  return buildReport(backtestReportInput(run, { request: 'Backtest SMA on BTC for 2022', riskFreeRate: 0, prices: new Map([[series.symbol, series]]) }));
}
