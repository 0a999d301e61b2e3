import { marketDataSettingsOf, type AppConfig } from '../adk.config.js';
import { configureMarketData } from './data/data_settings.js';

/** What the agent tools need from the app's configuration, injected so tests can set each one. */
export interface ToolDependencies {
  dataDir: string;
  cacheDir: string;
  riskFreeRate: number;
  /** The experiment store's SQLite file (BTP_DB): every pipeline run is saved there, unless databaseUrl is set. */
  databasePath: string;
  /** The experiment store on PostgreSQL (BTP_DATABASE_URL), which then takes precedence. */
  databaseUrl?: string | undefined;
  /** Today's date, YYYY-MM-DD (UTC): fixed by BTP_TODAY / --today for reproducible runs. */
  today: () => string;
  /**
   * The clock, epoch ms: when an experiment is saved and what "the last N days" counts back from.
   * The real clock everywhere but in evals, which give each case a fixed one so answers replay.
   */
  now: () => number;
  /** The worker fleet's Redis (BTP_REDIS_URL), when there is one: the agents then answer questions about its sweeps. */
  redisUrl?: string | undefined;
}

/** The tools' dependencies from the config, on the real clock unless another `now` is given. */
export function toolDependencies(config: AppConfig, now: () => number = Date.now): ToolDependencies {
  // The data layer's policies (invalid rows, cache bound, offline) apply to every load the tools make.
  configureMarketData(marketDataSettingsOf(config));
  return {
    dataDir: config.dataDir,
    cacheDir: config.cacheDir,
    riskFreeRate: config.riskFreeRate,
    databasePath: config.databasePath,
    databaseUrl: config.databaseUrl,
    today: () => config.today ?? new Date(now()).toISOString().slice(0, 10),
    now,
    redisUrl: config.redisUrl,
  };
}
