import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';

/** What a rule measures over a window of bars: its high, low, range, average. */
const PRICE_MEASURES = 'high|highs|low|lows|highest|lowest|top|bottom|range|ranges|max|maximum|min|minimum|average|mean|channel|extreme|extremes';

/** "the top of the last 30 days' range", "the high of the past 20 days", "the highest close of the last 55 days". */
const MEASURE_BEFORE = phrases(`${PRICE_MEASURES} of|over|in|across the|its`, `${PRICE_MEASURES} of|over|in|across`, `${PRICE_MEASURES} close|price of|over|in the`);

/**
 * "the average of the last 20 days": an average's window in bars is always a rule's, never the run's
 * period, so it needs no comparison ("the average of the last 3 years" may be a result asked for).
 */
const AVERAGE_BEFORE = phrases('average|mean of|over the', 'moving average|mean of|over the');
const AVERAGE_WINDOW_UNITS = ['days', 'bars', 'sessions', 'candles', 'closes'];

/** Words by which a rule compares the price with such a measure: "closes above", "breaks", "buy at". */
const COMPARING = ['above', 'below', 'over', 'under', 'beyond', 'than', 'at', 'breaks', 'break', 'breaking', 'crosses', 'cross', 'tags', 'touches', 'hits', 'new',
  // "sell when it falls to the lowest of the last 20 days": a fall to a low is met, not crossed.
  'falls', 'drops', 'reaches'];
const COMPARISON_REACH = 6;

/**
 * Whether "last|past N days" between `index` and `end` is the window of a trading rule ("closes above
 * the top of the last 30 days' range", "breaks the last 20 days high", "the average of the last 20 days"),
 * not the dates to run over: a price measure beside it and a comparison shortly before it ("last 30
 * days high volatility" stays dates), or an average's window in bars.
 */
export function isPriceWindow(tokens: readonly Token[], index: number, end: number): boolean {
  const averaged = [index - 3, index - 4].some((start) => start >= 0 && matchLongest(tokens, start, AVERAGE_BEFORE)?.end === index);
  if (averaged && isWord(tokens[end - 1], ...AVERAGE_WINDOW_UNITS)) return true;
  const sentence = tokens[index]?.sentence;
  const before = tokens.slice(Math.max(0, index - COMPARISON_REACH), index).filter((token) => token.sentence === sentence);
  if (!before.some((token) => isWord(token, ...COMPARING))) return false;
  if (isWord(tokens[end], ...PRICE_MEASURES.split('|'))) return true;
  for (let start = Math.max(0, index - 4); start < index; start++) {
    if (matchLongest(tokens, start, MEASURE_BEFORE)?.end === index) return true;
  }
  return false;
}
