import { z } from 'zod';
import { DateWindowSchema } from '../dates/date_window.js';
import { StoredErrorSchema } from '../stored_error.js';

/** The outcome of validating a request against the data: the window the run uses, or the error. */
export const ValidationStateSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), notes: z.array(z.string()), run_window: DateWindowSchema }).strict(),
  z.object({ ok: z.literal(false), error: StoredErrorSchema }).strict(),
]);
export type ValidationState = z.output<typeof ValidationStateSchema>;
