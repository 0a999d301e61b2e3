import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'backtestpilot';

function readPackage(directory: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}

function findUpwards(start: string): string | undefined {
  for (let directory = start; ; directory = path.dirname(directory)) {
    if (readPackage(directory)?.name === PACKAGE_NAME) return directory;
    if (path.dirname(directory) === directory) return undefined;
  }
}

let cachedRoot: string | undefined;

/**
 * The checkout's root folder (the one with our package.json): searched upwards from this module,
 * which sits in tools/, dist/tools/ or (bundled into the CLI) dist/cli/, then from the working
 * directory, because `adk web` bundles the agents into a temporary folder outside the checkout.
 * Undefined when neither is inside the checkout.
 */
export function findPackageRoot(): string | undefined {
  cachedRoot ??= findUpwards(path.dirname(fileURLToPath(import.meta.url))) ?? findUpwards(process.cwd());
  return cachedRoot;
}

/** findPackageRoot, or an error saying where it looked. */
export function packageRoot(): string {
  const root = findPackageRoot();
  if (root === undefined) {
    throw new Error(`cannot find the ${PACKAGE_NAME} package.json above ${fileURLToPath(import.meta.url)} or ${process.cwd()}; run from the checkout`);
  }
  return root;
}

/** The app version every saved experiment records (package.json `version`). */
export function appVersion(): string {
  return String(readPackage(packageRoot())?.version ?? '0.0.0');
}

/** The drizzle-kit migrations, read from the source tree (tsc does not copy .sql files into dist/). */
export function migrationsFolder(): string {
  return path.join(packageRoot(), 'memory', 'migrations');
}

/** The Postgres store's drizzle-kit migrations (memory/postgres/migrations), read from the source tree too. */
export function postgresMigrationsFolder(): string {
  return path.join(packageRoot(), 'memory', 'postgres', 'migrations');
}
