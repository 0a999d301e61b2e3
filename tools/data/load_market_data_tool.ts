import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { BacktestPilotError } from '../errors.js';
import type { RequestSpec } from '../request/request_spec.js';
import type { ValidationState } from '../request/validate_request_tool.js';
import { STATE_KEYS, type ToolSession } from '../session_state.js';
import type { ToolDependencies } from '../tool_dependencies.js';
import { returningErrors } from '../tool_response.js';
import { loadManySeries } from './load_series.js';
import { formatBarTime } from './timestamps.js';
import type { OhlcvSeries } from './types.js';
import { validateData } from './validate_data.js';

export const LoadMarketDataInputSchema = z.object({});

/** What the pipeline keeps about each loaded series (the columns stay in the loader's cache). */
export interface MarketDataSummary {
  symbol: string;
  file: string;
  sha256: string;
  interval: string;
  first: string;
  last: string;
  bars: number;
  data_ok: boolean;
  /** Plain-words findings of validateData worth telling the user (gaps, OHLC errors, outliers). */
  data_notes: string[];
}

function summarize(series: OhlcvSeries): MarketDataSummary {
  const report = validateData(series);
  const notes: string[] = [];
  if (report.gaps.length > 0) notes.push(`${report.gaps.length} gap(s) in ${series.file} (${report.missing_bars} missing bars)`);
  if (report.ohlc_issues.length > 0) notes.push(`${report.ohlc_issues.length} bar(s) with inconsistent OHLC values in ${series.file}`);
  if (report.duplicate_timestamps.length > 0) notes.push(`${report.duplicate_timestamps.length} duplicate timestamp(s) in ${series.file}`);
  if (report.skipped_rows > 0) notes.push(`${report.skipped_rows} unreadable row(s) skipped in ${series.file}`);
  const last = series.time.length - 1;
  return {
    symbol: series.symbol, file: series.file, sha256: series.sha256, interval: series.interval,
    first: formatBarTime(series.time[0]!, series.intervalMs), last: formatBarTime(series.time[last]!, series.intervalMs),
    bars: series.time.length, data_ok: report.ok, data_notes: notes,
  };
}

/** Loads every requested symbol concurrently (the loader caches the columns) and records what was used. */
export async function loadMarketDataInSession(session: ToolSession, dependencies: ToolDependencies): Promise<{ market_data: MarketDataSummary[] }> {
  const spec = session.state.get<RequestSpec | null>(STATE_KEYS.spec);
  const validation = session.state.get<ValidationState | null>(STATE_KEYS.validation);
  if (!spec || !validation?.ok) {
    throw new BacktestPilotError('bad_input', 'the request has not been validated yet; run validate_request first');
  }
  const series = await loadManySeries(spec.symbols, {
    dataDir: dependencies.dataDir, cacheDir: dependencies.cacheDir, range: validation.run_window,
    ...(spec.interval === undefined ? {} : { interval: spec.interval }),
  });
  const marketData = series.map(summarize);
  session.state.set(STATE_KEYS.marketData, marketData);
  return { market_data: marketData };
}

export function createLoadMarketDataTool(dependencies: ToolDependencies): FunctionTool<typeof LoadMarketDataInputSchema> {
  return new FunctionTool({
    name: 'load_market_data',
    description: 'Load the OHLCV history of every symbol in the validated request, all at once, and check its quality.',
    parameters: LoadMarketDataInputSchema,
    execute: (_input, context) => returningErrors(() => loadMarketDataInSession(context!, dependencies)),
  });
}
