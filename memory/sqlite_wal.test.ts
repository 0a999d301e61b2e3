import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { switchToWal } from './sqlite_wal.js';

let dir: string | undefined;
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

/**
 * A connection whose switch to WAL answers SQLITE_BUSY `busyTimes` times, as SQLite does (without
 * waiting) to the second of two processes switching a new file at the same moment, and what it was asked.
 */
function contended(busyTimes: number, error = new Database.SqliteError('database is locked', 'SQLITE_BUSY')) {
  const asked: string[] = [];
  let mode = 'delete';
  return {
    asked,
    pragma: ((source: string) => {
      asked.push(source);
      if (source === 'journal_mode') return mode;
      if (asked.filter((one) => one !== 'journal_mode').length <= busyTimes) throw error;
      mode = 'wal';
      return mode;
    }) as Database.Database['pragma'],
  };
}

describe('switchToWal', () => {
  it('tries again when the switch answers SQLITE_BUSY, and answers the new mode', () => {
    const sqlite = contended(2);
    expect(switchToWal(sqlite, 5_000)).toBe('wal');
    expect(sqlite.asked.filter((source) => source === 'journal_mode = WAL')).toHaveLength(3);
  });

  it('gives up with SQLITE_BUSY after its timeout', () => {
    const started = Date.now();
    expect(() => switchToWal(contended(Number.POSITIVE_INFINITY), 100)).toThrow(/database is locked/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('does not retry any other error', () => {
    const sqlite = contended(1, new Database.SqliteError('disk I/O error', 'SQLITE_IOERR'));
    expect(() => switchToWal(sqlite, 5_000)).toThrow(/disk I\/O error/);
    expect(sqlite.asked).toEqual(['journal_mode', 'journal_mode = WAL']);
  });

  it('switches a real file, and leaves one already in WAL alone while another connection reads it', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'btp-wal-'));
    const file = path.join(dir, 'store.db');
    const first = new Database(file);
    first.exec('CREATE TABLE t (x INTEGER)');
    expect(switchToWal(first, 1_000)).toBe('wal');
    first.exec('BEGIN');
    first.prepare('SELECT count(*) FROM t').get();
    const second = new Database(file, { timeout: 0 });
    expect(switchToWal(second, 0)).toBe('wal');
    first.exec('COMMIT');
    first.close();
    second.close();
  });
});
