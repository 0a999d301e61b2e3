/**
 * One run at a time per session, across every `btp serve` sharing a database. A lock is a row (SQLite,
 * the default: a small file beside the experiment store that every instance on the host or volume
 * opens) or a key (Redis, when BTP_REDIS_URL is set: every instance anywhere). Each lock expires
 * after the run timeout plus a margin, so an instance that died mid-run cannot hold a session forever.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { switchToWal } from '../memory/sqlite_wal.js';

export interface SessionLocks {
  /** A release function when the session was free, undefined when a run holds it. */
  tryAcquire(sessionKey: string, ttlMs: number): Promise<(() => Promise<void>) | undefined>;
  /** Answers when the lock backend is reachable (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function sqliteSessionLocks(databasePath: string): SessionLocks {
  mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
  const sqlite = new Database(databasePath, { timeout: 5_000 });
  switchToWal(sqlite, 5_000);
  sqlite.exec('CREATE TABLE IF NOT EXISTS run_locks (session_key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER NOT NULL)');
  const clearExpired = sqlite.prepare('DELETE FROM run_locks WHERE session_key = ? AND expires_at < ?');
  const insert = sqlite.prepare('INSERT OR IGNORE INTO run_locks (session_key, owner, expires_at) VALUES (?, ?, ?)');
  const remove = sqlite.prepare('DELETE FROM run_locks WHERE session_key = ? AND owner = ?');
  const acquire = sqlite.transaction((key: string, owner: string, now: number, ttlMs: number) => {
    clearExpired.run(key, now);
    return insert.run(key, owner, now + ttlMs).changes === 1;
  });
  return {
    async tryAcquire(sessionKey, ttlMs) {
      const owner = randomUUID();
      if (!acquire.immediate(sessionKey, owner, Date.now(), ttlMs)) return undefined;
      return async () => {
        remove.run(sessionKey, owner);
      };
    },
    async ping() {
      sqlite.prepare('SELECT 1').get();
    },
    async close() {
      sqlite.close();
    },
  };
}

/** Deletes the key only if this owner still holds it (a lock that expired may belong to another run now). */
const RELEASE_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export function redisSessionLocks(url: string): SessionLocks {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 5_000, lazyConnect: false });
  return {
    async tryAcquire(sessionKey, ttlMs) {
      const owner = randomUUID();
      const key = `btp:run-lock:${sessionKey}`;
      const answer = await redis.set(key, owner, 'PX', ttlMs, 'NX');
      if (answer !== 'OK') return undefined;
      return async () => {
        await redis.eval(RELEASE_SCRIPT, 1, key, owner);
      };
    },
    async ping() {
      await redis.ping();
    },
    async close() {
      await redis.quit();
    },
  };
}
