import { getSessionServiceFromUri, type BaseSessionService } from '@google/adk';
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
    throw new BacktestPilotError('bad_input', `a session id is 1 to 128 letters, digits, "_", "-" or "." (starting with a letter or digit), got "${raw}"`, { session: raw });
  }
  return raw;
}

/**
 * The ADK session service for `uri` (BTP_SESSION_URI): `sqlite://<path>` keeps conversations in a
 * SQLite file so they resume after a restart, `memory://` keeps them in the process.
 * DatabaseSessionService has no close() in ADK 2.0.0 (adk-js.md §4.2): `close` ends its MikroORM
 * connection, a private field, when there is one.
 */
export function openSessionService(uri: string): SessionServiceHandle {
  let service: BaseSessionService;
  try {
    service = getSessionServiceFromUri(uri);
  } catch (error) {
    throw new BacktestPilotError('bad_input', `BTP_SESSION_URI must be memory:// or sqlite://<path>: ${error instanceof Error ? error.message : String(error)}`, { uri });
  }
  return {
    service,
    close: async () => {
      const orm: unknown = Reflect.get(service, 'orm');
      if (isClosableOrm(orm)) await orm.close(true);
    },
  };
}
