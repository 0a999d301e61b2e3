import { DEFAULT_INTERVAL } from '../../tools/data/load_series.js';
import type { DateWindow } from '../../tools/dates/date_window.js';
import { EXHAUSTIVE_SEARCH_BUDGET, exhaustiveGrid, placeExhaustiveSearch, type ExhaustiveCombo, type ExhaustivePlace } from '../../tools/pipeline/exhaustive_search.js';
import type { QueuedSearch } from '../../tools/pipeline/queued_search.js';
import type { RequestSpec } from '../../tools/request/request_spec.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import type { OptimizeSweepRequest } from '../../queue/optimize_sweep_request.js';

/** Where this app runs the request's exhaustive search: the fleet counts only when BTP_REDIS_URL is set. */
export function placeRequestSearch(spec: RequestSpec, dependencies: ToolDependencies): { grid: ReturnType<typeof exhaustiveGrid>; place: ExhaustivePlace } {
  const grid = exhaustiveGrid(spec);
  return { grid, place: placeExhaustiveSearch(grid.candidates, { budget: EXHAUSTIVE_SEARCH_BUDGET, fleet: dependencies.redisUrl !== undefined }) };
}

/**
 * A combo as the `btp optimize --method grid` a worker runs for a detached sweep: the same window,
 * engine settings, targets and ranking as the request; the user's words become the experiment's query.
 */
function optimizeFlagsOf(spec: RequestSpec, window: DateWindow, combo: ExhaustiveCombo, requestText: string): OptimizeSweepRequest {
  return {
    symbol: combo.symbol, strategy: combo.strategy, from: window.start, to: window.end, interval: spec.interval ?? DEFAULT_INTERVAL, method: 'grid',
    target: Object.keys(spec.targets).length > 0 ? spec.targets : undefined, rankBy: spec.rank_by,
    feesBps: spec.fees_bps, slippageBps: spec.slippage_bps, capital: spec.initial_capital, allowShort: spec.allow_short, commandLine: requestText,
  };
}

/** Queues one detached optimisation sweep per strategy × symbol of the grid on the app's fleet. */
export async function queueExhaustiveSearch(
  spec: RequestSpec, window: DateWindow, combos: readonly ExhaustiveCombo[], requestText: string, redisUrl: string,
): Promise<QueuedSearch> {
  // Loaded on first use: a session that never queues never loads the queue client.
  const [{ queueLocationOf }, { detachSweeps }] = await Promise.all([import('../../queue/queue_location.js'), import('../../queue/detach_sweeps.js')]);
  const requests = combos.map((combo) => ({ ...optimizeFlagsOf(spec, window, combo, requestText) }));
  const sweeps = await detachSweeps(queueLocationOf(redisUrl), 'optimize', requests);
  return {
    candidates: combos.reduce((sum, combo) => sum + combo.candidates, 0), budget: EXHAUSTIVE_SEARCH_BUDGET,
    sweeps: combos.map((combo, index) => ({ ...combo, sweep: sweeps[index]!.id })),
  };
}
