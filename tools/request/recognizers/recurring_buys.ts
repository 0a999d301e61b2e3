import type { Recognizer } from '../clauses.js';
import { strategiesNamed } from '../written_strategy_names.js';
import { isWord, skipWords } from '../token_matchers.js';
import { readMoney } from './money.js';
import { isRecurringAmount } from './story_money.js';

/**
 * "I put a hundred dollars into bitcoin every month", "investing $50 in ETH each week": buying a
 * fixed sum again and again is dollar-cost averaging, a strategy we do not have, so it is named as
 * "dca" (answered as an unknown strategy) rather than the words being lost. Only where the message
 * names no strategy: beside one ("I've been putting $250 into Cardano every payday. Would an SMA
 * crossover have done better?") the purchases are the writer's story, not what is asked.
 */
const BUYING_VERBS = ['put', 'puts', 'putting', 'invest', 'invests', 'invested', 'investing', 'buy', 'buys', 'bought', 'buying', 'add', 'adds',
  'added', 'adding'];
/** "put in $500", "put a hundred dollars" (the spoken number keeps its article). */
const PARTICLES: ReadonlySet<string> = new Set(['in', 'away', 'aside', 'a', 'an']);

export const recognizeRecurringBuys: Recognizer = (tokens, index) => {
  if (!isWord(tokens[index], ...BUYING_VERBS)) return undefined;
  const money = readMoney(tokens, skipWords(tokens, index + 1, PARTICLES));
  if (!money?.marked || !isRecurringAmount(tokens, money.end) || strategiesNamed(tokens).size > 0) return undefined;
  return { end: money.end, clauses: [{ kind: 'strategy', name: 'dca' }, { kind: 'note', text: 'read a fixed sum bought at regular intervals as dollar-cost averaging ("dca"), which is not a strategy we have' }] };
};
