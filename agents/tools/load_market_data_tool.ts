import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { DEFAULT_INTERVAL } from '../../tools/data/load_series.js';
import { csvFolderSource } from '../../tools/data/source/csv_folder_source.js';
import { loadEach } from '../../tools/data/source/market_data_source.js';
import { summarizeMarketData, type MarketDataSummary } from '../../tools/data/market_data_summary.js';
import { BacktestPilotError } from '../../tools/errors.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { STATE, type ToolSession } from './session_state.js';
import { readState, writeState } from './state_key.js';
import { runSession } from './run_values.js';
import { marketDataForModel } from './model_view.js';
import { returningUnsummarized } from './tool_response.js';

export const LoadMarketDataInputSchema = z.object({});

/** Loads every requested symbol concurrently (the loader caches the columns) and records what was used. */
export async function loadMarketDataInSession(session: ToolSession, dependencies: ToolDependencies): Promise<{ market_data: MarketDataSummary[] }> {
  const spec = readState(session.state, STATE.spec);
  const validation = readState(session.state, STATE.validation);
  if (!spec || !validation?.ok) {
    throw new BacktestPilotError('step_out_of_order', 'the request has not been validated yet; run validate_request first');
  }
  const source = csvFolderSource({ dataDir: dependencies.dataDir, cacheDir: dependencies.cacheDir });
  const series = await loadEach(source, spec.symbols, spec.interval ?? DEFAULT_INTERVAL, validation.run_window);
  const marketData = series.map(summarizeMarketData);
  writeState(session.state, STATE.marketData, marketData);
  return { market_data: marketData };
}

export function createLoadMarketDataTool(dependencies: ToolDependencies): FunctionTool<typeof LoadMarketDataInputSchema> {
  return new FunctionTool({
    name: 'load_market_data',
    description: 'Load the OHLCV history of every symbol in the validated request, all at once, and check its quality.',
    parameters: LoadMarketDataInputSchema,
    execute: (_input, context) => returningUnsummarized(context, async () => ({ market_data: (await loadMarketDataInSession(runSession(context!), dependencies)).market_data.map(marketDataForModel) })),
  });
}
