import { loadConfig, type AppConfig } from '../adk.config.js';
import { readIsoDate } from '../tools/dates/iso_date.js';

/** The app config, with `--today` (when given) standing in for BTP_TODAY; validated the same way, named as the flag. */
export function configWithToday(today: string | undefined): AppConfig {
  return today === undefined ? loadConfig() : loadConfig({ ...process.env, BTP_TODAY: readIsoDate(today, '--today') });
}
