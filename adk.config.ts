/**
 * The app's configuration in one typed place: read by the CLI, the servers, the agents and the
 * tests. Every value comes from an environment variable with a documented default (README,
 * "Configuration"); nothing else in the code reads `process.env` for these.
 */
import path from 'node:path';
import { bundledSampleFolder, dataFolders, defaultUserDataFolder, joinDataFolders } from './tools/data/data_folders.js';
import { DEFAULT_CACHE_MAX_MB, type MarketDataSettings } from './tools/data/data_settings.js';
import { INVALID_ROW_POLICIES, type InvalidRowPolicy } from './tools/data/row_rules.js';
import { parseDatabaseUrl } from './memory/database_url.js';
import { isRedisUrl } from './queue/redis_url.js';
import { readIsoDate } from './tools/dates/iso_date.js';
import { BacktestPilotError } from './tools/errors.js';
import { readNumber } from './tools/numbers/read_number.js';
import { findPackageRoot } from './tools/package_root.js';

export interface AppConfig {
  /** ADK app name: the folder under `agents/` that `adk web` / `adk api_server` list. */
  appName: string;
  /** Folder holding the ADK app(s), for `adk web agents` / `adk api_server agents`. */
  agentsDir: string;
  /**
   * Where OHLCV CSV files are read from: one folder or several joined like PATH, the first layered
   * over the rest (`BTP_DATA_DIR`; default `<package>/data/ohlcv` over the bundled `<package>/data/sample`).
   */
  dataDir: string;
  /** Where `btp data fetch` writes: the top layer of `dataDir` (`<package>/data/ohlcv` by default). */
  userDataDir: string;
  /** Where parsed series are cached (`BTP_CACHE_DIR`, default `<package>/data/processed`), keyed by the source file's hash. */
  cacheDir: string;
  /** Bound of each parse cache, the series in memory and the files on disk (`BTP_CACHE_MAX_MB`, default 1024); least recently used entries are evicted. */
  cacheMaxMb: number;
  /** Rows breaking a data rule fail the load (`error`) or are dropped and listed in notes (`drop`): `BTP_DATA_INVALID`. */
  invalidRows: InvalidRowPolicy;
  /** `BTP_OFFLINE=1`: no network access; a series missing locally is `data_unavailable` at once. */
  offline: boolean;
  /** `BTP_FETCH_ON_DEMAND` (default 1): a request naming data the folders lack fetches it first; 0 = local data only. */
  fetchOnDemand: boolean;
  /** A mirror or test server per data source, from `BTP_<SOURCE>_URL` (BTP_BINANCE_URL, BTP_YAHOO_URL, BTP_KRAKEN_URL…). */
  sourceUrls: Record<string, string>;
  /** Experiment store, a SQLite file (`BTP_DB`); unused when `databaseUrl` is set. */
  databasePath: string;
  /** Experiment store on PostgreSQL (`BTP_DATABASE_URL`, postgres://…); also the session store unless BTP_SESSION_URI is set. */
  databaseUrl: string | undefined;
  /** ADK session service URI (`BTP_SESSION_URI`); `memory://`, `sqlite://<path>` or `postgres://…` (default BTP_DATABASE_URL when set). */
  sessionServiceUri: string;
  /** The worker fleet's Redis (`BTP_REDIS_URL`): when set, the agents can report on its sweeps ("how is sweep 12 doing?"). */
  redisUrl: string | undefined;
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
/** The offline grammar first, Gemini only for what it cannot read (agents/models/hybrid_model.ts). */
export const HYBRID_MODEL = 'hybrid';
export const DEFAULT_GEMINI_MODEL = 'gemini-2.5-flash';

type Environment = Readonly<Record<string, string | undefined>>;

export function hasGeminiKey(env: Environment): boolean {
  return Boolean(env.GOOGLE_API_KEY || env.GEMINI_API_KEY || env.GOOGLE_GENAI_API_KEY);
}

// Configuration errors are typed like any bad input, so every command prints them as one line.
function parseRiskFreeRate(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  return readNumber(raw, { name: 'BTP_RISK_FREE_RATE (an annual rate, e.g. 0.04)', min: -0.1, max: 0.5, code: 'bad_config' });
}

function parseRedisUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!isRedisUrl(raw)) throw new BacktestPilotError('bad_config', `BTP_REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379; got "${raw}"`, { BTP_REDIS_URL: raw });
  return raw;
}

function parseToday(raw: string | undefined): string | undefined {
  return raw === undefined || raw === '' ? undefined : readIsoDate(raw, 'BTP_TODAY');
}

function parseLogLevel(raw: string | undefined): LogLevelName {
  if (raw === undefined || raw === '') return 'warn';
  const level = LOG_LEVELS.find((name) => name === raw.toLowerCase());
  if (!level) throw new BacktestPilotError('bad_config', `BTP_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`, { field: 'BTP_LOG_LEVEL', value: raw });
  return level;
}

/** The reference series shipped with the package, found from the package's own location, not the working directory. */
export function bundledSampleDir(): string {
  return bundledSampleFolder();
}

function parseDataPath(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') return joinDataFolders([defaultUserDataFolder(), bundledSampleFolder()]);
  return joinDataFolders(dataFolders(raw));
}

// A terabyte is far past any machine this runs on, and keeps the bound in bytes a safe integer.
const MAX_CACHE_MAX_MB = 1024 * 1024;

// Empty is refused, not read as the default: `BTP_CACHE_MAX_MB=` is more likely a script's unset
// variable than a wish for 1 GB, and issue 18 refuses empty numbers everywhere.
function parseCacheMaxMb(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_CACHE_MAX_MB;
  return readNumber(raw, { name: 'BTP_CACHE_MAX_MB (megabytes per cache, e.g. 1024)', min: 1, max: MAX_CACHE_MAX_MB, integer: true, code: 'bad_config' });
}

function parseInvalidRows(raw: string | undefined): InvalidRowPolicy {
  if (raw === undefined || raw === '') return 'error';
  const policy = INVALID_ROW_POLICIES.find((name) => name === raw.trim().toLowerCase());
  if (!policy) throw new BacktestPilotError('bad_config', `BTP_DATA_INVALID must be one of ${INVALID_ROW_POLICIES.join(', ')}, got "${raw}"`);
  return policy;
}

function parseSwitch(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === '0' || raw.toLowerCase() === 'false') return false;
  if (raw === '1' || raw.toLowerCase() === 'true') return true;
  throw new BacktestPilotError('bad_config', `${name} must be 1 or 0 (or true/false), got "${raw}"`);
}

// BTP_DATABASE_URL and the like name no data source; only ids a source could have are kept.
const NOT_SOURCES = new Set(['database', 'session', 'redis']);

function parseSourceUrls(env: Environment): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^BTP_([A-Z0-9]+)_URL$/.exec(key);
    const id = match?.[1]?.toLowerCase();
    if (!id || NOT_SOURCES.has(id) || !value) continue;
    if (!/^https?:\/\/[^\s/]+/.test(value)) throw new BacktestPilotError('bad_config', `${key} must be an http(s) URL such as http://127.0.0.1:8080, got "${value}"`);
    urls[id] = value;
  }
  return urls;
}

/** The data layer's process-wide settings from a configuration (see `configureMarketData`). */
export function marketDataSettingsOf(config: AppConfig): MarketDataSettings {
  return {
    invalidRows: config.invalidRows, cacheMaxBytes: config.cacheMaxMb * 1024 * 1024, offline: config.offline,
    fetchOnDemand: config.fetchOnDemand, sourceUrls: config.sourceUrls,
  };
}

export function loadConfig(env: Environment = process.env): AppConfig {
  const model = env.BTP_MODEL || (hasGeminiKey(env) ? DEFAULT_GEMINI_MODEL : OFFLINE_MODEL);
  const dataDir = parseDataPath(env.BTP_DATA_DIR);
  const databaseUrl = parseDatabaseUrl(env.BTP_DATABASE_URL);
  return {
    appName: 'backtestpilot',
    agentsDir: 'agents',
    dataDir,
    userDataDir: dataFolders(dataDir)[0]!,
    cacheDir: env.BTP_CACHE_DIR ? path.resolve(env.BTP_CACHE_DIR) : path.join(findPackageRoot() ?? process.cwd(), 'data', 'processed'),
    cacheMaxMb: parseCacheMaxMb(env.BTP_CACHE_MAX_MB),
    invalidRows: parseInvalidRows(env.BTP_DATA_INVALID),
    offline: parseSwitch('BTP_OFFLINE', env.BTP_OFFLINE, false),
    fetchOnDemand: parseSwitch('BTP_FETCH_ON_DEMAND', env.BTP_FETCH_ON_DEMAND, true),
    sourceUrls: parseSourceUrls(env),
    databasePath: path.resolve(env.BTP_DB || './data/backtestpilot.db'),
    databaseUrl,
    sessionServiceUri: env.BTP_SESSION_URI || databaseUrl || 'sqlite://./data/sessions.db',
    redisUrl: parseRedisUrl(env.BTP_REDIS_URL),
    model,
    today: parseToday(env.BTP_TODAY),
    riskFreeRate: parseRiskFreeRate(env.BTP_RISK_FREE_RATE),
    logLevel: parseLogLevel(env.BTP_LOG_LEVEL),
  };
}
