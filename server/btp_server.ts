/**
 * `btp serve`: ADK's AdkApiServer (its /run, /run_sse, session and artifact routes, so ADK clients
 * keep working) with the guards, limits and observability a shared service needs, in the order a
 * request meets them: request id and log → helmet → CORS → health and metrics → hidden routes →
 * drain → a full queue's refusal → API key → rate limit → JSON only, 64 KB → path ids, app and
 * user → client state → run gate → ADK's handler → JSON errors.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { App, getArtifactServiceFromUri, LogLevel, type Event, type RunConfig } from '@google/adk';
import { AdkApiServer } from '@google/adk-devtools';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit';
import helmet from 'helmet';
import { Redis } from 'ioredis';
import type { DestinationStream, Logger } from 'pino';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { AppConfig } from '../adk.config.js';
import { createRootAgent } from '../agents/backtestpilot/agent.js';
import { startSessionService } from '../agents/runtime/session_service.js';
import { closeSharedExperimentStores, sharedExperimentStore } from '../memory/shared_store.js';
import { listCsvFiles } from '../tools/data/data_directory.js';
import { BacktestPilotError } from '../tools/errors.js';
import { sendError } from './api_errors.js';
import { defaultKeysDatabasePath, openApiKeyStore } from './api_key_store.js';
import { authenticate, KeyRegistry } from './auth.js';
import { GuardedSessionService } from './guarded_session_service.js';
import { healthz, readyz } from './health.js';
import { hideRoutes, normalizeAdkErrors, notFound, refuseClientState, requireJson, scopePathIds } from './http_guards.js';
import { inProcessAgentLoader } from './in_process_agent_loader.js';
import { createServerLogger, secretValues } from './logger.js';
import { routeLabel, ServerMetrics } from './metrics.js';
import { MetricsPlugin } from './metrics_plugin.js';
import { RequestSpanPlugin } from './request_span_plugin.js';
import { RunValuesPlugin } from './run_values_plugin.js';
import { currentRequest, withRequestContext } from './request_context.js';
import { RunAdmission } from './run_admission.js';
import { ID_PATTERN } from './run_body.js';
import { runGate, shedWhenFull, SHUTDOWN } from './run_gate.js';
import { JSON_BODY_LIMIT_BYTES, type ServerConfig } from './server_config.js';
import { redisSessionLocks, sqliteSessionLocks } from './session_lock.js';
import { startTelemetry, type Telemetry } from './telemetry.js';

export interface BtpServerOptions {
  app: AppConfig;
  server: ServerConfig;
  /** Where log lines go (default stdout); tests read them. */
  logDestination?: DestinationStream;
  /** The environment the Gemini keys to scrub from logs are read from (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Extra span processors (tests: an in-memory exporter). */
  spanProcessors?: SpanProcessor[];
}

export interface BtpServer {
  url: string;
  /** Stops taking requests, lets runs in flight finish (up to 10 s), then closes every store. */
  close(): Promise<void>;
}

/** ADK counts model calls per user turn; a full pipeline run with optimisation needs about 30. */
const MAX_LLM_CALLS_PER_RUN = 100;

type AsyncMiddleware = (req: Request, res: Response, next: NextFunction) => Promise<void>;

/** Express 4 does not catch a rejected handler: pass the error on instead of leaving the request hanging. */
function caught(handler: AsyncMiddleware) {
  return (req: Request, res: Response, next: NextFunction) => {
    handler(req, res, next).catch(next);
  };
}

function adkLogBridge(logger: Logger) {
  return {
    log: (level: LogLevel, ...args: unknown[]) => { if (level >= LogLevel.WARN) logger.warn({ event: 'adk.log' }, args.map(String).join(' ')); },
    debug: () => undefined,
    info: () => undefined,
    warn: (...args: unknown[]) => logger.warn({ event: 'adk.log' }, args.map(String).join(' ')),
    error: (...args: unknown[]) => logger.error({ event: 'adk.log' }, args.map(String).join(' ')),
    setLogLevel: () => undefined,
  };
}

function bodyParserError(error: unknown): { code: 'malformed_json' | 'body_too_large' | 'unsupported_media_type'; message: string } | undefined {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') return { code: 'malformed_json', message: 'the body is not valid JSON' };
  if (type === 'entity.too.large') return { code: 'body_too_large', message: `a JSON body holds at most ${JSON_BODY_LIMIT_BYTES / 1024} KB` };
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return { code: 'unsupported_media_type', message: 'bodies must be UTF-8 JSON' };
  return undefined;
}

export async function startBtpServer(options: BtpServerOptions): Promise<BtpServer> {
  const { app: appConfig, server: config } = options;
  const env = options.env ?? process.env;
  const logger = createServerLogger({
    level: env.BTP_LOG_LEVEL || 'info',
    secrets: secretValues(config.apiKeys.map((entry) => entry.key), env),
    project: env.GOOGLE_CLOUD_PROJECT,
    destination: options.logDestination,
  });
  const metrics = new ServerMetrics();
  const telemetry: Telemetry | undefined = config.debug ? undefined : startTelemetry({ otlpEndpoint: config.otlpEndpoint, metrics, spanProcessors: options.spanProcessors });

  // Every store opens (and migrates) before the port does: a bad one stops the start-up, loudly.
  sharedExperimentStore(appConfig.databasePath);
  const sessionHandle = await startSessionService(appConfig.sessionServiceUri);
  const sessions = new GuardedSessionService(sessionHandle.service, {
    onUnreadableEvents: (sessionId, count) => currentRequest()?.logger.warn({ event: 'session.unreadable_events', session_id: sessionId, count }, 'left unreadable stored events out of the history'),
  });
  const keyStore = config.authRequired ? openApiKeyStore(defaultKeysDatabasePath()) : undefined;
  const registry = config.authRequired ? new KeyRegistry(config.apiKeys, keyStore) : undefined;
  if (registry?.isEmpty) {
    keyStore?.close();
    await sessionHandle.close();
    throw new BacktestPilotError('bad_config', 'btp serve requires API keys: set BTP_API_KEYS=user_id:key,... or create one with `btp keys create <user_id>`; BTP_AUTH=off turns authentication off for local use only');
  }
  const locks = config.redisUrl ? redisSessionLocks(config.redisUrl) : sqliteSessionLocks(config.lockDatabasePath);
  const admission = new RunAdmission({ maxConcurrent: config.maxConcurrentRuns, maxQueued: config.maxQueuedRuns, maxWaitMs: config.runTimeoutMs });
  const inFlight = new Set<AbortController>();
  let draining = false;

  const adkApp = new App({ name: appConfig.appName, rootAgent: createRootAgent(appConfig), plugins: [new MetricsPlugin(metrics), new RequestSpanPlugin(), new RunValuesPlugin()] });
  const adk = new AdkApiServer({
    host: config.host,
    port: config.port,
    sessionService: sessions,
    // ADK's default keeps every artifact of every run in memory: 1.6 MB a run, never freed.
    artifactService: getArtifactServiceFromUri(config.artifactUri),
    agentLoader: inProcessAgentLoader(adkApp),
    serveDebugUI: false,
    logger: adkLogBridge(logger),
    logLevel: LogLevel.WARN,
  });
  // AdkApiServer always installs an in-memory span exporter and trace store behind /debug/*; they
  // grow without bound. Outside BTP_DEBUG=1 its telemetry set-up is replaced by ours (startTelemetry).
  if (!config.debug) Reflect.set(adk, 'setupTelemetry', async () => undefined);
  // ADK's /run and /run_sse call executeAgentRun with their own abort signal and no runConfig: add
  // the request's deadline signal and our model-call bound.
  const executeAgentRun = Reflect.get(adk, 'executeAgentRun') as (options: { abortSignal?: AbortSignal; runConfig?: RunConfig }) => AsyncGenerator<Event>;
  Reflect.set(adk, 'executeAgentRun', (runOptions: { abortSignal?: AbortSignal; runConfig?: RunConfig }) => {
    const run = currentRequest()?.run;
    const signals = [runOptions.abortSignal, run?.abort.signal].filter((signal): signal is AbortSignal => signal !== undefined);
    return executeAgentRun.call(adk, {
      ...runOptions,
      abortSignal: signals.length > 0 ? AbortSignal.any(signals) : undefined,
      runConfig: { ...runOptions.runConfig, maxLlmCalls: MAX_LLM_CALLS_PER_RUN },
    });
  });

  const app = adk.app;
  app.disable('x-powered-by');
  app.set('trust proxy', process.env.K_SERVICE ? 1 : false);
  app.use((req, res, next) => {
    const offered = req.headers['x-request-id'];
    const requestId = typeof offered === 'string' && ID_PATTERN.test(offered) ? offered : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = performance.now();
    const requestLogger = logger.child({ request_id: requestId });
    res.once('close', () => {
      const route = routeLabel(req.path);
      const seconds = (performance.now() - started) / 1000;
      metrics.requests.inc({ route, status: String(res.statusCode) });
      metrics.requestDuration.observe({ route }, seconds);
      if (res.locals.refusedRun === true) metrics.refusalDuration.observe(seconds);
      if (route !== '/healthz' && route !== '/metrics') {
        requestLogger.info({ event: 'http.request', method: req.method, route, status: res.statusCode, duration_ms: Math.round(seconds * 1000), user_id: res.locals.userId }, `${req.method} ${route} ${res.statusCode}`);
      }
    });
    withRequestContext({ requestId, logger: requestLogger }, next);
  });
  app.use(helmet());
  app.use(cors({ origin: config.allowedOrigins.length > 0 ? config.allowedOrigins : false }));
  app.get('/healthz', healthz);
  const store = () => sharedExperimentStore(appConfig.databasePath);
  app.get('/readyz', caught(readyz({
    experiment_store: async () => { store().sqlite.prepare('SELECT 1').get(); },
    session_store: async () => { await sessions.listSessions({ appName: appConfig.appName, userId: 'readyz-probe' }); },
    run_locks: () => locks.ping(),
    data_source: async () => {
      if ((await listCsvFiles(appConfig.dataDir)).length === 0) throw new Error('no data files');
    },
  }, () => draining)));
  app.get('/metrics', caught(async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  }));
  app.use(hideRoutes(config.debug));
  app.use((_req, res, next) => {
    if (draining) sendError(res, 'shutting_down', 'the server is shutting down; retry on another instance', { retryAfterSeconds: 1 });
    else next();
  });
  app.post(['/run', '/run_sse'], shedWhenFull(admission, metrics));
  app.use(authenticate(registry));
  app.use(rateLimit({
    windowMs: 60_000,
    limit: config.rateLimitPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) => (typeof res.locals.userId === 'string' ? `user:${res.locals.userId}` : ipKeyGenerator(req.ip ?? 'unknown')),
    store: config.redisUrl ? redisRateLimitStore(config.redisUrl) : undefined,
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfterSeconds = resetTime ? (resetTime.getTime() - Date.now()) / 1000 : 60;
      metrics.runsRefused.inc({ reason: 'rate_limited' });
      sendError(res, 'rate_limited', `at most ${config.rateLimitPerMinute} requests a minute per API key; try again in ${Math.max(1, Math.ceil(retryAfterSeconds))} s`, { retryAfterSeconds });
    },
  }));
  app.use(requireJson);
  app.use(express.json({ limit: JSON_BODY_LIMIT_BYTES, strict: true }));
  app.use(normalizeAdkErrors);
  app.use(scopePathIds(appConfig.appName));
  app.use(refuseClientState);
  const gate = runGate({
    appName: appConfig.appName, sessionService: sessions, locks, admission, metrics,
    runTimeoutMs: config.runTimeoutMs, captureContent: config.captureContentInSpans, inFlight,
  });
  app.post(['/run', '/run_sse'], caught(gate));

  // ADK's routes go on after ours; its private init registers them on the same express app.
  await (Reflect.get(adk, 'init') as () => Promise<void>).call(adk);
  app.use(notFound);
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const parserError = bodyParserError(error);
    if (parserError) {
      sendError(res, parserError.code, parserError.message);
      return;
    }
    currentRequest()?.logger.error({ event: 'http.error', error: error instanceof Error ? error.message : String(error) }, 'request failed');
    sendError(res, 'internal', 'the server failed to answer this request; it was logged with its request id');
  });

  const server = http.createServer(app);
  server.requestTimeout = config.runTimeoutMs + 15_000;
  server.headersTimeout = 30_000;
  // Longer than Google's front end keeps idle connections (600 s would be too long for a drain).
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ event: 'server.started', url, auth: config.authRequired, max_concurrent_runs: config.maxConcurrentRuns, max_queued_runs: config.maxQueuedRuns }, `btp serve listening on ${url}`);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      draining = true;
      logger.info({ event: 'server.draining', runs_in_flight: admission.active, runs_queued: admission.queued }, 'stopped taking requests; draining');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + config.drainTimeoutMs;
      while ((admission.active > 0 || admission.queued > 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      const abandoned = inFlight.size;
      for (const controller of inFlight) controller.abort(SHUTDOWN);
      // Let the abandoned runs' 503 answers leave before the connections are cut.
      if (abandoned > 0) await new Promise((resolve) => setTimeout(resolve, 200));
      server.closeAllConnections();
      await closed;
      await telemetry?.shutdown().catch(() => undefined);
      await locks.close().catch(() => undefined);
      keyStore?.close();
      await sessionHandle.close();
      closeSharedExperimentStores();
      logger.info({ event: 'server.stopped', runs_abandoned: abandoned }, 'btp serve stopped');
      logger.flush();
    })();
    return closing;
  };
  return { url, close };
}

function redisRateLimitStore(url: string): Store {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 5_000 });
  return new RedisStore({
    prefix: 'btp:rate:',
    sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply>,
  });
}
