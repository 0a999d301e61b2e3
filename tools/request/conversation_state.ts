import { DEFAULT_ENGINE_SETTINGS } from '../strategy/engine/types.js';
import type { MetricKey } from '../risk/types.js';
import type { DateWindow } from '../dates/date_window.js';
import type { OutputKind, RequestSpecInput, SearchKind, StrategyRequest, Targets } from './request_spec.js';
import type { PortfolioSettings } from './portfolio_follow_ups.js';

/** The spec as the conversation has built it so far; the baseline is added only when it becomes a spec. */
export interface ConversationState {
  symbols: string[];
  /** The strategies the user named, in order; never the automatic baseline. */
  strategies: StrategyRequest[];
  dateRange?: DateWindow;
  targets: Targets;
  /** True when asked to optimise, false when turned down ("no tuning, just run it"), which wins over targets; absent when unsaid. */
  optimizeAsked?: boolean;
  /** "try every combination": the exhaustive grid (it implies optimising). */
  search?: SearchKind;
  portfolio: Record<string, number> | null;
  /** How the portfolio runs (rebalance, objective, limits); kept while a portfolio is. */
  portfolioSettings: PortfolioSettings;
  feesBps: number;
  initialCapital: number;
  rankBy: MetricKey;
  slippageBps?: number;
  allowShort?: boolean;
  interval?: string;
  outputs: OutputKind[];
}

export const BASELINE_STRATEGY = 'buy_and_hold';

export function emptyConversation(): ConversationState {
  return {
    symbols: [],
    strategies: [],
    targets: {},
    portfolio: null,
    portfolioSettings: {},
    feesBps: DEFAULT_ENGINE_SETTINGS.feesBps,
    initialCapital: DEFAULT_ENGINE_SETTINGS.initialCapital,
    rankBy: 'sharpe_ratio',
    outputs: [],
  };
}

/**
 * The spec of a state. buy_and_hold runs in every request: as `{"baseline": true}` unless the user
 * asked for it, in which case it is their strategy like any other. It cannot be removed ("remove
 * the baseline" only earns a note), so every result can be compared with simply holding.
 */
export function toRequestSpec(state: ConversationState): RequestSpecInput {
  const userAskedForBaseline = state.strategies.some((strategy) => strategy.name === BASELINE_STRATEGY);
  const strategies = userAskedForBaseline ? state.strategies : [...state.strategies, { name: BASELINE_STRATEGY, baseline: true as const }];
  return {
    symbols: state.symbols,
    strategies,
    ...(state.dateRange ? { date_range: state.dateRange } : {}),
    targets: state.targets,
    optimization_required: state.search !== undefined || (state.optimizeAsked ?? Object.keys(state.targets).length > 0),
    ...(state.search === undefined ? {} : { search: state.search }),
    portfolio: state.portfolio ? { weights: state.portfolio, ...state.portfolioSettings } : null,
    fees_bps: state.feesBps,
    initial_capital: state.initialCapital,
    rank_by: state.rankBy,
    ...(state.slippageBps === undefined ? {} : { slippage_bps: state.slippageBps }),
    ...(state.allowShort === undefined ? {} : { allow_short: state.allowShort }),
    ...(state.interval === undefined ? {} : { interval: state.interval }),
    ...(state.outputs.length === 0 ? {} : { outputs: state.outputs }),
  };
}
