import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchPhrase, phrases } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { startsDate } from './dates.js';
import { buysRecurringSumInSentence } from './recurring_buys.js';
import { matchSymbolAt } from './symbols.js';

/**
 * "gld mom lb 26 wkly 2006-2016", "spy rsi weekly 2015-2020": "weekly" alone, in the slot of a terse
 * request where the bars go (after a setting, symbol or strategy, or before a date or strategy), asks
 * for weekly bars. Read so the request is refused for bars the data lacks, never run on daily ones with
 * the word ignored. So does "weekly" as what a follow-up changes the run to ("nvm make it weekly",
 * "switch to weekly", "weekly instead", "how about the weekly"), as "make it daily" or "make it hourly"
 * already do. Where a sum is bought again and again ("dca into btc weekly") it is how often, and
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

/** Words just before "weekly" that make it what the run is changed to; "I do it weekly" tells a habit. */
const CHANGED_TO = phrases('make|run|do|have it', 'make|run|do|have it the', 'switch|change|move|go|back|over|down it|this|that to',
  'switch|change|move|go|back|over|down to', 'switch|change|move|go|back|over|down to the', 'go|try|use|prefer|on', 'try|use|prefer|on the', 'how|what about', 'how|what about the');
const SUBJECTS = ['i', 'we', 'they', 'he', 'she', "i'm", 'im'];

function isChangedTo(tokens: readonly Token[], index: number): boolean {
  const led = [1, 2, 3, 4].some((back) => index - back >= 0 && !isWord(tokens[index - back - 1], ...SUBJECTS)
    && CHANGED_TO.some((candidate) => matchPhrase(tokens, index - back, candidate) === index));
  // "weekly instead", "weekly then?" closing the message.
  const next = tokens[index + 1];
  const swapped = isWord(next, 'instead') || (isWord(next, 'then') && tokens.slice(index + 2).every((token) => isPunct(token)));
  return led || swapped;
}

export function isLoneWeeklyBars(tokens: readonly Token[], index: number): boolean {
  const before = index - 1;
  const after = index + 1;
  const afterSetting = isNumber(tokens[before]) || (before >= 0 && (strategyNameAt(tokens, before) !== undefined || matchSymbolAt(tokens, before, { strong: true, shouting: false }) !== undefined));
  const beforeDate = startsDate(tokens, after) || strategyNameAt(tokens, after) !== undefined;
  return (afterSetting || beforeDate || isChangedTo(tokens, index)) && !buysAgainInSentence(tokens, index);
}
