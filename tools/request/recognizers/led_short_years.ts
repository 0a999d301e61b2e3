import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord } from '../token_matchers.js';
import { recognizeDates } from './dates.js';

/**
 * "spy golden cross since 95", "from 05 to 10", "btc sma in 21": two bare digits where a year is
 * expected are that year, as "'95" is: up to this year's two digits they are 20xx (05 → 2005, 21 →
 * 2021), from 50 they are 19xx (95 → 1995); the rest (30–49 today) are no year and stay unread.
 * "since" always leads a date; "from" only a range to a second short year, and "in" only a number that
 * ends the clause, so "lower from 20 to 30" (out of order) and "in 20 days" keep their readings.
 */
const RANGE_LINKS = ['to', 'through', 'thru', 'until', 'till', '-'];
const COUNTED_AFTER: ReadonlySet<string> = new Set(['%', 'percent', 'pct', 'bps', 'bp', 'k', 'x', 'day', 'days', 'bar', 'bars', 'd', 'h', 'period', 'periods',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'trades', 'trade', 'times', 'dollars', 'bucks', 'usd', 'and', '/', '.']);

/** "short from 10 to 20", "try windows from 10 to 30": after these a range is a sweep of a setting, not years. */
const SETTING_WORDS: ReadonlySet<string> = new Set(['short', 'long', 'fast', 'slow', 'period', 'periods', 'lookback', 'window', 'windows', 'lower', 'upper', 'level',
  'levels', 'length', 'signal', 'threshold', 'sma', 'ema', 'ma', 'rsi', 'macd', 'try', 'test', 'vary', 'varying', 'values', 'sweep', 'lengths', 'band', 'bands', 'exit', 'entry', 'anywhere', 'go', 'goes', 'ranging', 'range']);

function yearOf(token: Token | undefined, today: string): number | undefined {
  if (!isNumber(token) || !/^\d{2}$/.test(token.text)) return undefined;
  const thisYear = Number(today.slice(2, 4));
  if (token.value <= thisYear) return 2000 + token.value;
  return token.value >= 50 ? 1900 + token.value : undefined;
}

function endsClause(token: Token | undefined): boolean {
  return token === undefined || isPunct(token, ',', ';', '.', '!', '?', ')') || !COUNTED_AFTER.has(token.norm);
}

function asYear(token: Token, year: number): Token {
  return { ...token, text: String(year), norm: String(year), value: year };
}

export const recognizeLedShortYear: Recognizer = (tokens, index, context) => {
  const lead = tokens[index];
  // "since" leads a date even after a strategy's numbers ("donchian 30/15 since 21"); "20 in 21" or "5 from 10" may be counts.
  if (!isWord(lead, 'since', 'from', 'in') || (isNumber(tokens[index - 1]) && !isWord(lead, 'since'))) return undefined;
  if (isWord(lead, 'from') && SETTING_WORDS.has(tokens[index - 1]?.norm ?? '')) return undefined;
  const first = yearOf(tokens[index + 1], context.today);
  if (first === undefined) return undefined;
  const rewritten = [...tokens];
  rewritten[index + 1] = asYear(tokens[index + 1]!, first);
  let after = index + 2;
  const linked = isWord(tokens[after], ...RANGE_LINKS) || isPunct(tokens[after], '-');
  const second = linked ? yearOf(tokens[after + 1], context.today) : undefined;
  if (second !== undefined && second > first) {
    rewritten[after + 1] = asYear(tokens[after + 1]!, second);
    after += 2;
  } else if (isWord(lead, 'from') || (isWord(lead, 'in') && !(tokens[after] === undefined || isPunct(tokens[after], ',', ';', '.', '!', '?')))) {
    return undefined;
  }
  if (!endsClause(tokens[after])) return undefined;
  const match = recognizeDates(rewritten, index, context);
  return match && match.end <= after ? match : undefined;
};
