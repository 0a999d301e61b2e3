import type { EngineSettings } from '../strategy/engine/types.js';
import { uninitializedFloat64Array, uninitializedInt8Array } from '../strategy/uninitialized_arrays.js';
import { BUY, FillLog, SELL } from './fill_log.js';

/** One symbol of a portfolio as the engine reads it: its full series and where the portfolio bars fall in it. */
export interface PortfolioAsset {
  readonly open: Float64Array;
  readonly close: Float64Array;
  /** The symbol's strategy targets over its full series (warm-up included); > 0 means long. */
  readonly targets: Int8Array;
  /** Series index of each portfolio calendar bar. */
  readonly index: Int32Array;
}

export interface PortfolioSimulationInput {
  readonly assets: readonly PortfolioAsset[];
  /** Target weight per asset, ≥ 0, summing to at most 1; the rest stays in cash. */
  readonly weights: Float64Array;
  /** First and last portfolio calendar bar in range, inclusive. */
  readonly startBar: number;
  readonly endBar: number;
  /** 1 where bar startBar + slot starts a new rebalance period (see rebalanceStarts). */
  readonly rebalanceStarts: Uint8Array;
  readonly settings: EngineSettings;
}

export interface PortfolioSimulation {
  /** E_k at each close in range; the last value is realised (every position sold at the last close). */
  equity: Float64Array;
  /** 1 where any position was held at the close, else 0 (exposure). */
  position: Int8Array;
  /** Fills in time order; the last `liquidationFills` of them are the final sale at the last close. */
  fills: FillLog;
  liquidationFills: number;
  /** Round trips per symbol (flat to flat): net cash received minus cash spent, fees included. */
  roundTrips: { pnl: number }[];
  /** Per asset: everything its sales brought in minus everything its buys cost. */
  netCashFlow: Float64Array;
  feesPaid: number;
  /** Σ units × fill price over every fill. */
  tradedValue: number;
  /** Scheduled rebalances that fired after the first allocation. */
  rebalances: number;
}

/**
 * The portfolio engine: shared cash, target weights, a rebalance schedule and per-symbol
 * strategies, in one pass over the portfolio calendar. The rules are the README's "Portfolio
 * semantics", stated once here:
 *
 * - A trade at bar k is decided at the close of bar k−1 and filled at bar k's open (`next_open`),
 *   or decided and filled at bar k's close (`close`). The first fill bar is the first bar in
 *   range, or the second when `next_open` has no portfolio bar before the range.
 * - Symbol i's target weight is w_i while its strategy targets long at the decision bar, else 0.
 * - At the first fill bar and whenever the schedule starts a new period, every symbol goes to its
 *   target; between those, only symbols whose target weight changed since the previous decision.
 * - V = cash + Σ units·price; d_i = target_i·V. Sells first in the given order (sell down to d_i
 *   at price·(1−s), receiving value·(1−f)), then buys in the same order (up to d_i at
 *   price·(1+s), paying value·(1+f)), a buy that would cost more than the cash taking only the cash.
 * - E_k = cash + Σ units·close at every close in range; at the last close every position is sold
 *   with slippage and fee.
 */
export function simulatePortfolio(input: PortfolioSimulationInput): PortfolioSimulation {
  const { assets, weights, startBar, endBar, rebalanceStarts, settings } = input;
  const count = assets.length;
  const feeRate = settings.feesBps / 10_000;
  const slippageRate = settings.slippageBps / 10_000;
  const nextOpen = settings.fill === 'next_open';
  const decisionLag = nextOpen ? 1 : 0;
  const bars = endBar - startBar + 1;
  const firstFillBar = nextOpen && startBar === 0 ? 1 : startBar;

  const equity = uninitializedFloat64Array(bars);
  const position = uninitializedInt8Array(bars);
  const fills = new FillLog();
  const roundTrips: { pnl: number }[] = [];
  const units = new Float64Array(count);
  const netCashFlow = new Float64Array(count);
  // Cash spent and received since the symbol was last flat: one round trip's P&L when it closes.
  const tripCost = new Float64Array(count);
  const tripProceeds = new Float64Array(count);
  const target = new Float64Array(count);
  const previousTarget = new Float64Array(count);
  const trades = new Uint8Array(count);
  let cash = settings.initialCapital;
  let feesPaid = 0;
  let tradedValue = 0;
  let rebalances = 0;

  for (let bar = startBar; bar <= endBar; bar++) {
    if (bar >= firstFillBar) {
      const decisionBar = bar - decisionLag;
      const everySymbol = bar === firstFillBar || rebalanceStarts[bar - startBar] === 1;
      if (everySymbol && bar !== firstFillBar) rebalances++;
      let anyTrade = everySymbol;
      for (let symbol = 0; symbol < count; symbol++) {
        const asset = assets[symbol]!;
        const weight = asset.targets[asset.index[decisionBar]!]! > 0 ? weights[symbol]! : 0;
        target[symbol] = weight;
        const changed = weight !== previousTarget[symbol];
        trades[symbol] = everySymbol || changed ? 1 : 0;
        if (changed) anyTrade = true;
        previousTarget[symbol] = weight;
      }
      if (anyTrade) {
        let value = cash;
        for (let symbol = 0; symbol < count; symbol++) {
          const asset = assets[symbol]!;
          const price = nextOpen ? asset.open[asset.index[bar]!]! : asset.close[asset.index[bar]!]!;
          value += units[symbol]! * price;
        }
        for (let symbol = 0; symbol < count; symbol++) {
          if (trades[symbol] === 0) continue;
          const asset = assets[symbol]!;
          const price = nextOpen ? asset.open[asset.index[bar]!]! : asset.close[asset.index[bar]!]!;
          const desired = target[symbol]! * value;
          const held = units[symbol]!;
          if (!(held * price > desired)) continue;
          const keep = desired > 0 ? desired / price : 0;
          const sold = held - keep;
          const fillPrice = price * (1 - slippageRate);
          const proceeds = sold * fillPrice * (1 - feeRate);
          const fee = sold * fillPrice * feeRate;
          cash += proceeds;
          units[symbol] = keep;
          netCashFlow[symbol] += proceeds;
          tripProceeds[symbol] += proceeds;
          feesPaid += fee;
          tradedValue += sold * fillPrice;
          fills.push(bar, symbol, SELL, sold, fillPrice, fee);
          if (keep === 0) {
            roundTrips.push({ pnl: tripProceeds[symbol]! - tripCost[symbol]! });
            tripProceeds[symbol] = 0;
            tripCost[symbol] = 0;
          }
        }
        for (let symbol = 0; symbol < count; symbol++) {
          if (trades[symbol] === 0) continue;
          const asset = assets[symbol]!;
          const price = nextOpen ? asset.open[asset.index[bar]!]! : asset.close[asset.index[bar]!]!;
          const desired = target[symbol]! * value;
          const held = units[symbol]!;
          if (!(desired > held * price) || !(cash > 0)) continue;
          const fillPrice = price * (1 + slippageRate);
          let bought = (desired - held * price) / price;
          let cost = bought * fillPrice * (1 + feeRate);
          // A cost within rounding of the cash spends all of it, as the single-asset all-in entry does.
          if (cost >= cash * (1 - CASH_ROUNDING)) {
            bought = cash / (fillPrice * (1 + feeRate));
            cost = cash;
            cash = 0;
          } else {
            cash -= cost;
          }
          const fee = bought * fillPrice * feeRate;
          units[symbol] = held + bought;
          netCashFlow[symbol] -= cost;
          tripCost[symbol] += cost;
          feesPaid += fee;
          tradedValue += bought * fillPrice;
          fills.push(bar, symbol, BUY, bought, fillPrice, fee);
        }
      }
    }
    let marked = cash;
    let invested = 0;
    for (let symbol = 0; symbol < count; symbol++) {
      const held = units[symbol]!;
      if (held === 0) continue;
      const asset = assets[symbol]!;
      marked += held * asset.close[asset.index[bar]!]!;
      invested = 1;
    }
    equity[bar - startBar] = marked;
    position[bar - startBar] = invested;
  }

  const liquidationStart = fills.length;
  for (let symbol = 0; symbol < count; symbol++) {
    const held = units[symbol]!;
    if (held === 0) continue;
    const asset = assets[symbol]!;
    const fillPrice = asset.close[asset.index[endBar]!]! * (1 - slippageRate);
    const proceeds = held * fillPrice * (1 - feeRate);
    const fee = held * fillPrice * feeRate;
    cash += proceeds;
    units[symbol] = 0;
    netCashFlow[symbol] += proceeds;
    feesPaid += fee;
    tradedValue += held * fillPrice;
    fills.push(endBar, symbol, SELL, held, fillPrice, fee);
    roundTrips.push({ pnl: tripProceeds[symbol]! + proceeds - tripCost[symbol]! });
  }
  if (fills.length > liquidationStart) equity[bars - 1] = cash;

  return {
    equity, position, fills, liquidationFills: fills.length - liquidationStart, roundTrips, netCashFlow, feesPaid, tradedValue, rebalances,
  };
}

/** Relative slack under which a buy's cost counts as all the cash (float rounding of d_i/o_i·o_i). */
const CASH_ROUNDING = 1e-12;
