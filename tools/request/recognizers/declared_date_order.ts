/**
 * "The date I write is day/month/year", "(dd/mm/yyyy)", "european format", "month first": a message that
 * says in which order it writes its dates. Its ambiguous numeric dates ("1/6/2022") are read in that
 * order (date_points.ts harmoniseDayOrder); before, they were read month first whatever it said.
 */
import { matchLongest, phrases, type Phrase } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';

export type DeclaredDateOrder = 'day_first' | 'month_first';

const DAY = 'dd|d|day';
const MONTH = 'mm|m|month';
const YEAR = 'yyyy|yy|y|year';

/** The three parts by slashes, or by hyphens or spaces ("dd-mm-yyyy", "day month year"). */
function partsInOrder(first: string, second: string, third: string): string[] {
  return [`${first} / ${second} / ${third}`, `${first} ${second} ${third}`];
}

// "european style" and "american style" name how options are exercised, so only format, order and dates say a date order.
const DAY_FIRST = phrases(...partsInOrder(DAY, MONTH, YEAR), 'day|days first', 'day|days before|then month|months',
  'european|uk|british format|order|dates', 'european|uk|british date format|order');
const MONTH_FIRST = phrases(...partsInOrder(MONTH, DAY, YEAR), 'month|months first', 'month|months before|then day|days',
  'us|american format|order', 'american dates', 'us|american date format|order');

const DECLARATIONS: readonly { order: DeclaredDateOrder; words: readonly Phrase[] }[] = [
  { order: 'day_first', words: DAY_FIRST },
  { order: 'month_first', words: MONTH_FIRST },
];

/** The date order the message declares, the first it names; none when it names none. */
export function declaredDateOrder(tokens: readonly Token[]): DeclaredDateOrder | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const declared = DECLARATIONS.find(({ words }) => matchLongest(tokens, index, words) !== undefined);
    if (declared) return declared.order;
  }
  return undefined;
}
