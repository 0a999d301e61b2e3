/**
 * drizzle-kit settings for the Postgres store: `npx drizzle-kit generate --config drizzle.pg.config.ts`
 * writes a new migration into memory/postgres/migrations after memory/postgres/schema.ts changes.
 * The app applies them itself at start-up, under an advisory lock (memory/postgres/migrate.ts).
 */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './memory/postgres/schema.ts',
  out: './memory/postgres/migrations',
  dbCredentials: { url: process.env.BTP_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/backtestpilot' },
});
