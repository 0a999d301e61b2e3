import { BacktestPilotError } from '../tools/errors.js';

/** SQLite result codes (better-sqlite3's `SqliteError.code`) and fs error codes, by what they mean for the user. */
const CORRUPT_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);
const READ_ONLY_PREFIXES = ['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM', 'SQLITE_AUTH'];
const READ_ONLY_FS_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The typed error for a failure of the experiment database, or undefined when the failure is not
 * about the file (a bug, which should surface as it is). The messages name the file and the way out;
 * nothing here ever deletes or recreates a database.
 */
export function describeDatabaseFailure(error: unknown, databasePath: string): BacktestPilotError | undefined {
  if (error instanceof BacktestPilotError) return error;
  const code = codeOf(error);
  if (code === undefined) return undefined;
  const details = { database: databasePath, sqlite_code: code, cause: messageOf(error) };
  if (CORRUPT_CODES.has(code)) {
    return new BacktestPilotError(
      'database_corrupt',
      `the experiment database ${databasePath} is not a readable SQLite database (${messageOf(error)}); ` +
        'it was left untouched: restore it from a backup, or point BTP_DB at another file to start a new store',
      details,
    );
  }
  if (READ_ONLY_PREFIXES.some((prefix) => code.startsWith(prefix)) || READ_ONLY_FS_CODES.has(code)) {
    return new BacktestPilotError(
      'database_read_only',
      `the experiment database ${databasePath} cannot be opened for writing (${messageOf(error)}); ` +
        'make the file and its folder writable, or point BTP_DB at a writable path',
      details,
    );
  }
  return undefined;
}

/** Runs a database step and rethrows file-level failures as typed errors. */
export function withDatabaseErrors<T>(databasePath: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw describeDatabaseFailure(error, databasePath) ?? error;
  }
}
