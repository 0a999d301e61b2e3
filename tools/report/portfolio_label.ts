import type { PortfolioRunState } from '../portfolio/portfolio_from_spec.js';
import type { PortfolioResult } from '../portfolio/portfolio_result.js';

export type PortfolioTrading =
  | { kind: 'hold' }
  | { kind: 'shared'; strategy: string }
  /** "BTC sma_crossover, ETH rsi_mean_reversion". */
  | { kind: 'per_symbol'; description: string };

/** What each symbol of the portfolio trades: all buy and hold, one strategy for all, or one each. */
export function portfolioTrading(strategies: PortfolioResult['portfolio']['strategies']): PortfolioTrading {
  const names = Object.values(strategies).map((strategy) => strategy.name);
  if (names.every((name) => name === 'buy_and_hold')) return { kind: 'hold' };
  if (names.every((name) => name === names[0])) return { kind: 'shared', strategy: names[0]! };
  return { kind: 'per_symbol', description: Object.entries(strategies).map(([symbol, strategy]) => `${symbol} ${strategy.name}`).join(', ') };
}

/** "Portfolio 60% BTC, 40% ETH, rebalanced monthly": what the legend and the terminal chart call it. */
export function portfolioLabel(run: PortfolioRunState): string {
  const { weights, rebalance, strategies } = run.result.portfolio;
  const parts = Object.entries(weights).map(([symbol, weight]) => `${Number((weight * 100).toFixed(1))}% ${symbol}`);
  const trading = portfolioTrading(strategies);
  // Short enough for a chart legend: the per-symbol detail is in the Portfolio section.
  const strategy = trading.kind === 'hold' ? '' : trading.kind === 'shared' ? ` trading ${trading.strategy}` : ' (a strategy per symbol)';
  return `Portfolio ${parts.join(', ')}${strategy}, ${rebalance === 'none' ? 'never rebalanced' : `rebalanced ${rebalance}`}`;
}
