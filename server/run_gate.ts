/**
 * What a `/run` or `/run_sse` passes before ADK's handler runs it (issue 18 §6): a body that holds
 * to RunBodySchema, a request of at most 4,000 characters, no client state, our app, the key's own
 * user, an existing session, the session's run lock (409 session_busy while another run holds it,
 * across instances), and a run slot (503 when the queue is full or the wait ran out). The run then
 * gets a deadline: at BTP_RUN_TIMEOUT_S after arrival it is aborted and answered 504.
 */
import { SpanStatusCode, context as otelContext, trace } from '@opentelemetry/api';
import type { BaseSessionService } from '@google/adk';
import type { NextFunction, Request, Response } from 'express';
import { BacktestPilotError, isBacktestPilotError } from '../tools/errors.js';
import { sendError } from './api_errors.js';
import type { ServerMetrics } from './metrics.js';
import { currentRequest, withRequestContext } from './request_context.js';
import { describeIssues, requestText, RunBodySchema } from './run_body.js';
import type { RunAdmission } from './run_admission.js';
import { MAX_REQUEST_CHARS } from './server_config.js';
import type { SessionLocks } from './session_lock.js';

export interface RunGateOptions {
  appName: string;
  sessionService: BaseSessionService;
  locks: SessionLocks;
  admission: RunAdmission;
  metrics: ServerMetrics;
  runTimeoutMs: number;
  captureContent: boolean;
  /** Runs in flight, so shutdown can abort what is left after the drain. */
  inFlight: Set<AbortController>;
}

/** The abort reason shutdown gives the runs still in flight after the drain. */
export const SHUTDOWN = 'shutdown';

/** Seconds a refused caller should wait: a run takes well under one, a full queue drains in a few. */
const BUSY_RETRY_S = 2;
const OVERLOADED_RETRY_S = 5;
/** A lock outlives its run's deadline by this much, so only a dead instance's lock ever expires. */
const LOCK_MARGIN_MS = 30_000;

/**
 * Refuses a run at the door while every slot runs and the queue is full, before authentication, body
 * parsing or validation: under a burst each refusal then costs next to nothing, so refusals leave in
 * milliseconds even while admitted runs keep the event loop busy.
 */
export function shedWhenFull(admission: RunAdmission, metrics: ServerMetrics) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const refusal = admission.refusal();
    if (!refusal) {
      next();
      return;
    }
    metrics.runsRefused.inc({ reason: refusal.code });
    res.locals.refusedRun = true;
    sendError(res, refusal.code, refusal.message, { retryAfterSeconds: OVERLOADED_RETRY_S });
  };
}

export function runGate(options: RunGateOptions) {
  const tracer = () => trace.getTracer('backtestpilot');
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const arrivedAt = Date.now();
    const parsed = RunBodySchema.safeParse(req.body);
    if (!parsed.success) {
      sendError(res, 'bad_request', `the run body does not match ADK's {appName, userId, sessionId, newMessage: {role: "user", parts: [{text}]}}: ${describeIssues(parsed.error)}`);
      return;
    }
    const body = parsed.data;
    const text = requestText(body);
    if (text.length > MAX_REQUEST_CHARS) {
      sendError(res, 'request_too_long', `a request holds at most ${MAX_REQUEST_CHARS} characters, got ${text.length}; shorten it or split it into follow-ups`);
      return;
    }
    if (text.trim() === '') {
      sendError(res, 'bad_request', 'the request is empty; write what to backtest, e.g. "Backtest SMA 20/50 on BTC for 2022"');
      return;
    }
    if (body.stateDelta !== undefined && Object.keys(body.stateDelta).length > 0) {
      sendError(res, 'client_state_refused', 'session state is written by the agents, not the client; leave stateDelta out');
      return;
    }
    if (body.appName !== options.appName) {
      sendError(res, 'unknown_app', `this server serves the app "${options.appName}" only`);
      return;
    }
    const userId = res.locals.userId as string | undefined;
    if (userId !== undefined && body.userId !== userId) {
      sendError(res, 'forbidden_user', 'your API key acts as its own user only; use that user id as userId');
      return;
    }
    const key = { appName: body.appName, userId: body.userId, sessionId: body.sessionId };
    // A place in the queue first, synchronously: past it the answer is 503 at once, before any store is read.
    const reservation = options.admission.reserve();
    if (reservation instanceof BacktestPilotError) {
      options.metrics.runsRefused.inc({ reason: reservation.code });
      sendError(res, reservation.code, reservation.message, { retryAfterSeconds: OVERLOADED_RETRY_S });
      return;
    }
    syncGauges(options);
    if (!(await options.sessionService.getSession({ ...key, config: { numRecentEvents: 1 } }))) {
      reservation.cancel();
      syncGauges(options);
      sendError(res, 'session_not_found', `no session "${body.sessionId}" for this user; create it first with POST /apps/${body.appName}/users/${body.userId}/sessions/${body.sessionId}`);
      return;
    }

    const releaseLock = await options.locks.tryAcquire(`${key.appName}/${key.userId}/${key.sessionId}`, options.runTimeoutMs + LOCK_MARGIN_MS);
    if (!releaseLock) {
      reservation.cancel();
      syncGauges(options);
      options.metrics.runsRefused.inc({ reason: 'session_busy' });
      sendError(res, 'session_busy', 'a run on this session is still in flight; wait for its answer, then send the next message', { retryAfterSeconds: BUSY_RETRY_S });
      return;
    }
    const abort = new AbortController();
    const deadline: { timer?: NodeJS.Timeout } = {};
    const finish = () => {
      clearTimeout(deadline.timer);
      abort.abort();
      options.inFlight.delete(abort);
      // Gives the place back whether the run started, still waits, or its client left (idempotent).
      reservation.cancel();
      syncGauges(options);
      releaseLock().catch((error: unknown) => currentRequest()?.logger.error({ event: 'lock.release_failed', error: String(error) }, 'could not release a session lock'));
    };
    res.once('close', finish);

    try {
      await reservation.ready;
    } catch (error) {
      syncGauges(options);
      if (!isBacktestPilotError(error)) throw error;
      options.metrics.runsRefused.inc({ reason: error.code });
      sendError(res, error.code, error.message, { retryAfterSeconds: OVERLOADED_RETRY_S });
      return;
    }
    if (res.writableEnded || res.destroyed) {
      finish();
      return;
    }
    syncGauges(options);
    options.inFlight.add(abort);
    // Shutdown aborts what is left after the drain: its caller gets an answer, not a cut connection.
    abort.signal.addEventListener('abort', () => {
      if (abort.signal.reason === SHUTDOWN && !res.headersSent) sendError(res, 'shutting_down', 'the server shut down before this run finished; send it again', { retryAfterSeconds: 1 });
    }, { once: true });

    const remainingMs = Math.max(1, options.runTimeoutMs - (Date.now() - arrivedAt));
    deadline.timer = setTimeout(() => {
      currentRequest()?.logger.warn({ event: 'run.timeout', timeout_ms: options.runTimeoutMs }, 'run stopped at its deadline');
      abort.abort();
      if (!res.headersSent) sendError(res, 'run_timeout', `the run did not finish within ${Math.round(options.runTimeoutMs / 1000)} s and was stopped; try a narrower request`);
      else if (!res.writableEnded) res.end(`data: ${JSON.stringify({ error: { code: 'run_timeout', message: 'the run was stopped at its deadline' } })}\n\n`);
    }, remainingMs);

    const span = tracer().startSpan('user_request', {
      attributes: {
        'agent.name': 'user_agent',
        'session.id': key.sessionId,
        ...(options.captureContent ? { query: text } : {}),
      },
    });
    res.once('close', () => {
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR, message: `HTTP ${res.statusCode}` });
      span.setAttribute('http.status_code', res.statusCode);
      span.end();
    });
    const request = currentRequest();
    const runContext = request ? { ...request, run: { abort, span } } : undefined;
    const proceed = () => otelContext.with(trace.setSpan(otelContext.active(), span), () => next());
    if (runContext) withRequestContext(runContext, proceed);
    else proceed();
  };
}

function syncGauges(options: RunGateOptions): void {
  options.metrics.runsInFlight.set(options.admission.active);
  options.metrics.runsQueued.set(options.admission.queued);
}
