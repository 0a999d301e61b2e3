/**
 * Liveness and readiness. /healthz answers as long as the event loop does (nothing else: a probe
 * must not fail because a dependency is slow). /readyz answers 200 only when every dependency
 * answers within its timeout — the experiment store, the session store, the run locks and the data
 * source — and 503 naming the ones that did not, so Cloud Run sends traffic only to an instance
 * that can serve it, and stops when it drains.
 */
import type { Request, Response } from 'express';

export type ReadinessCheck = () => Promise<void>;

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout(check: ReadinessCheck): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
    check().then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

export function healthz(_req: Request, res: Response): void {
  res.status(200).json({ status: 'ok' });
}

export function readyz(checks: Record<string, ReadinessCheck>, isDraining: () => boolean) {
  return async (_req: Request, res: Response): Promise<void> => {
    if (isDraining()) {
      res.status(503).json({ status: 'draining', checks: {} });
      return;
    }
    const names = Object.keys(checks);
    const outcomes = await Promise.allSettled(names.map((name) => withTimeout(checks[name])));
    const results: Record<string, string> = {};
    outcomes.forEach((outcome, index) => {
      // Only the check's name and a fixed word: a driver's error text can carry hosts or paths.
      results[names[index]] = outcome.status === 'fulfilled' ? 'ok' : 'failing';
    });
    const ready = outcomes.every((outcome) => outcome.status === 'fulfilled');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks: results });
  };
}
