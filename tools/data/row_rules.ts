/**
 * The rules every OHLCV row must meet before a backtest may use it. A row that breaks one is
 * `invalid_data` (naming file, line and rule) or, with `--drop-invalid` / BTP_DATA_INVALID=drop,
 * dropped and reported in the run's notes; never used silently.
 */
export type RowRule = 'positive_prices' | 'low_below_open_close' | 'high_above_open_close' | 'non_negative_volume' | 'increasing_time';

export const ROW_RULE_TEXT: Readonly<Record<RowRule, string>> = {
  positive_prices: 'open, high, low and close must be finite and > 0',
  low_below_open_close: 'low must be ≤ min(open, close)',
  high_above_open_close: 'high must be ≥ max(open, close)',
  non_negative_volume: 'volume must be ≥ 0',
  increasing_time: 'timestamps must be strictly increasing, without duplicates',
};

/** What to do with a row that breaks a rule. */
export type InvalidRowPolicy = 'error' | 'drop';

export const INVALID_ROW_POLICIES: readonly InvalidRowPolicy[] = ['error', 'drop'];

/** A row that broke a rule: 1-based physical line of the file, and the row's timestamp text. */
export interface InvalidRow {
  line: number;
  rule: RowRule;
  timestamp: string;
}

/** The first value rule one bar breaks, or undefined when it meets them all. */
export function brokenValueRule(open: number, high: number, low: number, close: number, volume: number): RowRule | undefined {
  if (!(open > 0 && high > 0 && low > 0 && close > 0) || !Number.isFinite(high)) return 'positive_prices';
  if (low > Math.min(open, close)) return 'low_below_open_close';
  if (high < Math.max(open, close)) return 'high_above_open_close';
  if (!(volume >= 0)) return 'non_negative_volume';
  return undefined;
}
