/**
 * Bundles the built CLI (dist/cli/main.js) and its dependencies into one file, dist/cli/btp.js,
 * the `btp` bin. Loading @google/adk's thousand-odd modules one by one is most of a cold
 * `btp ask` (about 1.4 s of 2.2 s on the dev VM); one file loads in a fraction of that.
 * Tests and `adk web` keep using the unbundled modules.
 */
import { build } from 'esbuild';

const result = await build({
  entryPoints: { btp: 'dist/cli/main.js' },
  outdir: 'dist/cli',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  metafile: true,
  // Parsing is most of a cold start: minified code parses in a fraction of the time.
  minify: true,
  keepNames: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  external: [
    // Native addons, and piscina, which starts its workers from its own files on disk.
    'better-sqlite3', 'sqlite3', 'piscina', '@resvg/resvg-js',
    // BullMQ require()s its Redis client by name at run time (and names optional ones that are not installed).
    'bullmq',
    // ADK devtools' agent loader imports esbuild (a native binary); btp serve loads agents in process and never calls it.
    'esbuild',
    // Its modules declare their own __filename/__dirname, which clash with the banner's; loaded from node_modules.
    '@google/adk-devtools',
    // ADK's database session service and the drivers MikroORM loads on demand.
    '@mikro-orm/*', 'pg', 'pg-query-stream',
    // ccxt, loaded on demand by fetches: bundled, its HTTP client (undici, which it imports by name)
    // failed every request with "fetch failed"; from node_modules it finds its own undici.
    'ccxt',
    // The Gemini replay's HTTP interceptor: a dev dependency, loaded only by btp eval run --replay-gemini.
    'msw', 'msw/node', 'mysql2', 'mariadb', 'tedious', 'oracledb', 'libsql',
  ],
  // CommonJS dependencies bundled into ESM still call require() and read __dirname.
  banner: {
    js: [
      "import { createRequire as bundleCreateRequire } from 'node:module';",
      "import { fileURLToPath as bundleFileURLToPath } from 'node:url';",
      'const require = bundleCreateRequire(import.meta.url);',
      'const __filename = bundleFileURLToPath(import.meta.url);',
      "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
    ].join(' '),
  },
});
import { writeFileSync } from 'node:fs';
writeFileSync('dist/cli/meta.json', JSON.stringify(result.metafile));
