import type { MetricKey } from '../../risk/types.js';
import type { Recognizer } from '../clauses.js';
import { matchMetricAt } from '../metric_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, percentSignEnd, phrases } from '../token_matchers.js';
import { readMoney } from './money.js';
import { isRecurringAmount } from './story_money.js';

/**
 * "fee 7.5bps slip 3bps cap 15k", "cap=15k", "cap: $15k", "cap of 20000": in a settings line "cap"
 * is desk shorthand for the starting capital. "cap" also limits ("cap drawdown at 20%", "cap 100
 * trades", "cap the fees at 5bps"), so only a sum of money after it is capital: written with k/m or
 * a currency sign, or a plain amount of a thousand or more; never a percentage, a sum per trade or
 * position ("cap 5k per trade"), or a count of what is named right after it ("cap 1000 trades").
 */
const LEADS = phrases('cap', 'cap of', 'cap =', 'cap :', 'cap is');
/** The smallest plain number read as money after "cap"; below it "cap 50" is more likely a count. */
const SMALLEST_SUM = 1000;
/** Metrics a large amount may count: "cap 1000 trades" limits the trades. */
const AMOUNT_METRICS: ReadonlySet<MetricKey> = new Set(['num_trades', 'final_equity']);
const PER_HOLDING = phrases('per', 'each', '/', 'a|every trade|position|coin|symbol|asset|stock|name|order|bet');

/** The capital written as "cap <money>" at `index`, with the index past it. */
export function capitalAfterCap(tokens: readonly Token[], index: number): { amount: number; end: number } | undefined {
  const lead = matchLongest(tokens, index, LEADS);
  const money = lead && readMoney(tokens, lead.end);
  if (!money || (!money.marked && money.amount < SMALLEST_SUM) || percentSignEnd(tokens, money.end) !== undefined) return undefined;
  if (matchLongest(tokens, money.end, PER_HOLDING) || isRecurringAmount(tokens, money.end)) return undefined;
  const counted = matchMetricAt(tokens, isWord(tokens[money.end], 'of', 'in') ? money.end + 1 : money.end);
  return counted && AMOUNT_METRICS.has(counted.metric) ? undefined : { amount: money.amount, end: money.end };
}

export const recognizeCapitalCap: Recognizer = (tokens, index) => {
  const capital = capitalAfterCap(tokens, index);
  return capital && { end: capital.end, clauses: [{ kind: 'capital', amount: capital.amount }] };
};
