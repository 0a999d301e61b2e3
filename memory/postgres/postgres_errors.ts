import { BacktestPilotError } from '../../tools/errors.js';

/** Network and server-state failures: the database cannot be reached or will not take us now. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300', '3D000']);

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors.map(messageOf).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/**
 * The typed error for a failure of the Postgres store (SQLSTATE or socket error), or undefined when
 * it is not about the database (a bug, which surfaces as it is). `location` has no password.
 */
export function describePostgresFailure(error: unknown, location: string): BacktestPilotError | undefined {
  if (error instanceof BacktestPilotError) return error;
  const code = codeOf(error) ?? (error instanceof AggregateError ? codeOf(error.errors[0]) : undefined);
  if (code === undefined) return /timeout|terminated/i.test(messageOf(error)) ? unavailable(error, location, 'timeout') : undefined;
  const details = { database: location, postgres_code: code, cause: messageOf(error) };
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('28') || code.startsWith('08')) return unavailable(error, location, code);
  if (code === 'XX001' || code === 'XX002') {
    return new BacktestPilotError('database_corrupt', `the experiment database ${location} reports corrupt data (${messageOf(error)}); restore it from a pg_dump backup`, details);
  }
  if (code === '25006' || code === '42501') {
    return new BacktestPilotError('database_read_only', `the experiment database ${location} refuses writes (${messageOf(error)}); use a role and server that can write`, details);
  }
  return undefined;
}

function unavailable(error: unknown, location: string, code: string): BacktestPilotError {
  return new BacktestPilotError(
    'database_unavailable',
    `the experiment database ${location} cannot be reached (${messageOf(error)}); check BTP_DATABASE_URL and that the server is running`,
    { database: location, postgres_code: code, cause: messageOf(error) },
  );
}

/** Runs a database step and rethrows database failures as typed errors. */
export async function withPostgresErrors<T>(location: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw describePostgresFailure(error, location) ?? error;
  }
}
