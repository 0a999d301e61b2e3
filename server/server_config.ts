/**
 * `btp serve`'s settings, read once from the environment (README, "The API server"). One zod
 * schema per variable: a wrong value stops the server at start-up with a line naming the variable,
 * instead of a service that half-works.
 */
import { isRedisUrl } from '../queue/redis_url.js';
import os from 'node:os';
import { z } from 'zod';
import { BacktestPilotError } from '../tools/errors.js';

type Environment = Readonly<Record<string, string | undefined>>;

export interface ApiKeyEntry {
  userId: string;
  key: string;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** False only with BTP_AUTH=off, given explicitly for local use. */
  authRequired: boolean;
  /** BTP_API_KEYS: `user_id:key` pairs. Keys created with `btp keys create` live hashed in the store. */
  apiKeys: ApiKeyEntry[];
  /** Requests a minute per key (per client address without auth). */
  rateLimitPerMinute: number;
  redisUrl: string | undefined;
  allowedOrigins: string[];
  maxConcurrentRuns: number;
  maxQueuedRuns: number;
  runTimeoutMs: number;
  /** How long SIGTERM waits for runs in flight before closing the store. */
  drainTimeoutMs: number;
  /** /debug/* routes and ADK's in-memory trace store exist only with BTP_DEBUG=1. */
  debug: boolean;
  /** Where the cross-instance session locks live when no Redis is configured (SQLite). */
  lockDatabasePath: string;
  /** The user's request text is copied into spans only when ADK's content capture is on. */
  captureContentInSpans: boolean;
  otlpEndpoint: string | undefined;
  /**
   * Where a run's report.html, report.md and chart PNGs are kept (BTP_ARTIFACT_URI): `file://<dir>`
   * (default `file://./data/artifacts`), `gs://<bucket>` (needs @google-cloud/storage) or `memory://`
   * (tests only: it keeps every artifact of every run in the process).
   */
  artifactUri: string;
}

export const JSON_BODY_LIMIT_BYTES = 64 * 1024;
/** The same limit the CLI applies to a request (issue 18 §2). */
export const MAX_REQUEST_CHARS = 4_000;
/** Two vCPU and 2 GiB: a full run holds ~1 core for ~0.1-0.3 s and < 20 MB, so four keep both cores busy. */
const DEFAULT_MAX_CONCURRENT_RUNS = Math.max(2, 2 * os.availableParallelism());
/** Cloud Run's containerConcurrency. */
const DEFAULT_MAX_QUEUED_RUNS = 80;
/** Under Cloud Run's 300 s request timeout, so a queued run is answered before the platform cuts it. */
const DEFAULT_RUN_TIMEOUT_S = 280;

const USER_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

function fail(variable: string, message: string, raw: string | undefined): never {
  throw new BacktestPilotError('bad_config', `${variable} ${message}, got "${raw ?? ''}"`, { variable });
}

const ARTIFACT_URI = /^(memory:\/\/|file:\/\/.+|gs:\/\/[a-z0-9][a-z0-9._-]{1,220})$/;

function parseArtifactUri(raw: string | undefined): string {
  const uri = raw || 'file://./data/artifacts';
  if (!ARTIFACT_URI.test(uri)) fail('BTP_ARTIFACT_URI', 'must be file://<folder>, gs://<bucket> or memory://', raw);
  return uri;
}

function wholeNumber(env: Environment, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const parsed = z.string().regex(/^\d+$/).safeParse(raw);
  const value = parsed.success ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) fail(variable, `must be a whole number from ${min} to ${max}`, raw);
  return value;
}

function parseApiKeys(raw: string | undefined): ApiKeyEntry[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((pair) => pair.trim()).filter(Boolean).map((pair) => {
    const colon = pair.indexOf(':');
    const userId = colon > 0 ? pair.slice(0, colon) : '';
    const key = colon > 0 ? pair.slice(colon + 1) : '';
    // The message never repeats the pair: it holds a secret.
    if (!USER_ID.test(userId) || key.length < 16) {
      throw new BacktestPilotError('bad_config', 'BTP_API_KEYS must be a comma-separated list of user_id:key pairs (user ids of letters, digits, "_", "-", "."; keys of 16 characters or more)', { variable: 'BTP_API_KEYS' });
    }
    return { userId, key };
  });
}

function parseOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((origin) => origin.trim()).filter(Boolean).map((origin) => {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) fail('BTP_ALLOWED_ORIGINS', 'must list origins such as https://app.example.com (scheme and host, no path)', origin);
    return origin;
  });
}

function parseAuth(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'on') return true;
  if (raw === 'off') return false;
  fail('BTP_AUTH', 'must be "on" (the default) or "off"', raw);
}

export function loadServerConfig(env: Environment = process.env, overrides: { host?: string; port?: number } = {}): ServerConfig {
  const redisUrl = env.BTP_REDIS_URL || undefined;
  if (redisUrl !== undefined && !isRedisUrl(redisUrl)) fail('BTP_REDIS_URL', 'must be a redis:// or rediss:// URL', redisUrl);
  const databasePath = env.BTP_DB || './data/backtestpilot.db';
  return {
    host: overrides.host ?? env.HOST ?? '127.0.0.1',
    port: overrides.port ?? wholeNumber(env, 'PORT', 8080, 0, 65_535),
    authRequired: parseAuth(env.BTP_AUTH),
    apiKeys: parseApiKeys(env.BTP_API_KEYS),
    rateLimitPerMinute: wholeNumber(env, 'BTP_RATE_LIMIT', 60, 1, 1_000_000),
    redisUrl,
    allowedOrigins: parseOrigins(env.BTP_ALLOWED_ORIGINS),
    maxConcurrentRuns: wholeNumber(env, 'BTP_MAX_CONCURRENT_RUNS', DEFAULT_MAX_CONCURRENT_RUNS, 1, 1_000),
    maxQueuedRuns: wholeNumber(env, 'BTP_MAX_QUEUED_RUNS', DEFAULT_MAX_QUEUED_RUNS, 0, 100_000),
    runTimeoutMs: wholeNumber(env, 'BTP_RUN_TIMEOUT_S', DEFAULT_RUN_TIMEOUT_S, 1, 3_600) * 1000,
    drainTimeoutMs: 10_000,
    debug: env.BTP_DEBUG === '1',
    lockDatabasePath: env.BTP_LOCK_DB || `${databasePath.replace(/\.db$/, '')}-run-locks.db`,
    captureContentInSpans: env.ADK_CAPTURE_MESSAGE_CONTENT_IN_SPANS !== 'false',
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || undefined,
    artifactUri: parseArtifactUri(env.BTP_ARTIFACT_URI),
  };
}
