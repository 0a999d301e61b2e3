import type { AppConfig } from '../adk.config.js';

/** What the agent tools need from the app's configuration, injected so tests can set each one. */
export interface ToolDependencies {
  dataDir: string;
  cacheDir: string;
  riskFreeRate: number;
  /** The experiment store's SQLite file (BTP_DB): every pipeline run is saved there. */
  databasePath: string;
  /** Today's date, YYYY-MM-DD (UTC): fixed by BTP_TODAY / --today for reproducible runs. */
  today: () => string;
}

export function toolDependencies(config: AppConfig): ToolDependencies {
  return {
    dataDir: config.dataDir,
    cacheDir: config.cacheDir,
    riskFreeRate: config.riskFreeRate,
    databasePath: config.databasePath,
    today: () => config.today ?? new Date().toISOString().slice(0, 10),
  };
}
