import { SingleBar } from 'cli-progress';
import type { SearchProgressEvent } from '../tools/optimization/search/search_iteration.js';

/** Searches shorter than this finish before a bar is worth drawing. */
const SHOW_AFTER_MS = 300;

export interface SearchProgressOptions {
  /** Draw at all (the command turns it off with --json or when stderr is not a terminal). */
  enabled: boolean;
  stream?: NodeJS.WritableStream;
  showAfterMs?: number;
  /** A fleet's facts to show after the trials (jobs done, candidates per second, workers seen). */
  fleet?: () => string;
}

/**
 * A progress bar on stderr for a parameter search: trials scored out of the search's budget, the
 * iteration and its method, the best score so far; a walk-forward fold gets a bar of its own.
 * Silent when stderr is not a terminal (or with --json).
 */
export function createSearchProgress(
  totalTrials: number, { enabled, stream = process.stderr, showAfterMs = SHOW_AFTER_MS, fleet }: SearchProgressOptions,
): { onProgress: (event: SearchProgressEvent) => void; stop: () => void } {
  const startedAt = performance.now();
  let bar: SingleBar | undefined;
  let fold: number | undefined;
  const earlier = new Map<number, number>();
  return {
    onProgress: (event) => {
      if (!enabled || performance.now() - startedAt < showAfterMs) return;
      if (event.fold !== fold) {
        bar?.stop();
        bar = undefined;
        fold = event.fold;
        earlier.clear();
      }
      earlier.set(event.iteration, event.evaluated);
      const done = [...earlier.values()].reduce((sum, count) => sum + count, 0);
      const payload = {
        phase: fold === undefined ? 'Optimising' : `Walk-forward fold ${fold}`,
        step: `iteration ${event.iteration} (${event.method})`,
        best: event.best_score === null ? '–' : event.best_score.toFixed(3),
        fleet: fleet ? ` · ${fleet()}` : '',
      };
      if (!bar) {
        bar = new SingleBar({
          // Whether to draw is the caller's decision (a terminal, no --json), so draw on any stream given.
          stream, noTTYOutput: true, hideCursor: true, clearOnComplete: true, barsize: 24,
          format: '{phase} [{bar}] {value}/{total} trials · {step} · best score {best}{fleet}',
        });
        bar.start(Math.max(totalTrials, done), done, payload);
      }
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done, payload);
    },
    stop: () => { bar?.stop(); bar = undefined; },
  };
}
