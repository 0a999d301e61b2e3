import { z } from 'zod';
import { IsoDateSchema } from './iso_date.js';

/**
 * The one start/end type: a span of whole days, both ends inclusive, each optional (absent = the
 * start or the end of the data). Requests, runs, stored experiments and searches all use it.
 */
export interface DateWindow {
  start?: string | undefined;
  end?: string | undefined;
}

export const DateWindowSchema = z.object({ start: IsoDateSchema.optional(), end: IsoDateSchema.optional() }).strict();

/** A window whose ends are known: a run's actual first and last day, an in-sample part, a fold. */
export type ClosedDateWindow = Required<{ [Key in keyof DateWindow]: string }>;
