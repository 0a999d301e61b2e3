/**
 * The request guards that sit in front of ADK's routes: JSON-only bodies, path ids without
 * traversal, the one app this server serves, each key's own user, no client-written session state,
 * and ADK's own error answers rewritten into our JSON error shape (never a stack or a path).
 */
import type { NextFunction, Request, Response } from 'express';
import type { ErrorCode } from '../tools/errors.js';
import { sendError } from './api_errors.js';
import { currentRequest } from './request_context.js';
import { ID_PATTERN } from './run_body.js';

type Middleware = (req: Request, res: Response, next: NextFunction) => void;

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** POST/PUT/PATCH bodies must be JSON; anything else is 415 before it is read. */
export const requireJson: Middleware = (req, res, next) => {
  if (!['POST', 'PUT', 'PATCH'].includes(req.method) || !hasBody(req) || req.is('application/json')) {
    next();
    return;
  }
  sendError(res, 'unsupported_media_type', `request bodies must be JSON (Content-Type: application/json), got "${req.headers['content-type'] ?? 'none'}"`);
};

const SCOPED_PATH = /^\/(?:dev\/)?apps\/([^/]*)(?:\/users\/([^/]*)(?:\/sessions\/([^/]*))?)?/;

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * `/apps/:app/users/:user/sessions/:session/...`: each id must be a plain id (no "..", no "/", no
 * encoded separators), the app must be ours (else 404) and, with auth on, the user must be the
 * key's own (else 403), so naming another user's sessions reads nothing.
 */
export function scopePathIds(appName: string): Middleware {
  return (req, res, next) => {
    const match = SCOPED_PATH.exec(req.path);
    if (!match) {
      next();
      return;
    }
    const [, rawApp, rawUser, rawSession] = match;
    const ids: Array<[string, string | undefined]> = [['app name', rawApp], ['user id', rawUser], ['session id', rawSession]];
    for (const [what, raw] of ids) {
      if (raw === undefined) continue;
      const id = decoded(raw);
      if (id === undefined || !ID_PATTERN.test(id)) {
        sendError(res, 'bad_id', `the ${what} in the path must be 1 to 128 letters, digits, "_", "-" or "." starting with a letter or digit`);
        return;
      }
    }
    if (rawApp !== appName) {
      sendError(res, 'unknown_app', `this server serves the app "${appName}" only`);
      return;
    }
    const userId = res.locals.userId as string | undefined;
    if (rawUser !== undefined && userId !== undefined && rawUser !== userId) {
      sendError(res, 'forbidden_user', 'your API key acts as its own user only; use that user id in the path');
      return;
    }
    next();
  };
}

function isEmptyRecord(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
}

/** Keys a client may set in a new session's state: none. Session state is written by the agents. */
const CLIENT_SETTABLE_STATE_KEYS: readonly string[] = [];

/** Creating a session with client-chosen state is refused: the agents trust what state holds. */
export const refuseClientState: Middleware = (req, res, next) => {
  const creating = req.method === 'POST' && /^\/apps\/[^/]+\/users\/[^/]+\/sessions(\/[^/]+)?$/.test(req.path);
  if (!creating) {
    next();
    return;
  }
  const body: unknown = req.body;
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    sendError(res, 'bad_request', 'a session-create body is a JSON object, e.g. {}');
    return;
  }
  const state = (body as { state?: unknown } | undefined)?.state;
  const refused = isEmptyRecord(state) ? [] : Object.keys(state as object).filter((key) => !CLIENT_SETTABLE_STATE_KEYS.includes(key));
  if (refused.length > 0 || (state !== undefined && state !== null && (typeof state !== 'object' || Array.isArray(state)))) {
    sendError(res, 'client_state_refused', `session state is written by the agents, not the client; send {} (refused keys: ${refused.slice(0, 5).join(', ') || 'state'})`);
    return;
  }
  next();
};

/** Routes this server does not offer: the Agent Engine query route, A2A, and /debug/* unless BTP_DEBUG=1. */
export function hideRoutes(debug: boolean): Middleware {
  const hidden = debug ? [/^\/api\/reasoning_engine/, /^\/a2a\//] : [/^\/api\/reasoning_engine/, /^\/a2a\//, /^\/debug\//, /^\/dev\/apps\/[^/]+\/debug\//];
  return (req, res, next) => {
    if (hidden.some((pattern) => pattern.test(req.path))) notFound(req, res);
    else next();
  };
}

export function notFound(req: Request, res: Response): void {
  // The path is not echoed: a caller may have put a secret in it.
  sendError(res, 'not_found', `no route for ${req.method} on this path; the API is ADK's (/run, /run_sse, /apps/{app}/users/{user}/sessions...) plus /healthz, /readyz and /metrics`);
}

function adkErrorCode(status: number, message: string): ErrorCode {
  if (status === 404 && /^Session not found/.test(message)) return 'session_not_found';
  if (status === 400 && /already exists/.test(message)) return 'session_exists';
  if (status === 404) return 'not_found';
  if (status === 501) return 'not_found';
  return status >= 500 ? 'internal' : 'bad_request';
}

/**
 * ADK's handlers answer `{"error": "Failed to ...: <exception text>"}`, which can carry file paths.
 * Those become `{"error": {"code", "message"}}`: client errors keep ADK's message, server errors get a
 * generic one (the original goes to the log). A write after the answer was sent (a run that ended
 * after its timeout answered) is dropped instead of throwing.
 */
export const normalizeAdkErrors: Middleware = (req, res, next) => {
  const json = res.json.bind(res);
  res.json = (body: unknown) => {
    if (res.headersSent) return res;
    const error = (body as { error?: unknown } | null)?.error;
    if (res.statusCode >= 400 && typeof error === 'string') {
      const code = adkErrorCode(res.statusCode, error);
      if (code === 'session_exists') res.status(409);
      if (code === 'not_found' && res.statusCode === 501) res.status(404);
      const internal = code === 'internal';
      if (internal) currentRequest()?.logger.error({ event: 'adk.error', error }, 'ADK route failed');
      const requestId = res.locals.requestId as string | undefined;
      return json({ error: { code, message: internal ? 'the server failed to answer this request; it was logged with its request id' : error, ...(requestId ? { request_id: requestId } : {}) } });
    }
    return json(body);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  res.write = ((...args: unknown[]) => (res.writableEnded ? false : write(...args))) as Response['write'];
  res.on('error', () => undefined);
  next();
};
