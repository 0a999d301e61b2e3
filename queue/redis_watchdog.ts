import type { Redis } from 'ioredis';
import type { QueueLocation } from './queue_location.js';
import { unreachable } from './queue_location.js';

export interface WatchdogOptions {
  intervalMs?: number;
  /** Consecutive failed pings before Redis counts as gone. */
  failuresAllowed?: number;
  /** Asked on every healthy tick; an error it returns ends the watch (a cancelled sweep). */
  check?: () => Promise<Error | undefined>;
}

/**
 * Pings Redis while a sweep runs, because BullMQ's own connections wait for it forever: after a few
 * failed pings in a row (about 5 s by default) `onLost` gets a queue_unavailable error, once.
 */
export function watchRedis(client: Redis, location: QueueLocation, onLost: (error: Error) => void, options: WatchdogOptions = {}): () => void {
  const { intervalMs = 1_000, failuresAllowed = 5 } = options;
  let failures = 0;
  let stopped = false;
  let busy = false;
  const timer = setInterval(() => {
    if (busy || stopped) return;
    busy = true;
    void (async () => {
      try {
        await client.ping();
        failures = 0;
        const problem = await options.check?.();
        if (problem) finish(problem);
      } catch (error) {
        failures += 1;
        if (failures >= failuresAllowed) finish(unreachable(location, error));
      } finally {
        busy = false;
      }
    })();
  }, intervalMs);
  // Not unref'd: while a sweep waits on a Redis that is gone, this timer is what keeps the process
  // alive to report it (Node would otherwise exit with code 13 on the unsettled wait).
  function finish(error: Error): void {
    if (stopped) return;
    stop();
    onLost(error);
  }
  function stop(): void {
    stopped = true;
    clearInterval(timer);
  }
  return stop;
}
