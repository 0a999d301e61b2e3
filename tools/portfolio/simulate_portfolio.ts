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
  const nextOpen = settings.fill === 'next_open';
  const decisionLag = nextOpen ? 1 : 0;
  const bars = endBar - startBar + 1;
  const firstFillBar = nextOpen && startBar === 0 ? 1 : startBar;
  const book = new PortfolioBook(assets, weights, settings);
  const equity = uninitializedFloat64Array(bars);
  const position = uninitializedInt8Array(bars);
  const { units, target, previousTarget, trades } = book;
  const events = tradeBars(input, firstFillBar, decisionLag);
  let rebalances = 0;

  // Holdings change only at trade bars: between two of them every symbol's units are fixed, so
  // each stretch's equity is marked symbol by symbol (one stream of closes at a time, in the same
  // order of additions as a bar-by-bar sum: cash, then each held symbol in the given order).
  let bar = startBar;
  while (bar <= endBar) {
    if (bar >= firstFillBar && events[bar - startBar] === 1) {
      const decisionBar = bar - decisionLag;
      const everySymbol = bar === firstFillBar || rebalanceStarts[bar - startBar] === 1;
      if (everySymbol && bar !== firstFillBar) rebalances++;
      for (let symbol = 0; symbol < count; symbol++) {
        const asset = assets[symbol]!;
        const weight = asset.targets[asset.index[decisionBar]!]! > 0 ? weights[symbol]! : 0;
        target[symbol] = weight;
        trades[symbol] = everySymbol || weight !== previousTarget[symbol] ? 1 : 0;
        previousTarget[symbol] = weight;
      }
      book.trade(bar, nextOpen);
    }
    let stretchEnd = bar + 1;
    while (stretchEnd <= endBar && events[stretchEnd - startBar] === 0) stretchEnd++;
    const from = bar - startBar;
    const to = stretchEnd - startBar;
    equity.fill(book.cash, from, to);
    let invested = 0;
    for (let symbol = 0; symbol < count; symbol++) {
      const held = units[symbol]!;
      if (held === 0) continue;
      invested = 1;
      const { close, index } = assets[symbol]!;
      for (let slot = from; slot < to; slot++) equity[slot] += held * close[index[slot + startBar]!]!;
    }
    position.fill(invested, from, to);
    bar = stretchEnd;
  }

  const liquidationStart = book.fills.length;
  book.liquidate(endBar);
  if (book.fills.length > liquidationStart) equity[bars - 1] = book.cash;
  return {
    equity, position, fills: book.fills, liquidationFills: book.fills.length - liquidationStart, roundTrips: book.roundTrips,
    netCashFlow: book.netCashFlow, feesPaid: book.feesPaid, tradedValue: book.tradedValue, rebalances,
  };
}

/**
 * 1 at each bar in range where something may trade: the first fill bar, each scheduled rebalance,
 * and each bar where some symbol's target (long or not) differs from the decision before. One
 * sequential pass per symbol over its targets.
 */
function tradeBars(input: PortfolioSimulationInput, firstFillBar: number, decisionLag: number): Uint8Array {
  const { assets, startBar, endBar, rebalanceStarts } = input;
  const events = Uint8Array.from(rebalanceStarts);
  if (firstFillBar > endBar) return new Uint8Array(events.length);
  for (let slot = 0; slot < firstFillBar - startBar; slot++) events[slot] = 0;
  events[firstFillBar - startBar] = 1;
  for (const { targets, index } of assets) {
    let previous = targets[index[firstFillBar - decisionLag]!]! > 0;
    for (let bar = firstFillBar + 1; bar <= endBar; bar++) {
      const long = targets[index[bar - decisionLag]!]! > 0;
      if (long !== previous) events[bar - startBar] = 1;
      previous = long;
    }
  }
  return events;
}

/**
 * The cash, holdings and ledgers of a run, and the fills that change them; kept apart from the
 * per-bar loop so that loop stays small enough for the JIT to keep tight.
 */
class PortfolioBook {
  cash: number;
  feesPaid = 0;
  tradedValue = 0;
  readonly fills = new FillLog();
  readonly roundTrips: { pnl: number }[] = [];
  readonly units: Float64Array;
  readonly netCashFlow: Float64Array;
  readonly target: Float64Array;
  readonly previousTarget: Float64Array;
  /** 1 for the symbols that trade at this bar. */
  readonly trades: Uint8Array;
  // Cash spent and received since the symbol was last flat: one round trip's P&L when it closes.
  private readonly tripCost: Float64Array;
  private readonly tripProceeds: Float64Array;
  private readonly feeRate: number;
  private readonly slippageRate: number;

  constructor(private readonly assets: readonly PortfolioAsset[], weights: Float64Array, settings: EngineSettings) {
    const count = weights.length;
    this.cash = settings.initialCapital;
    this.feeRate = settings.feesBps / 10_000;
    this.slippageRate = settings.slippageBps / 10_000;
    this.units = new Float64Array(count);
    this.netCashFlow = new Float64Array(count);
    this.target = new Float64Array(count);
    this.previousTarget = new Float64Array(count);
    this.trades = new Uint8Array(count);
    this.tripCost = new Float64Array(count);
    this.tripProceeds = new Float64Array(count);
  }

  /** Brings the symbols marked in `trades` to `target` × V at bar's open (or close): sells, then buys. */
  trade(bar: number, atOpen: boolean): void {
    const { assets, units, target, trades, feeRate, slippageRate } = this;
    const count = assets.length;
    const priceOf = (symbol: number) => {
      const asset = assets[symbol]!;
      return atOpen ? asset.open[asset.index[bar]!]! : asset.close[asset.index[bar]!]!;
    };
    let value = this.cash;
    for (let symbol = 0; symbol < count; symbol++) if (units[symbol] !== 0) value += units[symbol]! * priceOf(symbol);
    for (let symbol = 0; symbol < count; symbol++) {
      if (trades[symbol] === 0) continue;
      const price = priceOf(symbol);
      const desired = target[symbol]! * value;
      const held = units[symbol]!;
      if (!(held * price > desired)) continue;
      const keep = desired > 0 ? desired / price : 0;
      const sold = held - keep;
      const fillPrice = price * (1 - slippageRate);
      const proceeds = sold * fillPrice * (1 - feeRate);
      const fee = sold * fillPrice * feeRate;
      this.cash += proceeds;
      units[symbol] = keep;
      this.netCashFlow[symbol] += proceeds;
      this.tripProceeds[symbol] += proceeds;
      this.feesPaid += fee;
      this.tradedValue += sold * fillPrice;
      this.fills.push(bar, symbol, SELL, sold, fillPrice, fee);
      if (keep === 0) this.closeTrip(symbol, 0);
    }
    for (let symbol = 0; symbol < count; symbol++) {
      if (trades[symbol] === 0) continue;
      const price = priceOf(symbol);
      const desired = target[symbol]! * value;
      const held = units[symbol]!;
      if (!(desired > held * price) || !(this.cash > 0)) continue;
      const fillPrice = price * (1 + slippageRate);
      let bought = (desired - held * price) / price;
      let cost = bought * fillPrice * (1 + feeRate);
      // A cost within rounding of the cash spends all of it, as the single-asset all-in entry does.
      if (cost >= this.cash * (1 - CASH_ROUNDING)) {
        bought = this.cash / (fillPrice * (1 + feeRate));
        cost = this.cash;
        this.cash = 0;
      } else {
        this.cash -= cost;
      }
      const fee = bought * fillPrice * feeRate;
      units[symbol] = held + bought;
      this.netCashFlow[symbol] -= cost;
      this.tripCost[symbol] += cost;
      this.feesPaid += fee;
      this.tradedValue += bought * fillPrice;
      this.fills.push(bar, symbol, BUY, bought, fillPrice, fee);
    }
  }

  /** Sells every position at bar's close, with slippage and fee. */
  liquidate(bar: number): void {
    const { assets, units, feeRate, slippageRate } = this;
    for (let symbol = 0; symbol < assets.length; symbol++) {
      const held = units[symbol]!;
      if (held === 0) continue;
      const asset = assets[symbol]!;
      const fillPrice = asset.close[asset.index[bar]!]! * (1 - slippageRate);
      const proceeds = held * fillPrice * (1 - feeRate);
      const fee = held * fillPrice * feeRate;
      this.cash += proceeds;
      units[symbol] = 0;
      this.netCashFlow[symbol] += proceeds;
      this.feesPaid += fee;
      this.tradedValue += held * fillPrice;
      this.fills.push(bar, symbol, SELL, held, fillPrice, fee);
      this.closeTrip(symbol, proceeds);
    }
  }

  private closeTrip(symbol: number, finalProceeds: number): void {
    this.roundTrips.push({ pnl: this.tripProceeds[symbol]! + finalProceeds - this.tripCost[symbol]! });
    this.tripProceeds[symbol] = 0;
    this.tripCost[symbol] = 0;
  }
}

/** Relative slack under which a buy's cost counts as all the cash (float rounding of d_i/o_i·o_i). */
const CASH_ROUNDING = 1e-12;
