/**
 * Bundles the built CLI (dist/cli/main.js) and its dependencies into one file, dist/cli/btp.js,
 * the `btp` bin. Loading @google/adk's thousand-odd modules one by one is most of a cold
 * `btp ask` (about 1.4 s of 2.2 s on the dev VM); one file loads in a fraction of that.
 * Tests and `adk web` keep using the unbundled modules.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * zod's `z.locales` namespace holds every language's error messages (267 KB of the 470 KB zod
 * chunk that every command parses at start-up). Messages here are English only, so the namespace
 * keeps just `en`, the locale zod itself registers by default.
 */
const ENGLISH_ONLY_ZOD = {
  name: 'english-only-zod',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (
      args.importer.includes(`${path.sep}node_modules${path.sep}zod${path.sep}`) ? { path: path.resolve(args.resolveDir, '../locales/en.js'), namespace: 'zod-english' } : undefined
    ));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'zod-english' }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(args.path)};`, resolveDir: path.dirname(args.path) }));
  },
};

/**
 * ADK's package index imports its DatabaseSessionService, and with it MikroORM (140 CommonJS files,
 * about 200 ms to load), into every command that touches an agent, though only `btp chat` and `btp
 * serve` keep sessions in a database. In the bundle the index leaves those two exports out, and
 * agents/runtime/session_service.js, which `chat` and `serve` load on demand, gets them from the
 * index plus the two modules: MikroORM then loads with that chunk only. Tests and `adk web` run the
 * unbundled modules, where the package is as published. The patterns are checked: an ADK release that
 * moves them fails the build, not the users.
 */
const ADK_DIST = path.resolve('node_modules/@google/adk/dist/esm');
const ADK_INDEX = path.join(ADK_DIST, 'index.js');
const DATABASE_SESSION_EXPORTS = [
  { name: 'DatabaseSessionService', module: './sessions/database_session_service.js' },
  { name: 'getSessionServiceFromUri', module: './sessions/registry.js' },
];
const ADK_SESSIONS_ON_DEMAND = {
  name: 'adk-database-sessions-on-demand',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@google\/adk$/ }, (args) => (
      args.importer.endsWith(`${path.sep}agents${path.sep}runtime${path.sep}session_service.js`) ? { path: 'adk-with-database-sessions', namespace: 'adk-sessions' } : undefined
    ));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'adk-sessions' }, () => ({
      contents: [
        `export * from ${JSON.stringify(ADK_INDEX)};`,
        ...DATABASE_SESSION_EXPORTS.map(({ name, module }) => `export { ${name} } from ${JSON.stringify(path.join(ADK_DIST, module))};`),
      ].join('\n'),
      resolveDir: ADK_DIST,
    }));
    pluginBuild.onLoad({ filter: /[\\/]@google[\\/]adk[\\/]dist[\\/]esm[\\/]index\.js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      for (const { name, module } of DATABASE_SESSION_EXPORTS) {
        const importLine = `import { ${name} } from "${module}";\n`;
        const exportLine = `  ${name},\n`;
        if (!contents.includes(importLine) || !contents.includes(exportLine)) {
          throw new Error(`@google/adk's index no longer imports ${name} as cli/build_bundle.mjs expects: update its adk-database-sessions-on-demand plugin`);
        }
        contents = contents.replace(importLine, '').replace(exportLine, '');
      }
      return { contents, loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: { btp: 'dist/cli/main.js' },
  outdir: 'dist/cli',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  plugins: [ENGLISH_ONLY_ZOD, ADK_SESSIONS_ON_DEMAND],
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
