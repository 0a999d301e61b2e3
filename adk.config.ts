/**
 * The app's configuration in one typed place: read by the CLI, the servers, the agents and the
 * tests. Every value comes from an environment variable with a documented default (README,
 * "Configuration"); nothing else in the code reads `process.env` for these.
 */
import path from 'node:path';
import { parseDatabaseUrl } from './memory/database_url.js';
import { findPackageRoot } from './tools/package_root.js';

export interface AppConfig {
  /** ADK app name: the folder under `agents/` that `adk web` / `adk api_server` list. */
  appName: string;
  /** Folder holding the ADK app(s), for `adk web agents` / `adk api_server agents`. */
  agentsDir: string;
  /** Where OHLCV CSV files are read from (`BTP_DATA_DIR`; default the sample bundled in data/sample). Never written to. */
  dataDir: string;
  /** Where parsed series are cached (`BTP_CACHE_DIR`), keyed by the source file's hash. */
  cacheDir: string;
  /** Experiment store, a SQLite file (`BTP_DB`); unused when `databaseUrl` is set. */
  databasePath: string;
  /** Experiment store on PostgreSQL (`BTP_DATABASE_URL`, postgres://…); also the session store unless BTP_SESSION_URI is set. */
  databaseUrl: string | undefined;
  /** ADK session service URI (`BTP_SESSION_URI`); `memory://`, `sqlite://<path>` or `postgres://…` (default BTP_DATABASE_URL when set). */
  sessionServiceUri: string;
  /** `offline` (the built-in deterministic model) unless a Gemini key is set; `BTP_MODEL` overrides. */
  model: string;
  /** Fixed "today" (`BTP_TODAY`, YYYY-MM-DD) for reproducible relative dates; undefined = the clock. */
  today: string | undefined;
  /** Annual risk-free rate for Sharpe and Sortino (`BTP_RISK_FREE_RATE`), default 0. */
  riskFreeRate: number;
  /** Agent log level (`BTP_LOG_LEVEL`), default `warn` so CLI output stays clean; `info` shows agent events. */
  logLevel: LogLevelName;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export const OFFLINE_MODEL = 'offline-rules';
export const DEFAULT_GEMINI_MODEL = 'gemini-2.5-flash';

type Environment = Readonly<Record<string, string | undefined>>;

function hasGeminiKey(env: Environment): boolean {
  return Boolean(env.GOOGLE_API_KEY || env.GEMINI_API_KEY || env.GOOGLE_GENAI_API_KEY);
}

function parseRiskFreeRate(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < -0.1 || value > 0.5) {
    throw new Error(`BTP_RISK_FREE_RATE must be an annual rate between -0.1 and 0.5 (e.g. 0.04), got "${raw}"`);
  }
  return value;
}

function parseToday(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) {
    throw new Error(`BTP_TODAY must be a date as YYYY-MM-DD, got "${raw}"`);
  }
  return raw;
}

function parseLogLevel(raw: string | undefined): LogLevelName {
  if (raw === undefined || raw === '') return 'warn';
  const level = LOG_LEVELS.find((name) => name === raw.toLowerCase());
  if (!level) throw new Error(`BTP_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/** The reference series shipped with the package, found from the package's own location, not the working directory. */
export function bundledSampleDir(): string {
  return path.join(findPackageRoot() ?? process.cwd(), 'data', 'sample');
}

export function loadConfig(env: Environment = process.env): AppConfig {
  const model = env.BTP_MODEL || (hasGeminiKey(env) ? DEFAULT_GEMINI_MODEL : OFFLINE_MODEL);
  const databaseUrl = parseDatabaseUrl(env.BTP_DATABASE_URL);
  return {
    appName: 'backtestpilot',
    agentsDir: 'agents',
    dataDir: env.BTP_DATA_DIR ? path.resolve(env.BTP_DATA_DIR) : bundledSampleDir(),
    cacheDir: path.resolve(env.BTP_CACHE_DIR || './data/processed'),
    databasePath: path.resolve(env.BTP_DB || './data/backtestpilot.db'),
    databaseUrl,
    sessionServiceUri: env.BTP_SESSION_URI || databaseUrl || 'sqlite://./data/sessions.db',
    model,
    today: parseToday(env.BTP_TODAY),
    riskFreeRate: parseRiskFreeRate(env.BTP_RISK_FREE_RATE),
    logLevel: parseLogLevel(env.BTP_LOG_LEVEL),
  };
}
