/**
 * Bounded run admission: `maxConcurrent` runs execute at once, up to `maxQueued` more wait first in
 * first out, and past that a run is refused at once (the caller answers 503 with Retry-After in
 * milliseconds, not after a timeout). A queued run that cannot start before its deadline is refused
 * too, so Cloud Run never cuts a request that was only waiting.
 */
import { BacktestPilotError } from '../tools/errors.js';

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

/** A place taken at once: `ready` resolves with the release when the run may start; `cancel` gives the place back. */
export interface Reservation {
  ready: Promise<() => void>;
  cancel(): void;
}

export interface AdmissionLimits {
  maxConcurrent: number;
  maxQueued: number;
  /** How long a run may wait in the queue before it is refused with queue_timeout. */
  maxWaitMs: number;
}

export class RunAdmission {
  private running = 0;
  private readonly queue: Waiter[] = [];

  constructor(private readonly limits: AdmissionLimits) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.queue.length;
  }

  /**
   * Resolves with a release function once the run may start; rejects with `overloaded` when the
   * queue is full and `queue_timeout` when the wait ran out. Release exactly once.
   */
  async admit(): Promise<() => void> {
    const reservation = this.reserve();
    if (reservation instanceof BacktestPilotError) throw reservation;
    return reservation.ready;
  }

  /**
   * Takes a place synchronously, before the caller's slower checks (the session, its lock): a burst
   * past the queue is refused in the same tick it arrives, without touching any store. `overloaded`
   * when the queue is full.
   */
  reserve(): Reservation | BacktestPilotError {
    if (this.running < this.limits.maxConcurrent) {
      const release = this.started();
      return { ready: Promise.resolve(release), cancel: release };
    }
    const refusal = this.refusal();
    if (refusal) return refusal;
    let cancelled = false;
    let release: (() => void) | undefined;
    const leaveQueue = (waiter: Waiter) => {
      clearTimeout(waiter.timer);
      const index = this.queue.indexOf(waiter);
      if (index >= 0) this.queue.splice(index, 1);
    };
    let waiter: Waiter | undefined;
    const ready = new Promise<() => void>((resolve, reject) => {
      waiter = {
        start: () => {
          release = this.started();
          if (cancelled) release();
          else resolve(release);
        },
        timer: setTimeout(() => {
          leaveQueue(waiter!);
          reject(new BacktestPilotError('queue_timeout', `the request waited ${Math.round(this.limits.maxWaitMs / 1000)} s without a free slot; try again shortly`));
        }, this.limits.maxWaitMs),
      };
      this.queue.push(waiter);
    });
    // A place given back while a slow check was still running must not surface as an unhandled rejection.
    ready.catch(() => undefined);
    return {
      ready,
      cancel: () => {
        if (cancelled) return;
        cancelled = true;
        if (release) release();
        else leaveQueue(waiter!);
      },
    };
  }

  /**
   * `overloaded` when every slot runs and the queue is full, without taking a place: the server asks
   * this first, so a burst past the queue is refused before any other work is spent on it.
   */
  refusal(): BacktestPilotError | undefined {
    if (this.running < this.limits.maxConcurrent || this.queue.length < this.limits.maxQueued) return undefined;
    return new BacktestPilotError('overloaded', `the server is running ${this.running} requests and ${this.queue.length} more are waiting; try again shortly`);
  }

  private started(): () => void {
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      const next = this.queue.shift();
      if (next) {
        clearTimeout(next.timer);
        next.start();
      }
    };
  }
}
