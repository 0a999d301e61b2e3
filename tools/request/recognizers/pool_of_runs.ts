/**
 * "best Sharpe out of the tests from last month", "top Calmar among my ETH backtests", "best dd
 * among BTC runs", "which of the last 20 runs": runs already made, named as the pool a question
 * about saved runs searches (memory_question.ts).
 */
import type { Token } from '../tokenizer.js';
import { isNumber, isWord } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { isShouting, matchSymbolAt } from './symbols.js';

/** "among runs from the past 30d": these lead a pool on their own. */
const BARE_LEADS = ['among', 'amongst', 'across'];
/** "of the tests", "from my runs": these need a determiner, so "a series of tests" names no pool. */
const DETERMINED_LEADS = ['of', 'from'];
const DETERMINERS = ['the', 'my', 'our', 'all', 'those', 'these', 'previous', 'past', 'saved', 'stored', 'last', 'latest', 'recent', 'earlier', 'old', 'older'];
/** Words that may stand between the lead and the runs: "of my 20 most recent MACD runs". */
const POOL_FILLERS = [...DETERMINERS, 'most'];
const POOL_NOUNS = ['runs', 'backtests', 'tests', 'experiments'];
/** How many words may stand between the lead and the runs' noun. */
const POOL_REACH = 4;

/** The index after a word that may stand inside the pool's name at `at` (a filler, count, symbol or strategy), else undefined. */
function poolWordEnd(tokens: readonly Token[], at: number, shouting: boolean): number | undefined {
  if (isWord(tokens[at], ...POOL_FILLERS) || isNumber(tokens[at])) return at + 1;
  return strategyNameAt(tokens, at)?.end ?? matchSymbolAt(tokens, at, { shouting, strong: true })?.end;
}

function poolStartsAt(tokens: readonly Token[], index: number, shouting: boolean): boolean {
  const led = isWord(tokens[index], ...BARE_LEADS) || (isWord(tokens[index], ...DETERMINED_LEADS) && isWord(tokens[index + 1], ...DETERMINERS));
  let at: number | undefined = led ? index + 1 : undefined;
  for (let skipped = 0; at !== undefined && skipped <= POOL_REACH; skipped++) {
    if (isWord(tokens[at], ...POOL_NOUNS)) return true;
    at = poolWordEnd(tokens, at, shouting);
  }
  return false;
}

/** Whether `tokens` name runs already made as the pool searched; the caller rules out requests to run ("run tests and pick the best of the tests"). */
export function namesPoolOfRuns(tokens: readonly Token[]): boolean {
  const shouting = isShouting(tokens);
  return tokens.some((_, index) => poolStartsAt(tokens, index, shouting));
}
