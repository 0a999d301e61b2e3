import type { TradeRecord } from '../backtest/backtest_result.js';
import type { OutputKind } from '../request/request_spec.js';
import type { MarketDataSummary } from '../data/market_data_summary.js';
import type { MetricFormat } from '../risk/metric_descriptions.js';
import type { MetricKey, PerformanceMetrics } from '../risk/types.js';
import type { StrategyParams } from '../strategy/types.js';

/** A run of text, bold or not: what a sentence of the report is made of. */
export interface Span {
  text: string;
  strong?: boolean;
}

/** One table cell: the text people read, and the number and unit it was formatted from. */
export interface TableCell {
  text: string;
  value?: number | null;
  format?: MetricFormat;
  /** A cell that names the buy-and-hold baseline. */
  baseline?: boolean;
}

export interface TableColumn {
  key: string;
  label: string;
  align: 'left' | 'right';
  /** The column the table is ranked by. */
  highlighted?: boolean;
  /** What the column means (shown on hover in HTML). */
  description?: string;
  /** Part of the short table (Markdown, terminal); the HTML shows every column. */
  brief: boolean;
}

export interface ReportTable {
  columns: TableColumn[];
  rows: TableCell[][];
}

export type Block =
  /** Lines printed one under another (a paragraph per line in HTML). */
  | { kind: 'lines'; lines: Span[][] }
  | { kind: 'list'; items: Span[][] }
  | { kind: 'table'; table: ReportTable };

export type SectionId = 'summary' | 'ranking' | 'portfolio' | 'trade_offs' | 'optimization' | 'recommendation' | 'notes' | 'data';

export interface ReportSection {
  id: SectionId;
  title: string;
  blocks: Block[];
}

/** A time series thinned for display (extremes kept); `t` are dates or ISO timestamps. */
export interface TimeSeries {
  t: string[];
  v: number[];
}

export interface PriceOverlay {
  name: string;
  v: Array<number | null>;
}

export interface TradeMarker {
  t: string;
  price: number;
  kind: 'entry' | 'exit';
  side: 'long' | 'short';
}

/**
 * The price with the strategy's indicators and trades. Candles and overlays share `candles.t` (each
 * candle's last bar); the oscillator has its own times, thinned keeping its extremes (a level the
 * strategy crossed stays crossed on the chart); markers keep their own dates.
 */
export interface PriceChart {
  /** OHLC, `bars_per_candle` bars to a candle (1 unless the window is long). */
  candles: { t: string[]; o: number[]; h: number[]; l: number[]; c: number[]; bars_per_candle: number };
  overlays: PriceOverlay[];
  /** RSI, MACD or momentum in a panel of its own, with the levels the strategy acts at. */
  oscillator: { title: string; t: string[]; lines: PriceOverlay[]; levels: number[] } | null;
  markers: TradeMarker[];
}

/** Everything drawn for one strategy × symbol run. */
export interface RunCharts {
  /** Stable id: `BTC/sma_crossover` (unique within a report). */
  id: string;
  label: string;
  symbol: string;
  strategy: string;
  params: StrategyParams;
  baseline: boolean;
  rank: number;
  metrics: PerformanceMetrics;
  equity: TimeSeries;
  /** Underwater curve: equity / running peak − 1 (≤ 0). */
  drawdown: TimeSeries;
  /** The deepest point of the underwater curve, and the peak it fell from. */
  max_drawdown: { t: string; value: number; peak_t: string } | null;
  /** Calendar-month returns: [year, month 1-12, return]. */
  monthly_returns: Array<[number, number, number]>;
  yearly_returns: Array<[number, number]>;
  /** Histogram of per-bar returns: bin lower edges (equal width) and counts. */
  return_histogram: { edges: number[]; width: number; counts: number[] };
  price: PriceChart | null;
  trades: TradeRecord[];
}

export interface OptimizationCharts {
  /** The ranking metric (or search score) over two parameters, from the trial log. */
  heatmap: { x_param: string; y_param: string; metric: string; x_values: number[]; y_values: number[]; values: Array<Array<number | null>> } | null;
  /** The chosen parameters in sample and on the held-out part. */
  in_vs_out: { label: string; metrics: Array<{ metric: MetricKey; in_sample: number | null; out_of_sample: number | null }> } | null;
  walk_forward: {
    folds: Array<{ fold: number; label: string; in_sample: number | null; out_of_sample: number | null }>;
    metric: MetricKey;
    equity: TimeSeries | null;
  } | null;
}

/** What the equity and drawdown charts draw of one curve: a strategy run, or the portfolio. */
export type EquityCurveCharts = Pick<RunCharts, 'label' | 'baseline' | 'equity' | 'drawdown' | 'max_drawdown'>;

/** The portfolio run's views: its equity and underwater curves, the weights at each close, the correlations. */
export interface PortfolioCharts extends EquityCurveCharts {
  /** Each symbol's share of equity at each close (cash is the rest), thinned as the equity curve is. */
  weights: { t: string[]; series: Array<{ symbol: string; w: number[] }> };
  /** Pearson correlation of close-to-close returns; null where a symbol's returns never moved. */
  correlation: { symbols: string[]; matrix: Array<Array<number | null>> };
}

/**
 * The report as data: sections of text and tables (cells keep their numbers), chart series, notes,
 * warnings and provenance. Renderers (Markdown, terminal, HTML, SVG, PNG) only format it.
 */
export interface ReportDocument {
  version: 1;
  title: string;
  /** The one line under the title: window, fees, capital, ranking metric. */
  subtitle: string;
  sections: ReportSection[];
  warnings: string[];
  rank_by: MetricKey;
  /** The ranked rows with every metric, as the results hold them (the HTML table and its tests read these). */
  ranking: Array<{ rank: number; symbol: string; strategy: string; params: StrategyParams; baseline: boolean; metrics: PerformanceMetrics }>;
  runs: RunCharts[];
  optimization: OptimizationCharts | null;
  portfolio: PortfolioCharts | null;
  provenance: MarketDataSummary[];
  engine: Record<string, number | string | boolean> | null;
  /** Files the request asked for in words (`outputs` of the RequestSpec). */
  requested_outputs: OutputKind[];
  /** When the report was built from a saved experiment. */
  experiment_id: number | null;
  request: string | null;
}
