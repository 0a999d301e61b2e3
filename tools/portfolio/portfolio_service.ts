import { resolveEngineSettings } from '../backtest/engine_settings.js';
import { BacktestPilotError } from '../errors.js';
import { csvFolderSource, DEFAULT_INTERVAL, loadEach } from '../data/index.js';
import type { OhlcvSeries } from '../data/types.js';
import { getStrategy, resolveStrategyParams } from '../strategy/registry.js';
import { optimizePortfolio, type PortfolioOptimizationResult } from './optimize/optimize_portfolio.js';
import { PortfolioOptimizationRequestSchema, type PortfolioOptimizationRequestInput } from './optimize/optimization_request.js';
import { parsePortfolioRequest, resolveWeights, type PortfolioRequest, type PortfolioRequestInput } from './portfolio_request.js';
import type { PortfolioResult } from './portfolio_result.js';
import { runPortfolio, type StrategyChoice } from './run_portfolio.js';

export interface PortfolioDataContext {
  dataDir: string;
  cacheDir?: string;
  riskFreeRate?: number;
}

/** Each symbol's strategy (its own, else the shared one, else buy and hold), checked before any data loads. */
function strategiesFor(symbols: readonly string[], request: Pick<PortfolioRequest, 'strategy' | 'strategies'>): StrategyChoice[] {
  const named = request.strategies ?? {};
  const canonical = (symbol: string) => symbol.toUpperCase();
  const unknown = Object.keys(named).filter((symbol) => !symbols.some((listed) => canonical(listed) === canonical(symbol)));
  if (unknown.length > 0) {
    throw new BacktestPilotError('bad_request', `strategies name ${unknown.join(', ')}, not in the portfolio; the symbols are ${symbols.join(', ')}`, { unknown_symbols: unknown });
  }
  return symbols.map((symbol) => {
    const own = Object.entries(named).find(([key]) => canonical(key) === canonical(symbol))?.[1];
    const choice = own ?? request.strategy ?? { name: 'buy_and_hold' };
    getStrategy(choice.name);
    resolveStrategyParams(choice.name, choice.params);
    return choice;
  });
}

async function loadPortfolioSeries(symbols: readonly string[], request: Pick<PortfolioRequest, 'interval' | 'start' | 'end'>, context: PortfolioDataContext): Promise<OhlcvSeries[]> {
  return loadEach(csvFolderSource(context), symbols, request.interval ?? DEFAULT_INTERVAL, { start: request.start, end: request.end });
}

/** Weights keyed by what the user typed (an alias such as "bitcoin") re-keyed by the loaded symbol. */
function weightsByLoadedSymbol(request: PortfolioRequest, seriesList: readonly OhlcvSeries[]): PortfolioRequest['weights'] {
  const { weights } = request;
  if (weights === undefined || Array.isArray(weights)) return weights;
  const typed = request.symbols.map((symbol) => symbol.toUpperCase());
  return Object.fromEntries(Object.entries(weights).map(([key, value]) => {
    const at = typed.indexOf(key.toUpperCase());
    return [at >= 0 ? seriesList[at]!.symbol : key, value];
  }));
}

/** `btp portfolio`: validates everything, loads the symbols, runs the portfolio. */
export async function backtestPortfolio(input: PortfolioRequestInput, context: PortfolioDataContext): Promise<PortfolioResult> {
  const request = parsePortfolioRequest(input);
  const settings = resolveEngineSettings(request);
  const strategies = strategiesFor(request.symbols, request);
  // Weights in symbol order are checked before anything loads; weights by name once aliases are resolved.
  if (Array.isArray(request.weights)) resolveWeights(request.symbols, request.weights);
  const seriesList = await loadPortfolioSeries(request.symbols, request, context);
  const weights = resolveWeights(seriesList.map((series) => series.symbol), weightsByLoadedSymbol(request, seriesList));
  return runPortfolio(seriesList, {
    weights, rebalance: request.rebalance, strategies, range: { start: request.start, end: request.end }, settings, riskFreeRate: context.riskFreeRate ?? 0,
  });
}

/** `btp portfolio optimize`: validates, loads, optimises on the in-sample part, tests on the rest. */
export async function optimizePortfolioWeights(input: PortfolioOptimizationRequestInput, context: PortfolioDataContext): Promise<PortfolioOptimizationResult> {
  const parsed = PortfolioOptimizationRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'request'}: ${issue.message}`);
    throw new BacktestPilotError('bad_request', `invalid portfolio optimisation request: ${issues.join('; ')}`, { issues });
  }
  const request = parsed.data;
  if (request.allow_short) throw new BacktestPilotError('bad_request', 'portfolios are long only; drop allow_short', { allow_short: true });
  const settings = resolveEngineSettings(request);
  const strategies = strategiesFor(request.symbols, request);
  const seriesList = await loadPortfolioSeries(request.symbols, request, context);
  const typed = request.symbols.map((symbol) => symbol.toUpperCase());
  const bounds = request.bounds && Object.fromEntries(Object.entries(request.bounds).map(([key, value]) => {
    const at = typed.indexOf(key.toUpperCase());
    return [at >= 0 ? seriesList[at]!.symbol : key, value] as const;
  }));
  return optimizePortfolio(seriesList, {
    objective: request.objective, maxWeight: request.max_weight, bounds, maxVolatility: request.max_volatility, holdout: request.holdout,
    range: { start: request.start, end: request.end }, rebalance: request.rebalance, strategies, settings, riskFreeRate: context.riskFreeRate ?? 0,
  });
}
