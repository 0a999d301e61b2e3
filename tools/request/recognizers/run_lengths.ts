import type { RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { readCount, readUnit, trailingSpan, UNIT_DAYS, UNIT_MONTHS } from './dates.js';
import { matchSymbolAt } from './symbols.js';
import { strategyNameAt } from '../written_strategy_names.js';

/**
 * "give it 3 years", "run it over 18 months", "test it across 5 years of data": a length of time
 * handed to the run is the trailing window ending today, as "the past 3 years" is (dates.ts). Only
 * after a verb of running, opening a clause ("…, over 2 years") or right after the instrument a strategy
 * runs on ("sma on btc over 3 years"): "I've traded for 3 years",
 * "hold each trade for 3 months" and "a 3 year lookback" are lengths of other things.
 */
const RUN_LEADS = phrases(
  'give|giving it|this|that|them', 'give|giving the test|backtest|strategy',
  'run|test|backtest|try|check|do it|this|that|them|everything over|across|on|through|for',
  'run|test|backtest|try|check over|across|through',
);
const CLAUSE_LEADS = phrases('over|across');
const SPAN_ENDS = ['ending', 'ended', 'to', 'through', 'thru', 'till', 'until', 'up', 'before', 'leading'];
const DATA_TAILS = phrases('of data|history|prices|price data|backtesting', 'worth of data|history');

/** Where a run length's count starts: after a lead above, or after "over" opening a clause or following the instrument. */
function countStartAt(tokens: readonly Token[], index: number): number | undefined {
  const lead = matchLongest(tokens, index, RUN_LEADS);
  if (lead) return lead.end;
  const opensClause = index > 0 && isPunct(tokens[index - 1], ',', ';', '.');
  // Only after a strategy run on it: "I've traded btc over 3 years" tells how long, of the writer.
  const followsSymbol = index > 0 && matchSymbolAt(tokens, index - 1, { shouting: false, strong: true })?.end === index
    && tokens.slice(0, index - 1).some((token, at) => token.sentence === tokens[index]!.sentence && strategyNameAt(tokens, at) !== undefined);
  return opensClause || followsSymbol ? matchLongest(tokens, index, CLAUSE_LEADS)?.end : undefined;
}

export function readRunLength(tokens: readonly Token[], index: number, today: string): RecognizerMatch | undefined {
  const start = countStartAt(tokens, index);
  if (start === undefined) return undefined;
  // "give it a year", "over the next 2 years" is not a trailing window, so only "the" before a count.
  const countAt = isWord(tokens[start], 'the') ? start + 1 : start;
  const count = isWord(tokens[countAt], 'a', 'an') ? 1 : readCount(tokens[countAt]);
  const unit = readUnit(tokens[countAt + 1]);
  if (count === undefined || unit === undefined || !(Object.hasOwn(UNIT_MONTHS, unit) || Object.hasOwn(UNIT_DAYS, unit))) return undefined;
  // "over the fifteen years ending December 2024": a span back from the end it names (dates.ts), not from today.
  if (isWord(tokens[countAt + 2], ...SPAN_ENDS)) return undefined;
  const span = trailingSpan(unit, count, today);
  if (!span) return undefined;
  const end = matchLongest(tokens, countAt + 2, DATA_TAILS)?.end ?? countAt + 2;
  return { end, clauses: [{ kind: 'dates', start: span.start, end: span.end }] };
}
