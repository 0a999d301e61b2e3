import { readIsoDate } from '../dates/iso_date.js';
import type { BacktestPilotError } from '../errors.js';
import { isBacktestPilotError } from '../errors.js';
import { readNumber } from '../numbers/read_number.js';
import { tokenize } from './tokenizer.js';

/** "0x10", "0o17", "0b101": literals the number reader refuses; found in the raw text, since no token holds them. */
const RADIX_LITERAL = /(?<![\p{L}\p{N}_.])[+-]?0[xob][0-9a-f]+(?![\p{L}\p{N}_])/giu;

/**
 * The request language's numbers and dates meet the same strict reader as flags: a hex literal
 * or an impossible date such as 2021-02-31 is an error naming it, never a plausible default or a
 * silently dropped clause.
 */
export function findRefusedLiteral(message: string): BacktestPilotError | undefined {
  try {
    for (const [literal] of message.matchAll(RADIX_LITERAL)) readNumber(literal, { name: 'a number in the request' });
    for (const token of tokenize(message)) {
      // "2021-03" (a month) is checked by the grammar; a full date must be a real one.
      if (token.kind === 'iso_date' && token.norm.length === 10) readIsoDate(token.norm, 'the date');
    }
    return undefined;
  } catch (error) {
    if (isBacktestPilotError(error)) return error;
    throw error;
  }
}
