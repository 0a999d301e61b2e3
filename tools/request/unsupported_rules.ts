import { BacktestPilotError } from '../errors.js';
import type { PlacedClause, ReadMessage } from './read_clauses.js';
import { readCombinedSignals } from './recognizers/combined_signals.js';
import type { UnsupportedRule } from './recognizers/trade_rules.js';

const EXIT_ONLY_ON_SIGNAL = 'each strategy exits only on its own signal';
/** For exits: what the user can ask for instead, which the optimiser does honour. */
const RISK_TARGET_INSTEAD = '; remove it to run the strategy as it is, or ask for a drawdown limit instead ("max drawdown under 20%"), which ranks and optimises by risk';

const TRADES_ON_SIGNALS = 'each strategy buys and sells on its own price signals';
const CALENDAR_INSTEAD = '; ask for a strategy over one window instead, e.g. "SMA crossover on SPY from 2015 to 2020"';

const WHY: Readonly<Record<UnsupportedRule, string>> = {
  stop_loss: `stop-loss exits are not supported: ${EXIT_ONLY_ON_SIGNAL}`,
  trailing_stop: `trailing stops are not supported: ${EXIT_ONLY_ON_SIGNAL}`,
  take_profit: `take-profit exits are not supported: ${EXIT_ONLY_ON_SIGNAL}`,
  leverage: 'leverage is not supported: every run trades its capital once, with no borrowing (1x)',
  position_size: 'position sizing is not supported: a strategy puts its whole capital into each trade',
  options: 'options are not supported: the data holds prices of the symbols themselves, not of their options',
  day_of_week: `day-of-week rules are not supported: ${TRADES_ON_SIGNALS}, never on a weekday`,
  seasonal: `seasonal (calendar) rules are not supported: ${TRADES_ON_SIGNALS}, never by month or season, and a run covers one unbroken window`,
  pairs_trading: 'pairs trading is not supported: each symbol is traded on its own signals, never long one and short another on their spread',
  partial_exit: 'selling part of a position is not supported: a strategy sells its whole position on its own sell signal',
  add_on_fall: 'adding to a position on a fall is not supported: a strategy buys once with its whole capital, on its own buy signal',
  add_on_rise: 'adding to a position as it rises (pyramiding) is not supported: a strategy buys once with its whole capital, on its own buy signal',
  combined_signals: 'combining two signals or filters into one rule is not supported: each strategy trades on its own signal alone',
};

const INSTEAD: Readonly<Record<UnsupportedRule, string>> = {
  stop_loss: RISK_TARGET_INSTEAD,
  trailing_stop: RISK_TARGET_INSTEAD,
  take_profit: RISK_TARGET_INSTEAD,
  leverage: '; remove it to run unleveraged',
  position_size: '; remove it to run with the whole capital, or split capital across symbols as a portfolio ("50% BTC 50% ETH")',
  options: '; ask for a strategy on the symbol itself instead, e.g. "SMA crossover on SPY"',
  day_of_week: CALENDAR_INSTEAD,
  seasonal: CALENDAR_INSTEAD,
  pairs_trading: '; ask for a strategy on each symbol instead, e.g. "momentum on ETH and BTC"',
  partial_exit: RISK_TARGET_INSTEAD,
  add_on_fall: '; remove it to run the strategy as it is, or compare it with buy and hold',
  add_on_rise: '; remove it to run the strategy as it is, or compare it with buy and hold',
  combined_signals: '; run each strategy separately instead and compare them, e.g. "compare RSI and SMA crossover on SPY"',
};

/**
 * A rule the strategies cannot follow is refused, never dropped: a run without the stop the user
 * asked for would look like an answer to the question and is not one. One the user turns down
 * (recognizers/declined_rules.ts) is what every run does anyway.
 */
export function checkUnsupportedRules(placed: readonly PlacedClause[]): BacktestPilotError | undefined {
  // "My friend made a killing using 3x leverage … no leverage for me": a rule the writer turns down is not asked for, wherever else it is told.
  const declined = new Set(placed.flatMap(({ clause }) => (clause.kind === 'unsupported_rule' && clause.declined ? [clause.rule] : [])));
  for (const { clause } of placed) {
    if (clause.kind !== 'unsupported_rule' || declined.has(clause.rule)) continue;
    return new BacktestPilotError('unsupported_rule', `${WHY[clause.rule]} ("${clause.written}")${INSTEAD[clause.rule]}`, { rule: clause.rule, written: clause.written });
  }
  return undefined;
}

/**
 * "buy when rsi is under 30 and price is above the 200 day sma": one signal gated by another is read on the
 * message's words (recognizers/combined_signals.ts), since each strategy named in it is also read on its own.
 */
export function checkCombinedSignals(read: ReadMessage): BacktestPilotError | undefined {
  const written = readCombinedSignals(read.tokens, { sentences: read.storySentences, indexes: read.declined });
  if (written === undefined) return undefined;
  const rule = 'combined_signals';
  return new BacktestPilotError('unsupported_rule', `${WHY[rule]} ("${written}")${INSTEAD[rule]}`, { rule, written });
}
