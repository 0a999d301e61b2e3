import type { Token } from '../tokenizer.js';
import { isNumber, isWord } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { startsDate } from './dates.js';
import { buysRecurringSumInSentence } from './recurring_buys.js';
import { matchSymbolAt } from './symbols.js';

/**
 * "gld mom lb 26 wkly 2006-2016", "spy rsi weekly 2015-2020": "weekly" alone, in the slot of a terse
 * request where the bars go (after a setting, symbol or strategy, or before a date or strategy), asks
 * for weekly bars. Read so the request is refused for bars the data lacks, never run on daily ones with
 * the word ignored. Where a sum is bought again and again ("dca into btc weekly") it is how often, and
 * elsewhere ("check signals weekly") it stays unread.
 */
/** Verbs of doing again and again: in their sentence "weekly" may say how often ("dca into btc weekly", "rebalance … weekly"). */
const RECURRING_VERBS = ['dca', 'buy', 'buys', 'buying', 'invest', 'invests', 'investing', 'add', 'adding', 'deposit', 'deposits', 'contribute', 'contributing',
  // "rebalance btc 60 eth 40 weekly": how often the weights are restored, not the bars.
  'rebalance', 'rebalanced', 'rebalancing', 'rebal'];

function buysAgainInSentence(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]!.sentence;
  return buysRecurringSumInSentence(tokens, index) || tokens.some((token) => token.sentence === sentence && isWord(token, ...RECURRING_VERBS));
}

export function isLoneWeeklyBars(tokens: readonly Token[], index: number): boolean {
  const before = index - 1;
  const after = index + 1;
  const afterSetting = isNumber(tokens[before]) || (before >= 0 && (strategyNameAt(tokens, before) !== undefined || matchSymbolAt(tokens, before, { strong: true, shouting: false }) !== undefined));
  const beforeDate = startsDate(tokens, after) || strategyNameAt(tokens, after) !== undefined;
  return (afterSetting || beforeDate) && !buysAgainInSentence(tokens, index);
}
