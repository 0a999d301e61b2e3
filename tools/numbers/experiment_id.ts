import { z } from 'zod';

const ID_RULE = 'an experiment id is a whole number from 1, such as 12';
/**
 * A positive decimal integer, as a number (from the agents) or as its digits (from the CLI) and
 * nothing else: "1e0", "0x2", "0b10", "+2", "2.0" and " 2" are refused, never read as an id.
 */
export const ExperimentIdSchema = z.union([
  z.number({ error: ID_RULE }).int(ID_RULE).positive(ID_RULE).max(Number.MAX_SAFE_INTEGER, ID_RULE),
  z.string({ error: ID_RULE }).regex(/^[1-9]\d{0,15}$/, ID_RULE).transform(Number).pipe(z.number().max(Number.MAX_SAFE_INTEGER, ID_RULE)),
], { error: ID_RULE });
