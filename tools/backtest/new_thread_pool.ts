import { createRequire } from 'node:module';
import type { Piscina } from 'piscina';

type PiscinaOptions = NonNullable<ConstructorParameters<typeof Piscina>[0]>;

/**
 * A piscina pool of worker threads, piscina loaded only now: its 17 CommonJS files are start-up
 * that a command running everything in this thread (most backtests) would pay for nothing.
 */
export function newThreadPool(options: PiscinaOptions): Piscina {
  const { Piscina: ThreadPool } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  return new ThreadPool(options);
}
