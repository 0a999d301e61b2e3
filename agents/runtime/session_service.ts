import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSessionService, getSessionServiceFromUri, type BaseSessionService } from '@google/adk';
import { redactUrl } from '../../memory/experiment_repository.js';
import { BacktestPilotError } from '../../tools/errors.js';

export interface SessionServiceHandle {
  service: BaseSessionService;
  /** Releases the database connection; without it a process that used SQLite sessions never exits. */
  close(): Promise<void>;
}

interface ClosableOrm {
  close(force?: boolean): Promise<void>;
}

function isClosableOrm(value: unknown): value is ClosableOrm {
  return typeof value === 'object' && value !== null && typeof (value as { close?: unknown }).close === 'function';
}

/** Session ids users type (`btp chat --session <id>`) and ADK generates (UUIDs). */
const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

export function parseSessionId(raw: string): string {
  if (!SESSION_ID.test(raw)) {
    throw new BacktestPilotError('bad_id', `a session id is 1 to 128 letters, digits, "_", "-" or "." (starting with a letter or digit), got "${raw}"`, { session: raw });
  }
  return raw;
}

/**
 * The ADK session service for `uri` (BTP_SESSION_URI, default BTP_DATABASE_URL when that is set):
 * `sqlite://<path>` keeps conversations in a SQLite file so they resume after a restart,
 * `postgres://…` in PostgreSQL (MikroORM's @mikro-orm/postgresql driver over `pg`) so every
 * instance of a server shares them, `memory://` keeps them in the process.
 * DatabaseSessionService has no close() in ADK 2.0.0 (adk-js.md §4.2): `close` ends its MikroORM
 * connection, a private field, when there is one.
 */
export function openSessionService(uri: string): SessionServiceHandle {
  let service: BaseSessionService;
  try {
    service = getSessionServiceFromUri(uri);
  } catch (error) {
    throw new BacktestPilotError('bad_config', `BTP_SESSION_URI must be memory://, sqlite://<path> or postgres://…: ${error instanceof Error ? error.message : String(error)}`, { uri });
  }
  return {
    service,
    close: async () => {
      const orm: unknown = Reflect.get(service, 'orm');
      if (isClosableOrm(orm)) await orm.close(true);
    },
  };
}

/** The lock session-table creation takes on Postgres (the experiment migrations use another). */
const SESSION_SCHEMA_LOCK_KEY = 0x4b1d_5a7e_0c3f_2e92n;

/**
 * openSessionService, with the session tables created now, at start-up, rather than lazily by the
 * first request. On Postgres this runs under an advisory lock: ADK's own start-up (MikroORM's
 * ensureDatabase + updateSchema) is not safe when several instances start at once.
 */
export async function startSessionService(uri: string): Promise<SessionServiceHandle> {
  const handle = openSessionService(uri);
  if (!(handle.service instanceof DatabaseSessionService)) return handle;
  const service = handle.service;
  try {
    if (/^postgres(ql)?:\/\//.test(uri)) await underAdvisoryLock(uri, SESSION_SCHEMA_LOCK_KEY, () => service.init());
    else {
      ensureSqliteFileWritable(uri);
      await initRacingOthers(service, handle);
    }
  } catch (error) {
    await handle.close();
    throw sessionStoreUnavailable(uri, error);
  }
  return handle;
}

/**
 * Makes the SQLite file's folder and checks the file can be opened for writing: MikroORM's pool
 * would otherwise retry a file it cannot open for its full acquire timeout (60 s) before failing.
 */
function ensureSqliteFileWritable(uri: string): void {
  const file = uri.slice('sqlite://'.length);
  if (!uri.startsWith('sqlite://') || file === ':memory:') return;
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    closeSync(openSync(file, 'a'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BacktestPilotError('database_unavailable', `the session store ${uri} cannot be written (${reason}); check BTP_SESSION_URI`, { sessions: uri, cause: reason });
  }
}

/** What a second process sees when another is creating, or has just created, the same SQLite tables or version row. */
function isStartRace(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /already exists|UniqueConstraintViolation|UNIQUE constraint|SQLITE_BUSY|database is locked/i.test(text);
}

/**
 * SQLite has no advisory lock: two instances starting on a fresh file both create the tables, and
 * the slower one fails with "table already exists". It closes its half-made connection and
 * initialises again, and then finds the tables the other made.
 */
async function initRacingOthers(service: DatabaseSessionService, handle: SessionServiceHandle): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await service.init();
      return;
    } catch (error) {
      if (attempt >= 5 || !isStartRace(error)) throw error;
      await handle.close();
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function underAdvisoryLock(url: string, key: bigint, action: () => Promise<void>): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key.toString()]);
    await action();
  } finally {
    await client.end();
  }
}

function sessionStoreUnavailable(uri: string, error: unknown): BacktestPilotError {
  if (error instanceof BacktestPilotError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BacktestPilotError(
    'database_unavailable',
    `the session store ${redactUrl(uri)} cannot be opened (${message}); check BTP_SESSION_URI / BTP_DATABASE_URL`,
    { sessions: redactUrl(uri), cause: message },
  );
}
