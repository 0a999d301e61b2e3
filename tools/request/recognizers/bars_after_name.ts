import type { Token } from '../tokenizer.js';
import { isNumber, isWord } from '../token_matchers.js';
import { startsStrategyName } from './strategies.js';

const BAR_ADVERBS = ['hourly', 'daily', 'weekly', 'monthly'];
const BAR_NOUNS = ['bar', 'bars', 'candle', 'candles', 'chart', 'charts', 'tf', 'timeframe'];
/** A remark on the bars after them: "Dot on the weekly chart looks weird" talks of a chart, it asks nothing of the name. */
const REMARK_VERBS = ['looks', 'look', 'looked', 'seems', 'seem', 'is', 'was', 'are', 'were', 'has', 'had'];

/** Past an interval written as a number and its unit ("sol 1h rsi", "eth 4h macd"), else `index`. */
export function pastBarInterval(tokens: readonly Token[], index: number): number {
  const unit = tokens[index + 1];
  return isNumber(tokens[index]) && unit?.joined && isWord(unit, 'm', 'h', 'd', 'w') ? index + 2 : index;
}

/**
 * "sol on weekly candles", "gold on the daily", "link weekly rsi": bars straight after the name that
 * opens a terse request say it is what runs on them. Without "on", a bar noun or a strategy must
 * follow, so "ada weekly meeting notes" stays words; a remark on the bars ("Dot on the weekly chart
 * looks weird") leaves the name a word.
 */
export function putsNameOnBars(tokens: readonly Token[], index: number): boolean {
  const on = isWord(tokens[index], 'on');
  const barsAt = on && isWord(tokens[index + 1], 'the') ? index + 2 : on ? index + 1 : index;
  const sized = pastBarInterval(tokens, barsAt);
  const end = isWord(tokens[barsAt], ...BAR_ADVERBS) ? barsAt + 1 : sized > barsAt ? sized : undefined;
  if (end === undefined) return false;
  const afterBars = isWord(tokens[end], ...BAR_NOUNS) ? end + 1 : end;
  if (isWord(tokens[afterBars], ...REMARK_VERBS)) return false;
  return on || isWord(tokens[end], ...BAR_NOUNS) || startsStrategyName(tokens, end);
}
