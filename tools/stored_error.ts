import { z } from 'zod';

/**
 * An error as session state and stored records keep it (`BacktestPilotError.toJSON()`): the code
 * stays a string as written, so an error saved by an older version, with a code since renamed, still reads.
 */
export const StoredErrorSchema = z.object({ code: z.string().min(1), message: z.string() }).catchall(z.unknown());
export type StoredError = z.output<typeof StoredErrorSchema>;
