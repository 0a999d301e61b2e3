import { CRYPTO_SYMBOLS, SYMBOL_ALIASES } from '../data/symbol_aliases.js';
import { BacktestPilotError } from '../errors.js';
import type { ConversationState } from './conversation_state.js';
import { parameterSlotsOf } from './parameter_slots.js';
import type { PlacedClause } from './read_clauses.js';
import { trailingSpan } from './recognizers/dates.js';

const TRADING_DAYS_PER_MONTH = 21;
const CALENDAR_DAYS_PER_MONTH = 365 / 12;
const KNOWN_SYMBOLS: ReadonlySet<string> = new Set(Object.values(SYMBOL_ALIASES));

type Market = 'crypto' | 'exchange';

/** Coins trade every day, stocks and ETFs on trading days; a ticker we do not know says neither. */
function marketOf(symbol: string): Market | undefined {
  if (CRYPTO_SYMBOLS.has(symbol)) return 'crypto';
  return KNOWN_SYMBOLS.has(symbol) ? 'exchange' : undefined;
}

/**
 * "a 1 year lookback", "lookback of 6 months": a lookback counts daily bars, and a year is 252 of
 * them for a stock or ETF but 365 for a coin. When every symbol trades the same way the span
 * becomes that many bars (on every strategy with a lookback, said in a note); across both kinds,
 * or for a ticker we do not know, it is refused with both readings, never guessed or dropped.
 * With no strategy that has a lookback, a span in months or years is the test window instead.
 */
export function applySpanParameters(placed: readonly PlacedClause[], state: ConversationState, today: string): { notes: string[] } | BacktestPilotError {
  const notes: string[] = [];
  const namesDates = placed.some(({ clause }) => clause.kind === 'dates');
  for (const { clause } of placed) {
    if (clause.kind !== 'span_parameter') continue;
    const [trading, calendar] = clause.months !== undefined
      ? [Math.round(clause.months * TRADING_DAYS_PER_MONTH), Math.round(clause.months * CALENDAR_DAYS_PER_MONTH)]
      : [Math.round(clause.weeks! * 5), Math.round(clause.weeks! * 7)];
    const markets = new Set(state.symbols.map(marketOf));
    const market = markets.size === 1 ? [...markets][0] : undefined;
    const takers = state.strategies.filter((strategy) => parameterSlotsOf(strategy.name).some((slot) => slot.name === 'lookback'));
    // "golden cross on QQQ 3y lookback": with no strategy that has a lookback, a span of months or
    // years is how far back to test, the trailing window "the past 3 years" names. Not when the
    // message gives its own dates (then the span has nothing to be), nor in weeks, too short a test.
    const window = takers.length === 0 && clause.months !== undefined && !namesDates ? trailingSpan('month', clause.months, today) : undefined;
    if (window) {
      state.dateRange = window;
      notes.push(`read "${clause.written}" as the test window ${window.start} to ${window.end}: no strategy asked for has a lookback`);
      continue;
    }
    if (takers.length === 0) {
      return new BacktestPilotError('bad_parameters',
        `"${clause.written}": none of the strategies asked for (${state.strategies.map((strategy) => strategy.name).join(', ') || 'none yet'}) has a lookback; momentum has one, in bars`,
        { written: clause.written });
    }
    if (market === undefined) {
      return new BacktestPilotError('bad_parameters',
        `"${clause.written}": a lookback counts bars, and that span is ${trading} daily bars of a stock or ETF (trading days) but ${calendar} of a coin (every day); say which, e.g. "lookback ${trading}" or "lookback ${calendar}"`,
        { written: clause.written, trading_days: trading, calendar_days: calendar });
    }
    const bars = market === 'crypto' ? calendar : trading;
    for (const strategy of takers) strategy.params = { ...strategy.params, lookback: bars };
    notes.push(`read "${clause.written}" as lookback ${bars}: ${market === 'crypto' ? 'coins trade every day' : 'stocks and ETFs trade about 21 days a month'}`);
  }
  return { notes };
}
