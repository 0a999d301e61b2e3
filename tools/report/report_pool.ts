import type { Piscina } from 'piscina';
import { newThreadPool } from '../backtest/new_thread_pool.js';
import { findWorkerScript } from '../backtest/worker_script.js';
import { reportArtifactFiles, type ArtifactFile } from './artifact_files.js';
import type { ReportDocument } from './report_document.js';
import type { ReportArtifactTask } from './report_worker.js';

/** Where the build puts the worker entry; the bundled CLI finds it only here, so it follows report_worker.ts. */
export const REPORT_WORKER_DIST_FOLDER = 'dist/tools/report';
/**
 * A report thread loads ECharts and resvg before its first render (a few hundred ms), so it stays
 * for a while after its last one: a server between two bursts keeps it warm.
 */
const IDLE_TIMEOUT_MS = 30_000;

/**
 * The thread's heap bound. A report's garbage (its document, the tearsheet's 1 MB of HTML, the PNGs)
 * is collected late under V8's default bound: a server's RSS grew by gigabytes over 200 runs. Bounded,
 * the thread collects as it goes; one render needs well under this.
 */
const OLD_GENERATION_MB = 160;

let pool: Piscina | undefined;

function reportPool(): Piscina | undefined {
  if (pool) return pool;
  const script = findWorkerScript(import.meta.url, 'report_worker', REPORT_WORKER_DIST_FOLDER);
  if (!script) return undefined;
  pool = newThreadPool({ ...script, minThreads: 0, maxThreads: 1, idleTimeout: IDLE_TIMEOUT_MS, resourceLimits: { maxOldGenerationSizeMb: OLD_GENERATION_MB } });
  return pool;
}

/**
 * A report's artifact files rendered on a worker thread: laying out its charts took 200-340 ms of
 * the server's event loop per run, which held every other request, /healthz included. In this
 * thread when no worker entry can be found.
 */
export async function renderArtifactFilesOffThread(document: ReportDocument, markdown: string): Promise<ArtifactFile[]> {
  const workers = reportPool();
  if (!workers) return reportArtifactFiles(document, markdown);
  const task: ReportArtifactTask = { document, markdown };
  return workers.run(task) as Promise<ArtifactFile[]>;
}

/** Stops the report threads (tests; a server's idle threads end by themselves). */
export async function closeReportPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.destroy();
}
