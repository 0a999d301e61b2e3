/**
 * "The date I write is day/month/year", "(dd/mm/yyyy)", "european format", "month first": a message that
 * says in which order it writes its dates. Its ambiguous numeric dates ("1/6/2022") are read in that
 * order (date_points.ts harmoniseDayOrder); before, they were read month first whatever it said.
 */
import { matchLongest, phrases, type Phrase } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';
import { readNumericDate } from './date_points.js';

export type DeclaredDateOrder = 'day_first' | 'month_first';

const DAY = 'dd|d|day';
const MONTH = 'mm|m|month';
const YEAR = 'yyyy|yy|y|year';

/** The three parts by slashes, or by hyphens or spaces ("dd-mm-yyyy", "day month year"). */
function partsInOrder(first: string, second: string, third: string): string[] {
  return [`${first} / ${second} / ${third}`, `${first} ${second} ${third}`];
}

// "european style" and "american style" name how options are exercised, so only format, order and dates say a date order.
// "us" is also the pronoun and a format may be the results' ("let us order the results", "results in US format"), so
// the US order is declared only in words about dates; "european|uk|british format" cannot be a pronoun.
const DAY_FIRST = phrases(...partsInOrder(DAY, MONTH, YEAR), 'dd|day / mm|month', 'day|days first', 'day|days before|then month|months',
  'european|uk|british format|order|dates', 'european|uk|british date format|order');
const MONTH_FIRST = phrases(...partsInOrder(MONTH, DAY, YEAR), 'mm|month / dd|day', 'month|months first', 'month|months before|then day|days',
  'us|american dates', 'us|american date format|order', 'date|dates in|as us|american format|order');

const DECLARATIONS: readonly { order: DeclaredDateOrder; words: readonly Phrase[] }[] = [
  { order: 'day_first', words: DAY_FIRST },
  { order: 'month_first', words: MONTH_FIRST },
];

/** The order a numeric date proves by a day past 12 ("15/03/2021", "03/15/2021"); none when either reads. */
function provenOrderAt(tokens: readonly Token[], index: number): DeclaredDateOrder | undefined {
  const point = readNumericDate(tokens, index)?.point;
  if (point?.numericOrder === 'day_first') return 'day_first';
  return point?.day !== undefined && point.day > 12 ? 'month_first' : undefined;
}

/**
 * The date order the message declares, the first it names; none when it names none, or when a date of
 * the message proves the other order (what the dates show outweighs a phrase that may not be about them).
 */
export function declaredDateOrder(tokens: readonly Token[]): DeclaredDateOrder | undefined {
  const known = declaredByMessage.get(tokens);
  if (known !== undefined) return known === 'none' ? undefined : known;
  const order = readDeclaredOrder(tokens);
  declaredByMessage.set(tokens, order ?? 'none');
  return order;
}

/** The dates reader asks at every date point it reads: each message's tokens are scanned once. */
const declaredByMessage = new WeakMap<readonly Token[], DeclaredDateOrder | 'none'>();

function readDeclaredOrder(tokens: readonly Token[]): DeclaredDateOrder | undefined {
  const declared = firstDeclaration(tokens);
  if (declared === undefined) return undefined;
  const opposite: DeclaredDateOrder = declared === 'day_first' ? 'month_first' : 'day_first';
  return tokens.some((_, index) => provenOrderAt(tokens, index) === opposite) ? undefined : declared;
}

function firstDeclaration(tokens: readonly Token[]): DeclaredDateOrder | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const declared = DECLARATIONS.find(({ words }) => matchLongest(tokens, index, words) !== undefined);
    if (declared) return declared.order;
  }
  return undefined;
}
