import type { PortfolioRunState } from '../portfolio/portfolio_from_spec.js';
import type { PortfolioResult } from '../portfolio/portfolio_result.js';

/**
 * What each symbol of the portfolio trades: null when all buy and hold, one strategy id when they
 * share it, else "BTC sma_crossover, ETH rsi_mean_reversion".
 */
export function portfolioTrading(strategies: PortfolioResult['portfolio']['strategies']): string | null {
  const names = Object.values(strategies).map((strategy) => strategy.name);
  if (names.every((name) => name === 'buy_and_hold')) return null;
  if (names.every((name) => name === names[0])) return names[0]!;
  return Object.entries(strategies).map(([symbol, strategy]) => `${symbol} ${strategy.name}`).join(', ');
}

/** "Portfolio 60% BTC, 40% ETH, rebalanced monthly": what the legend and the terminal chart call it. */
export function portfolioLabel(run: PortfolioRunState): string {
  const { weights, rebalance, strategies } = run.result.portfolio;
  const parts = Object.entries(weights).map(([symbol, weight]) => `${Number((weight * 100).toFixed(1))}% ${symbol}`);
  const trading = portfolioTrading(strategies);
  // Short enough for a chart legend: the per-symbol detail is in the Portfolio section.
  const shared = new Set(Object.values(strategies).map((choice) => choice.name)).size === 1;
  const strategy = trading === null ? '' : shared ? ` trading ${trading}` : ' (a strategy per symbol)';
  return `Portfolio ${parts.join(', ')}${strategy}, ${rebalance === 'none' ? 'never rebalanced' : `rebalanced ${rebalance}`}`;
}
