import { z } from 'zod';

/**
 * An exhaustive search the agents queued on the worker fleet instead of running (session state
 * `queued_search`): one optimisation sweep per strategy × symbol, each saved as an experiment by
 * the worker that finishes it.
 */
export const QueuedSearchSchema = z.object({
  candidates: z.number().int().positive(),
  budget: z.number().int().positive(),
  sweeps: z.array(z.object({ symbol: z.string().min(1), strategy: z.string().min(1), candidates: z.number().int().positive(), sweep: z.number().int().positive() }).strict()).min(1),
}).strict();
export type QueuedSearch = z.output<typeof QueuedSearchSchema>;

const count = (value: number) => value.toLocaleString('en-US');

/** The run's answer: what was queued, where each combination went, and what to ask next. */
export function describeQueuedSearch(queued: QueuedSearch): string {
  const first = queued.sweeps[0]!.sweep;
  const over = `Trying every combination means ${count(queued.candidates)} candidates, more than the ${count(queued.budget)} a request runs by itself`;
  const ask = `ask "how is sweep ${first} doing?", and once it is done "show the results of sweep ${first}"`;
  if (queued.sweeps.length === 1) {
    return `${over}, so it was queued on the worker fleet as sweep ${first} (${count(queued.candidates)} candidates). ` +
      `A btp worker runs it and saves the result as an experiment; ${ask}.`;
  }
  const sweeps = queued.sweeps.map((one) => `sweep ${one.sweep}: ${one.strategy} on ${one.symbol} (${count(one.candidates)} candidates)`);
  return `${over}, so it was queued on the worker fleet as sweeps ${first} to ${queued.sweeps.at(-1)!.sweep}, one per strategy and symbol: ${sweeps.join('; ')}. ` +
    `btp workers run them and save each result as an experiment; ${ask}.`;
}
