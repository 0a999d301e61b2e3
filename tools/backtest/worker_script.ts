import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findPackageRoot } from '../package_root.js';

export interface WorkerScript {
  filename: string;
  execArgv: string[];
}

/**
 * Where a worker script is: beside the calling module (the build's .js, or the .ts under tsx/vitest,
 * loaded through tsx), else the build output in the checkout — `adk web` bundles the calling module
 * into a temp folder and `btp` runs from one bundled file, so `import.meta.url` may not point there.
 * Undefined when none exists: callers then run their batches in-process.
 */
export function findWorkerScript(moduleUrl: string, baseName: string, distFolder: string): WorkerScript | undefined {
  const candidates = [
    { url: new URL(`./${baseName}.js`, moduleUrl), execArgv: [] },
    { url: new URL(`./${baseName}.ts`, moduleUrl), execArgv: ['--import', 'tsx'] },
    { url: pathToFileURL(path.resolve(findPackageRoot() ?? '.', distFolder, `${baseName}.js`)), execArgv: [] },
  ];
  for (const candidate of candidates) {
    const filename = fileURLToPath(candidate.url);
    if (existsSync(filename)) return { filename, execArgv: candidate.execArgv };
  }
  return undefined;
}
