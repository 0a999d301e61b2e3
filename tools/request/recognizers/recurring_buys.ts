import type { Clause, Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { strategiesNamed } from '../written_strategy_names.js';
import { isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { readMoney } from './money.js';
import { isRecurringAmount } from './story_money.js';
import { followsSchedule } from './recurring_schedules.js';
import { matchSymbolAt } from './symbols.js';

/**
 * "I put a hundred dollars into bitcoin every month", "investing $50 in ETH each week", "if i DCA'd
 * $100 into bitcoin every week", "$200 of SPY monthly": buying a fixed sum again and again is
 * dollar-cost averaging, a strategy we do not have, so it is named as "dca" (answered as an unknown
 * strategy) rather than read as a silent buy and hold. Only where the message names no strategy:
 * beside one ("I've been putting $250 into Cardano every payday. Would an SMA crossover have done
 * better?") the purchases are the writer's story, not what is asked.
 */
const BUYING_VERBS = ['put', 'puts', 'putting', 'invest', 'invests', 'invested', 'investing', 'buy', 'buys', 'bought', 'buying', 'add', 'adds',
  'added', 'adding', 'throw', 'throwing', 'threw', 'drop', 'dropping', 'dropped', 'stack', 'stacking', 'stacked'];
/** The verb made of the strategy's name: "DCA'd", "DCAing", "dca-ing", "dollar cost averaged". */
const DCA_VERBS = phrases("dca'd", 'dcad', 'dcaed', "dca'ed", 'dcaing', "dca'ing", 'dca ing', 'dollar cost averaged', 'dollar cost averages',
  'dollar cost average');
/** "put in $500", "put a hundred dollars" (the spoken number keeps its article), "put about $200". */
const PARTICLES: ReadonlySet<string> = new Set(['in', 'away', 'aside', 'a', 'an', 'about', 'around', 'roughly', 'maybe', 'like', 'just', 'only',
  'another', 'approximately']);
/** "a little bit every month", "buy some btc every week": a sum not said, bought again and again all the same. */
const VAGUE_SUMS = phrases('a bit', 'a little', 'a little bit', 'a small amount', 'small amounts', 'a fixed amount', 'a set amount', 'the same amount',
  'some', 'some money', 'some cash');
/** Where a vague sum with no verb before it may start: "…backtest that, a little bit every month". */
const CLAUSE_MARKS = [',', ':', ';', '-'];
/** "$200 of SPY monthly", "$100 into btc every week": the holding a sum with no verb is put into. */
const HOLDING_LEADS = ['of', 'in', 'into'];

const DCA_CLAUSES: readonly Clause[] = [{ kind: 'strategy', name: 'dca' },
  { kind: 'note', text: 'read a fixed sum bought at regular intervals as dollar-cost averaging ("dca"), which is not a strategy we have' }];

/**
 * A sum bought again and again, at `index`: its end, or undefined. `scheduled` when how often was
 * said before the buying ("Every payday I put $200 into eth").
 */
function readRecurringSum(tokens: readonly Token[], index: number, scheduled: boolean): number | undefined {
  const money = readMoney(tokens, index);
  const end = money?.marked ? money.end : matchLongest(tokens, index, VAGUE_SUMS)?.end;
  return end !== undefined && (scheduled || isRecurringAmount(tokens, end)) ? end : undefined;
}

/** "$200 of SPY monthly": a recurring sum with no verb counts as buying only when a holding follows it. */
function isBoughtInto(tokens: readonly Token[], end: number): boolean {
  return isWord(tokens[end], ...HOLDING_LEADS) && matchSymbolAt(tokens, end + 1, { strong: true, shouting: false }) !== undefined;
}

function readBuying(tokens: readonly Token[], index: number): number | undefined {
  const dca = matchLongest(tokens, index, DCA_VERBS);
  if (dca) return readRecurringSum(tokens, skipWords(tokens, dca.end, PARTICLES), false) ?? dca.end;
  if (isWord(tokens[index], ...BUYING_VERBS)) return readRecurringSum(tokens, skipWords(tokens, index + 1, PARTICLES), followsSchedule(tokens, index));
  const end = readRecurringSum(tokens, index, false);
  if (end === undefined) return undefined;
  const clauseStart = index === 0 || isPunct(tokens[index - 1], ...CLAUSE_MARKS);
  return isBoughtInto(tokens, end) || (clauseStart && !readMoney(tokens, index)) ? end : undefined;
}

/** Whether the sentence of the token at `index` buys a sum again and again ("I buy $50 of btc every friday"). */
export function buysRecurringSumInSentence(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  return tokens.some((token, at) => token.sentence === sentence && readBuying(tokens, at) !== undefined);
}

export const recognizeRecurringBuys: Recognizer = (tokens, index) => {
  const end = readBuying(tokens, index);
  if (end === undefined || strategiesNamed(tokens).size > 0) return undefined;
  return { end, clauses: [...DCA_CLAUSES] };
};
