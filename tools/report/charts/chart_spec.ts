/** An ECharts option as plain JSON (no functions), so the same definition renders on the server and in the page. */
export type ChartOption = Record<string, unknown>;

export type ChartKind =
  | 'equity' | 'drawdown' | 'price' | 'monthly_returns' | 'yearly_returns' | 'return_distribution' | 'ranking'
  | 'parameter_heatmap' | 'in_vs_out' | 'walk_forward' | 'walk_forward_equity' | 'portfolio_weights' | 'correlation';

/** One chart of a report: where it belongs, its size, and its definition. */
export interface ChartSpec {
  /** Unique within a report and usable as a file name: `equity`, `drawdown-BTC-sma_crossover`. */
  id: string;
  kind: ChartKind;
  title: string;
  /** The run it draws, if one. */
  run?: string;
  width: number;
  height: number;
  option: ChartOption;
  /** Points and markers drawn (what the structure tests and the page's self-check count). */
  points: number;
}

export const PALETTE = ['#2f6fdf', '#e8833a', '#2ca25f', '#c23b5a', '#8a63d2', '#1fa3a3', '#b8860b', '#6b7280'];
export const GAIN_COLOR = '#2ca25f';
export const LOSS_COLOR = '#d64545';

/** Options every chart shares: no animation (the server draws one frame), transparent background, readable font. */
export function baseOption(title: string): ChartOption {
  return {
    animation: false,
    backgroundColor: 'transparent',
    color: PALETTE,
    textStyle: { fontFamily: 'DejaVu Sans, Helvetica, Arial, sans-serif' },
    title: { text: title, left: 8, top: 4, textStyle: { fontSize: 14 } },
  };
}

/** Rounds for display and JSON size; the tables keep full precision. */
export const round = (value: number, digits = 6) => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

/** A fraction as a percentage with two decimals (−0.1234 → −12.34). */
export const percent = (value: number) => Math.round(value * 10_000) / 100;
