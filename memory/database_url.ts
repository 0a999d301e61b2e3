import { BacktestPilotError } from '../tools/errors.js';

/** BTP_DATABASE_URL, checked: a postgres:// or postgresql:// URL, or unset. */
export function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BacktestPilotError('bad_config', 'BTP_DATABASE_URL must be a URL such as postgres://user@127.0.0.1:5432/backtestpilot', { variable: 'BTP_DATABASE_URL' });
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new BacktestPilotError('bad_config', `BTP_DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//"; leave it unset to use the SQLite file BTP_DB`, { variable: 'BTP_DATABASE_URL', protocol: url.protocol });
  }
  return raw;
}
