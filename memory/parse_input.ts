import type { z } from 'zod';
import { BacktestPilotError, type ErrorCode } from '../tools/errors.js';
import { ExperimentIdSchema } from '../tools/numbers/experiment_id.js';

/** Validates one input of the experiment store; a failure says which field was wrong and why (an id: bad_id, a window: bad_date). */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, what: string, code: ErrorCode = 'bad_request'): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message));
  throw new BacktestPilotError(code, `invalid ${what}: ${issues.join('; ')}`, { issues });
}

/** An experiment id, or bad_id saying what one is; `label` names it in the message (e.g. with the text as typed). */
export function readExperimentId(value: unknown, label = 'experiment id'): number {
  return parseInput(ExperimentIdSchema, value, label, 'bad_id');
}

export function experimentNotFound(id: number, databasePath: string): BacktestPilotError {
  return new BacktestPilotError(
    'experiment_not_found',
    `there is no experiment ${id} in ${databasePath}; list the saved ones with "btp experiments list"`,
    { id, database: databasePath },
  );
}
