import type { Command } from 'commander';
import { defaultKeysDatabasePath, openApiKeyStore } from '../../server/api_key_store.js';
import { PathIdSchema } from '../../server/run_body.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';

function withStore<T>(action: (store: ReturnType<typeof openApiKeyStore>) => T): T {
  const store = openApiKeyStore(defaultKeysDatabasePath());
  try {
    return action(store);
  } finally {
    store.close();
  }
}

export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('Manage the API keys btp serve accepts (stored hashed; BTP_KEYS_DB)');
  keys
    .command('create <user_id>')
    .description('Create a key that acts as <user_id>; the key is printed once and never stored')
    .option('--json', 'print JSON')
    .action(runCommand((userId: string, options: { json?: boolean }) => {
      if (!PathIdSchema.safeParse(userId).success) throw new BacktestPilotError('bad_id', `a user id is 1 to 128 letters, digits, "_", "-" or "." starting with a letter or digit, got "${userId}"`);
      const created = withStore((store) => store.create(userId));
      if (options.json) process.stdout.write(`${JSON.stringify({ id: created.id, user_id: userId, key: created.key })}\n`);
      else process.stdout.write(`Created key ${created.id} for ${userId}. Store it now; it is not shown again:\n${created.key}\n`);
    }, jsonFlagOf));
  keys
    .command('list')
    .description('List keys: id, user, created, revoked (never the key)')
    .option('--json', 'print JSON')
    .action(runCommand((options: { json?: boolean }) => {
      const list = withStore((store) => store.list());
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ keys: list })}\n`);
        return;
      }
      if (list.length === 0) process.stdout.write('No keys. Create one with: btp keys create <user_id>\n');
      for (const key of list) process.stdout.write(`${key.id}  ${key.userId}  created ${key.createdAt}${key.revokedAt ? `  revoked ${key.revokedAt}` : ''}\n`);
    }, jsonFlagOf));
  keys
    .command('revoke <id>')
    .description('Revoke a key by the id btp keys list shows; it stops working at once')
    .action(runCommand((id: string) => {
      if (!withStore((store) => store.revoke(id))) throw new BacktestPilotError('not_found', `no active key with id "${id}"; see btp keys list`);
      process.stdout.write(`Revoked key ${id}.\n`);
    }));
}
