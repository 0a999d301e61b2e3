import pc from 'picocolors';
import type { StoreBackup } from '../memory/store_backup.js';
import type { StoreCheck } from '../memory/store_check.js';

export function renderStoreCheck(check: StoreCheck): string {
  const { schema } = check;
  const version = schema.unknown_migrations > 0
    ? pc.red(`NEWER than this version: ${schema.unknown_migrations} unknown migration(s); upgrade BackTestPilot (${schema.app_version}) before writing to it`)
    : schema.up_to_date ? `up to date (${schema.applied_migrations} of ${schema.known_migrations} migrations)` : `${schema.applied_migrations} of ${schema.known_migrations} migrations applied; the next command that opens it applies the rest`;
  const integrity = check.integrity.length === 1 && check.integrity[0] === 'ok' ? 'ok' : pc.red(`FAILED\n${check.integrity.map((problem) => `  - ${problem}`).join('\n')}`);
  return [
    `${check.ok ? pc.green('OK') : pc.red('NOT OK')}: ${check.kind} store ${check.location}`,
    `integrity:   ${integrity}`,
    `schema:      ${version}`,
    ...(check.experiments === null ? [] : [`contents:    ${check.experiments} experiment(s), ${check.results} result row(s)`]),
    ...(check.ok ? [] : ['Nothing was changed. Restore a backup, or point BTP_DB / BTP_DATABASE_URL at another store.']),
  ].join('\n');
}

export function renderStoreBackup(backup: StoreBackup): string {
  return `Backed up the ${backup.kind} store to ${backup.file} (${backup.bytes.toLocaleString('en-US')} bytes).\n${backup.how}`;
}
