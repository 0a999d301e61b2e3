import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerScript {
  filename: string;
  execArgv: string[];
}

/**
 * Where a worker script is: beside the calling module (the build's .js, or the .ts under tsx/vitest,
 * loaded through tsx), else the build output under the working directory — `adk web` bundles the
 * calling module into a temp folder, so its `import.meta.url` no longer points into the project.
 * Undefined when none exists: callers then run their batches in-process.
 */
export function findWorkerScript(moduleUrl: string, baseName: string, distFolder: string): WorkerScript | undefined {
  const candidates = [
    { url: new URL(`./${baseName}.js`, moduleUrl), execArgv: [] },
    { url: new URL(`./${baseName}.ts`, moduleUrl), execArgv: ['--import', 'tsx'] },
    { url: pathToFileURL(path.resolve(distFolder, `${baseName}.js`)), execArgv: [] },
  ];
  for (const candidate of candidates) {
    const filename = fileURLToPath(candidate.url);
    if (existsSync(filename)) return { filename, execArgv: candidate.execArgv };
  }
  return undefined;
}
