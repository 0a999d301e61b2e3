import type { OhlcvSeries } from '../data/types.js';
import type { PortfolioCore } from './run_portfolio.js';

/** One close: each symbol's share of equity (units × close / E) and the cash share. */
export type WeightsRow = { t: string; cash: number } & Record<string, number | string>;

/**
 * The weights at every close in range, rebuilt from the fills (units change only at fills, so the
 * engine keeps no n × bars matrix): at the last close, the holdings before the final sale.
 */
export function weightsOverTime(
  seriesList: readonly OhlcvSeries[], core: PortfolioCore, symbols: readonly string[], timeOf: (bar: number) => string,
): WeightsRow[] {
  const { simulation, calendar, startBar, endBar } = core;
  const { fills } = simulation;
  const tradingFills = fills.length - simulation.liquidationFills;
  const units = new Float64Array(symbols.length);
  const rows: WeightsRow[] = [];
  let next = 0;
  for (let bar = startBar; bar <= endBar; bar++) {
    while (next < tradingFills && fills.bar[next] === bar) {
      units[fills.symbol[next]!] += fills.side[next]! * fills.units[next]!;
      next++;
    }
    const row: WeightsRow = { t: timeOf(bar), cash: 0 };
    let invested = 0;
    const values = symbols.map((_, symbol) => units[symbol]! * seriesList[symbol]!.close[calendar.indices[symbol]![bar]!]!);
    for (const value of values) invested += value;
    // Before the final sale the equity at the last close is cash + holdings, not the realised value.
    const equity = bar === endBar && simulation.liquidationFills > 0
      ? preLiquidationEquity(core, values)
      : simulation.equity[bar - startBar]!;
    symbols.forEach((symbol, at) => { row[symbol] = equity > 0 ? values[at]! / equity : 0; });
    row.cash = equity > 0 ? (equity - invested) / equity : 1;
    rows.push(row);
  }
  return rows;
}

/** Cash before the final sale plus the holdings at the last close. */
function preLiquidationEquity(core: PortfolioCore, values: readonly number[]): number {
  const { simulation } = core;
  const { fills } = simulation;
  let proceeds = 0;
  for (let at = fills.length - simulation.liquidationFills; at < fills.length; at++) {
    proceeds += fills.units[at]! * fills.price[at]! - fills.fee[at]!;
  }
  const cashBefore = simulation.equity[simulation.equity.length - 1]! - proceeds;
  return cashBefore + values.reduce((total, value) => total + value, 0);
}
