import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';

/** What a rule measures over a window of bars: its high, low, range, average. */
const PRICE_MEASURES = 'high|highs|low|lows|highest|lowest|top|bottom|range|ranges|max|maximum|min|minimum|average|mean|channel|extreme|extremes';

/** "the top of the last 30 days' range", "the high of the past 20 days", "the highest close of the last 55 days". */
const MEASURE_BEFORE = phrases(`${PRICE_MEASURES} of|over|in|across the|its`, `${PRICE_MEASURES} of|over|in|across`, `${PRICE_MEASURES} close|price of|over|in the`);

/** Words by which a rule compares the price with such a measure: "closes above", "breaks", "buy at". */
const COMPARING = ['above', 'below', 'over', 'under', 'beyond', 'than', 'at', 'breaks', 'break', 'breaking', 'crosses', 'cross', 'tags', 'touches', 'hits', 'new'];
const COMPARISON_REACH = 6;

/**
 * Whether "last|past N days" between `index` and `end` is the window of a trading rule ("closes above
 * the top of the last 30 days' range", "breaks the last 20 days high"), not the dates to run over:
 * a price measure beside it and a comparison shortly before it ("last 30 days high volatility" stays dates).
 */
export function isPriceWindow(tokens: readonly Token[], index: number, end: number): boolean {
  const sentence = tokens[index]?.sentence;
  const before = tokens.slice(Math.max(0, index - COMPARISON_REACH), index).filter((token) => token.sentence === sentence);
  if (!before.some((token) => isWord(token, ...COMPARING))) return false;
  if (isWord(tokens[end], ...PRICE_MEASURES.split('|'))) return true;
  for (let start = Math.max(0, index - 4); start < index; start++) {
    if (matchLongest(tokens, start, MEASURE_BEFORE)?.end === index) return true;
  }
  return false;
}
