import Database from 'better-sqlite3';

function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED');
}

/**
 * Puts a SQLite file in WAL mode and answers the mode it is in. A file already in WAL (the mode is
 * kept in the file) is left alone: switching needs the file to itself, and SQLite answers
 * SQLITE_BUSY at once, without its busy handler, when another process has it open. Two processes
 * opening a new file at the same moment (two `btp serve` instances starting together) are the
 * case: the one that loses waits, up to `timeoutMs`, and then finds the file in WAL.
 */
export function switchToWal(sqlite: Pick<Database.Database, 'pragma'>, timeoutMs: number): unknown {
  const deadline = Date.now() + timeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      const mode = sqlite.pragma('journal_mode', { simple: true });
      return mode === 'wal' ? mode : sqlite.pragma('journal_mode = WAL', { simple: true });
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      // Synchronous like the rest of the driver: this runs once, while a store opens.
      Atomics.wait(pause, 0, 0, 20);
    }
  }
}
