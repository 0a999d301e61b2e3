import type { RebalanceSchedule } from '../portfolio/calendar_periods.js';
import type { PortfolioObjective } from '../portfolio/optimize/optimize_weights.js';
import type { MetricKey } from '../risk/types.js';
import type { WrittenNumber } from './parameter_slots.js';
import type { OutputKind, SearchKind, StrategyRequest, TargetOperator, Targets } from './request_spec.js';
import type { Token } from './tokenizer.js';
import type { DateWindow } from '../dates/date_window.js';
import type { UnsupportedRule } from './recognizers/trade_rules.js';

/** How a follow-up changes a list (symbols, strategies): replace it, add to it, remove from it. */
export type ListMode = 'replace' | 'add' | 'remove' | 'swap';

/** One fact a message states; `parseRequest` applies them to the conversation's spec in order. */
export type Clause =
  | { kind: 'symbol'; symbol: string }
  /** "both coins", "all three stocks": the symbols the conversation has named, when that many (conversation_symbols.ts). */
  | { kind: 'conversation_symbols'; count: number }
  /** "the first one only": the symbol at that place (1-based, the last -1) among those the conversation has named (conversation_symbols.ts). */
  | { kind: 'listed_symbol'; place: number; written: string }
  /** "flip it", "swap the windows" after "sma 50/20": each crossover's short and long windows exchanged (recognizers/flipped_windows.ts). */
  | { kind: 'flip_windows' }
  /** "double the lookback", "halve both of those": parameters multiplied by `factor`; all windows when `candidates` is absent (recognizers/scaled_parameters.ts). */
  | { kind: 'scale_params'; factor: number; candidates?: readonly string[]; written: string }
  /** "bring both bands 5 points closer to 50": lower up and upper down by `points` (the other way when negative). */
  | { kind: 'nudge_levels'; points: number; written: string }
  /** "double the fees", "halve the slippage": the conversation's costs multiplied. */
  | { kind: 'scale_costs'; factor: number; costs: readonly ('fees' | 'slippage')[]; written: string }
  /** "slippage same as the fees": `cost` takes the other cost's value as it stands (recognizers/matched_costs.ts). */
  | { kind: 'match_cost'; cost: 'fees' | 'slippage'; written: string }
  /** "try it with 2.5 instead of 2": the parameter whose value is `from` takes `to` (recognizers/replaced_numbers.ts). */
  | { kind: 'replace_value'; from: number; to: number }
  /** "drop the 1st strategy", "the second one only": the strategy at that place (1-based, the last -1) in the conversation's list (listed_strategies.ts). */
  | { kind: 'listed_strategy'; place: number; written: string }
  /** "both of those", "the three strategies": the strategies the conversation has named, when that many (conversation_strategies.ts). */
  | { kind: 'conversation_strategies'; count: number }
  /** "show both side by side", "the two together": the two symbols, or the two strategies, the conversation has named (both_references.ts). */
  | { kind: 'conversation_both'; tie?: 'strategies' }
  /** `name` is a strategy id, or the snake_case name of one we do not have ("ichimoku"). */
  /** `preset`: the values a name fixes by definition (a golden cross's 50/200), which the user did not write as numbers. */
  | { kind: 'strategy'; name: string; params?: Record<string, number>; preset?: Readonly<Record<string, number>> }
  /**
   * A named parameter ("short window 10"); `candidates` are the ids it may mean, best first.
   * `abbreviated`: desk shorthand ("lb=20") prefers none of them, so the nearest strategy with any one owns it.
   */
  | { kind: 'param'; candidates: readonly string[]; value: number; abbreviated?: true }
  /** A parameter's search range ("short window 10 to 50 step 10"): reported, since the spec cannot carry it (recognizers/parameter_ranges.ts). */
  /** `values`: the values listed to try ("lookback in {30, 60, 90}"), where no interval was written. */
  | { kind: 'param_range'; candidates: readonly string[]; min: number; max: number; step?: number; values?: readonly number[] }
  /** Values to compare for one parameter ("lookbacks of 20, 60 and 120"): the strategy runs once per value (parameter_values.ts). */
  | { kind: 'param_values'; candidates: readonly string[]; values: readonly number[] }
  /**
   * Unnamed numbers written apart from a strategy's name: for every strategy of the message ("SMA
   * and EMA, both 30/90", scope `each`), for the nearest one ("with windows 10 and 50", `nearest`),
   * or new numbers for the nearest that takes them, replacing its own ("now 20/50", `latest`).
   * `place`: for the strategy at that place in the conversation's list ("the second one 8/21"; 1-based, -1 the last).
   */
  | { kind: 'shared_params'; numbers: readonly WrittenNumber[]; scope: 'each' | 'nearest' | 'latest'; place?: number }
  /**
   * `openEnd`: "from 2019" ends today, unless the conversation already has an end ("now from 2020").
   * `context`: a market phase named by its year ("the 2022 bear market"), the window only when no
   * other is written (context_periods.ts).
   * `edge`: written as where the window starts ("since 2019", "from 2019", "after 2019") or ends
   * ("until 2022", "before 2022"), so a correction replaces just that edge (self_corrections.ts).
   * `restated`: said again as one range ("…, so all together from April to September 2022"), which
   * stands for the periods it covers (restated_periods.ts).
   * `aside`: said in a clause about someone's own life ("I've traded BNB since 2019"), told as part
   * of a story ("sold her bakery in 2022") or still to come ("next year"), so background beside one
   * other window (background_periods.ts).
   */
  | { kind: 'dates'; start?: string; end?: string; openEnd?: boolean; context?: string; edge?: 'start' | 'end'; restated?: boolean; aside?: BackgroundAside }
  /** A lookback written as a span of time ("a 1 year lookback"): refused with its readings in bars (span_parameters.ts). */
  | { kind: 'span_parameter'; written: string; months?: number; weeks?: number }
  /** A follow-up moving one edge of the window (or both: shifted_windows.ts) by whole months ("make it 2 years longer", "start a year earlier"): recognizers/window_changes.ts. */
  | { kind: 'window_change'; edge: 'start' | 'end' | 'both'; months: number; written: string }
  /** A follow-up keeping the first or last months of the window the conversation has ("just the last 6 months of that"): recognizers/window_parts.ts. */
  | { kind: 'window_part'; side: 'first' | 'last'; months: number; written: string }
  /** A follow-up widening a part-year window to its calendar year ("make it the full year"), the current one only up to `today`: recognizers/whole_years.ts. */
  | { kind: 'whole_year'; written: string; today: string }
  /** `ofStatedCapital`: an end balance for the amount just stated ("turn that into 15k"), the same return on it (restated_money_goals.ts). */
  | { kind: 'target'; metric: MetricKey; operator: TargetOperator; value: number; ofStatedCapital?: true }
  /** Drops one metric's target, or every target when `metric` is absent. */
  | { kind: 'clear_targets'; metric?: MetricKey }
  | { kind: 'optimize'; value: boolean }
  /** "try every combination": the exhaustive grid instead of the bounded search (recognizers/search.ts). */
  | { kind: 'search'; search: SearchKind }
  | { kind: 'rank_by'; metric: MetricKey }
  | { kind: 'fees'; bps: number }
  | { kind: 'slippage'; bps: number }
  | { kind: 'capital'; amount: number }
  /** `restInCash`: the message said where weights under 100 % go ("the rest in cash"). */
  | { kind: 'portfolio'; weights: Record<string, number> | null; restInCash?: true }
  | { kind: 'allow_short'; value: boolean }
  /** A bar interval as data files name it: `1h`, `4h`, `15m`, `1d`, `1w`. */
  | { kind: 'interval'; interval: string }
  /** Bars the data cannot have ("monthly bars", "1M candles"): the request is refused with bad_interval (unsupported_interval.ts). */
  | { kind: 'unsupported_interval'; written: string }
  /** A day the calendar lacks written in words ("the 31st of February 2021"): refused with bad_date (impossible_dates.ts), as "2021-02-31" is. */
  | { kind: 'impossible_date'; written: string }
  /** More numbers right after a strategy's name than it takes ("sma 10 20 30 40"): refused with bad_parameters (extra_numbers.ts). */
  | { kind: 'extra_numbers'; strategy: string; numbers: readonly WrittenNumber[] }
  /** An exit or sizing rule no strategy follows ("a 5% stop loss", "3x leverage"): refused with unsupported_rule (unsupported_rules.ts). */
  | { kind: 'unsupported_rule'; rule: UnsupportedRule; written: string; declined?: boolean }
  /** A metric we do not measure set as a target ("beta below 0.5"): refused with unknown_metric (unknown_metrics.ts). */
  | { kind: 'unknown_metric'; written: string }
  /**
   * `removed`: "skip the png" takes the output off the conversation's list. `replaces`: "switch the chart to
   * svg" takes these off it before adding the output (recognizers/swapped_outputs.ts).
   */
  | { kind: 'output'; output: OutputKind; removed?: true; replaces?: readonly OutputKind[] }
  /** Portfolio settings (recognizers/portfolio_settings.ts). */
  | { kind: 'rebalance'; schedule: RebalanceSchedule }
  /** `weak`: "max Sharpe" is a portfolio objective only beside a weights request or a portfolio. */
  | { kind: 'portfolio_objective'; objective: PortfolioObjective; weak: boolean }
  | { kind: 'weights_search' }
  | { kind: 'max_weight'; value: number }
  | { kind: 'max_volatility'; value: number }
  /**
   * "make it 50/50": weights for the portfolio's symbols in order. `orParameters`: written bare
   * ("now 80/20"), so with no portfolio in the conversation they are the strategy's numbers instead.
   * `favours`: "80/20 in favor of SPY": the largest weight is that holding's (portfolio_follow_ups.ts).
   */
  | { kind: 'portfolio_weights'; weights: number[]; restInCash?: true; orParameters?: readonly WrittenNumber[]; favours?: string }
  /** "add SOL at 20%": the others shrink pro rata to make room; `fundedBy`: "…, take it out of the BTC leg", that holding alone does. */
  /** `bare`: written without a percent sign ("take sol down to 10"), a weight only for a holding of the portfolio (kept_holding_weights.ts). */
  | { kind: 'portfolio_add'; symbol: string; weight: number; fundedBy?: string; bare?: true }
  /** "shift 10% from BTC into SOL": `weight` moves from one holding to another, the others keep theirs (recognizers/weight_shifts.ts). */
  | { kind: 'portfolio_shift'; from: string; to: string; weight: number }
  /**
   * "drop DOGE and give its 10% to BTC", "move doge's share to btc": a holding leaves and one named holding
   * takes its whole weight (handed_over_weights.ts). `from` absent: "its", the holding the message dropped;
   * `weight`: as the writer remembers it, which must be what it holds.
   */
  | { kind: 'portfolio_handover'; from?: string; to: string; weight?: number; alsoTo?: readonly string[] }
  /** "make it an even split", "equal weights": the conversation's symbols, weighted equally. */
  /** `count`: how many holdings the writer says share it ("weight all four equally"). */
  | { kind: 'portfolio_equal'; count?: number }
  /** "flip the weights", "reverse the split": the two holdings trade weights (recognizers/flipped_weights.ts). */
  | { kind: 'portfolio_flip'; written: string }
  /**
   * `oneKind`: a comparison word ("vs", "compare it with") changes only the kind of list it is
   * followed by, so in "RSI vs MACD on SOL" the symbol is not added to the earlier symbols.
   * `single`: the mode changes only the next list clause ("not SMA but RSI": RSI is kept).
   * `exclusive`: "only", "just": the list is what follows, even a listed strategy given new numbers.
   */
  | { kind: 'mode'; mode: ListMode; trailing: boolean; oneKind: boolean; single?: true; exclusive?: true }
  /** "with those same bands": a strategy named again keeps its earlier numbers beside the ones written (recognizers/same_settings.ts). */
  | { kind: 'keep_settings' }
  /** "sorry, no", "I mean": what follows replaces the same kind of thing before it (self_corrections.ts). */
  | { kind: 'correction'; written: string }
  /**
   * "0.2% fees, or rather 0.15%": a value with a unit right after a marker, the nearest setting before
   * it that takes such a value now has; `otherwise`: its reading where it corrects nothing (corrected_settings.ts).
   */
  | { kind: 'corrected_value'; value: number; unit: CorrectedUnit; otherwise: readonly Clause[] }
  /** "the settings from my first message", "go back to the first period": what the first message set (recalled_turns.ts). */
  | { kind: 'recalled_turn'; part: 'everything' | 'strategies' | 'window' | 'symbols' | 'preceding'; written: string }
  /**
   * "go back to 2" (`value`): the setting the previous message changed takes it; "switch back to the ema"
   * (no `value`): the strategy named next comes back with its earlier settings (recognizers/returns.ts).
   */
  | { kind: 'back_to'; value?: number; written: string }
  /** "keep the normal exit", "the period back to its default": the parameter's value set is dropped (defaulted_parameters.ts). */
  | { kind: 'default_param'; candidates: readonly string[]; written: string }
  /** "the second one was better, go back to that": the conversation as its `turn`-th message left it (recognizers/returned_runs.ts). */
  | { kind: 'returned_run'; turn: number; written: string }
  /** "revert the capital to what it was", "undo that": revert_settings.ts; `first`: to its value after the first message ("what I had originally"); `params`: only these of the strategies' numbers ("the std"). */
  | { kind: 'revert'; field: RevertField; written: string; first?: true; params?: string[] }
  | { kind: 'note'; text: string };

/**
 * Why a period may be background: `written` is how the message said it. `life`: said about someone
 * ("I've traded BNB since 2019"); `story`: told as what happened ("when the Nasdaq fell in 2022");
 * `life_story`: both ("since I panicked and sold in 2008"); `story_in_window`: told so beside a word
 * that may ask, so background only inside the window (recognizers/story_clauses.ts).
 */
export interface BackgroundAside {
  readonly written: string;
  readonly reason: 'life' | 'story' | 'life_story' | 'story_in_window' | 'of_interest' | 'future' | 'rejected';
}

/** How a corrected value was written: "0.15%", "8 bps", "$20k"; `plain` for a bare number ("make that 8"). */
export type CorrectedUnit = 'percent' | 'bps' | 'money' | 'plain';

/** The settings a follow-up may take back; `last_message` is the whole previous step, `first_message` every step after the first. */
export type RevertField = 'capital' | 'fees' | 'slippage' | 'window' | 'interval' | 'symbols' | 'targets' | 'parameters' | 'last_message' | 'first_message';

export interface RecognizerContext {
  /** `YYYY-MM-DD` that relative dates resolve against. */
  readonly today: string;
  /** The message is mostly upper case, so capitals say nothing about tickers. */
  readonly shouting: boolean;
  /** The targets before this message, which a follow-up may change by value alone (recognizers/targets.ts). */
  readonly earlier?: EarlierTargets;
  /** The conversation's window and bars before this message, which a follow-up's "Q3" or "H1" refers to (recognizers/dates.ts). */
  readonly conversation?: EarlierSettings;
}

/** What "narrow it down to Q3" narrows and what "same but H1" changes: the window, bar interval and strategies so far. */
export interface EarlierSettings {
  readonly window?: DateWindow;
  readonly interval?: string;
  /** What "double the lookback pls, 90 days feels twitchy" checks its remark against (scaled_parameters.ts). */
  readonly strategies?: readonly StrategyRequest[];
  /** The one parameter the previous message changed, alone: what "what about 3 instead" replaces (instead_numbers.ts). */
  readonly lastParameter?: readonly string[];
  /** The capital a message of the conversation stated, if one did: what "can it get to 5000" grows (recognizers/asked_balances.ts). */
  readonly capital?: number;
  /** The symbols so far: a held one judged ("ADA was bad, drop it") is no new list (recognizers/judged_holdings.ts). */
  readonly symbols?: readonly string[];
  /** The weights so far: what "the rest in eth" fills up to 100 % (recognizers/rest_of_weights.ts). */
  readonly portfolio?: Readonly<Record<string, number>> | null;
}

/** What "relax the Sortino to 1.2" and "make that at least 0.8" refer to. */
export interface EarlierTargets {
  readonly targets: Targets;
  /** The one metric the previous message set a target for, when it changed nothing else: what "that" names. */
  readonly lastChanged?: MetricKey;
}

export interface RecognizerMatch {
  /** Index just past the last token consumed. */
  end: number;
  clauses: Clause[];
}

/** Tries to read one construct starting exactly at `index`. */
export type Recognizer = (tokens: readonly Token[], index: number, context: RecognizerContext) => RecognizerMatch | undefined;
