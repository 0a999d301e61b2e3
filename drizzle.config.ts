/**
 * drizzle-kit settings: `npx drizzle-kit generate` writes a new migration into memory/migrations
 * after memory/schema.ts changes. The app applies them itself on first use (memory/migrate.ts).
 */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './memory/schema.ts',
  out: './memory/migrations',
  dbCredentials: { url: process.env.BTP_DB ?? './data/backtestpilot.db' },
});
