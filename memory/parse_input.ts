import type { z } from 'zod';
import { BacktestPilotError } from '../tools/errors.js';

/** Validates one input of the experiment store; a failure says which field was wrong and why. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, what: string): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message));
  throw new BacktestPilotError('bad_input', `invalid ${what}: ${issues.join('; ')}`, { issues });
}

export function experimentNotFound(id: number, databasePath: string): BacktestPilotError {
  return new BacktestPilotError(
    'experiment_not_found',
    `there is no experiment ${id} in ${databasePath}; list the saved ones with "btp experiments list"`,
    { id, database: databasePath },
  );
}
