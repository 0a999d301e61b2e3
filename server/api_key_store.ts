/**
 * API keys created with `btp keys create`: only their SHA-256 is kept (a key is 32 random bytes, so
 * an unsalted hash cannot be reversed by guessing), beside the user id it acts as. A revoked key
 * stays listed with its revocation time, so `btp keys list` shows who could get in and when.
 * The keys live in their own SQLite file (BTP_KEYS_DB, default beside BTP_DB), apart from the
 * experiment schema and its migrations.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BacktestPilotError } from '../tools/errors.js';
import { switchToWal } from '../memory/sqlite_wal.js';

export interface StoredKey {
  id: string;
  userId: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface ApiKeyStore {
  create(userId: string): { id: string; key: string };
  list(): StoredKey[];
  /** True when a key with that id was active and is now revoked. */
  revoke(id: string): boolean;
  /** The user id of an active key with this SHA-256, if any. */
  userOfHash(hash: Buffer): string | undefined;
  close(): void;
}

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function defaultKeysDatabasePath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.BTP_KEYS_DB) return path.resolve(env.BTP_KEYS_DB);
  const experiments = path.resolve(env.BTP_DB || './data/backtestpilot.db');
  return `${experiments.replace(/\.db$/, '')}-api-keys.db`;
}

const KEY_ID = /^[A-Za-z0-9_-]{8,32}$/;

export function openApiKeyStore(databasePath: string): ApiKeyStore {
  mkdirSync(path.dirname(databasePath), { recursive: true });
  const sqlite = new Database(databasePath, { timeout: 10_000 });
  switchToWal(sqlite, 10_000);
  sqlite.exec(`CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    key_sha256 BLOB NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  )`);
  const insert = sqlite.prepare('INSERT INTO api_keys (id, user_id, key_sha256, created_at) VALUES (?, ?, ?, ?)');
  const select = sqlite.prepare('SELECT id, user_id AS userId, created_at AS createdAt, revoked_at AS revokedAt FROM api_keys ORDER BY created_at, id');
  const revoke = sqlite.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  const byHash = sqlite.prepare('SELECT user_id AS userId FROM api_keys WHERE key_sha256 = ? AND revoked_at IS NULL');
  return {
    create(userId) {
      const id = randomBytes(6).toString('base64url');
      const key = `btp_${id}_${randomBytes(32).toString('base64url')}`;
      insert.run(id, userId, sha256(key), new Date().toISOString());
      return { id, key };
    },
    list: () => select.all() as StoredKey[],
    revoke(id) {
      if (!KEY_ID.test(id)) throw new BacktestPilotError('bad_id', `a key id is 8 to 32 letters, digits, "_" or "-" (as btp keys list shows it), got "${id}"`);
      return revoke.run(new Date().toISOString(), id).changes === 1;
    },
    userOfHash(hash) {
      const row = byHash.get(hash) as { userId: string } | undefined;
      return row?.userId;
    },
    close: () => sqlite.close(),
  };
}
