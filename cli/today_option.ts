import { loadConfig, type AppConfig } from '../adk.config.js';

/** The app config, with `--today` (when given) standing in for BTP_TODAY; validated the same way. */
export function configWithToday(today: string | undefined): AppConfig {
  return today === undefined ? loadConfig() : loadConfig({ ...process.env, BTP_TODAY: today });
}
