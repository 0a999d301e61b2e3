import type { AppConfig } from '../adk.config.js';

/** What the agent tools need from the app's configuration, injected so tests can set each one. */
export interface ToolDependencies {
  dataDir: string;
  cacheDir: string;
  riskFreeRate: number;
  /** Today's date, YYYY-MM-DD (UTC): fixed by BTP_TODAY / --today for reproducible runs. */
  today: () => string;
}

export function toolDependencies(config: AppConfig): ToolDependencies {
  return {
    dataDir: config.dataDir,
    cacheDir: config.cacheDir,
    riskFreeRate: config.riskFreeRate,
    today: () => config.today ?? new Date().toISOString().slice(0, 10),
  };
}
