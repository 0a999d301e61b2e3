/**
 * Every error the server answers is `{"error": {"code", "message"}}` with a stable code from
 * tools/errors.ts and its HTTP status here. Messages say what was wrong and what is allowed; none
 * carries a stack trace, a file path or a secret.
 */
import type { Response } from 'express';
import type { ErrorCode } from '../tools/errors.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  bad_flag: 400,
  bad_id: 400,
  bad_request: 400,
  bad_interval: 400,
  unsupported_rule: 400,
  several_periods: 400,
  bad_symbol: 400,
  unknown_source: 400,
  bad_date: 400,
  bad_config: 400,
  malformed_json: 400,
  request_too_long: 400,
  client_state_refused: 400,
  unauthorized: 401,
  forbidden_user: 403,
  not_found: 404,
  unknown_app: 404,
  session_not_found: 404,
  session_exists: 409,
  session_busy: 409,
  body_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  invalid_argument: 500,
  session_state_invalid: 500,
  overloaded: 503,
  queue_timeout: 503,
  shutting_down: 503,
  run_timeout: 504,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 400;
}

export interface ApiErrorOptions {
  /** Seconds, for 409/429/503: when trying again may succeed. */
  retryAfterSeconds?: number;
  details?: Record<string, unknown>;
}

export function sendError(res: Response, code: ErrorCode, message: string, options: ApiErrorOptions = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  if (options.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(Math.max(1, Math.ceil(options.retryAfterSeconds))));
  const requestId = res.locals.requestId as string | undefined;
  res.status(statusOf(code)).json({ error: { code, message, ...options.details, ...(requestId ? { request_id: requestId } : {}) } });
}
