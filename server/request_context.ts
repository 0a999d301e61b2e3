/**
 * What one HTTP request carries into ADK's route handlers and the agents it runs: its id, the user
 * its key acts as, its logger and span, and the abort signal that ends its run at its deadline.
 * AsyncLocalStorage, because ADK's handlers call the runner themselves and take no such arguments.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Span } from '@opentelemetry/api';
import type { Logger } from 'pino';

export interface RequestContext {
  requestId: string;
  logger: Logger;
  /** Set for /run and /run_sse once admitted. */
  run?: { abort: AbortController; span: Span };
}

const storage = new AsyncLocalStorage<RequestContext>();

export function withRequestContext<T>(context: RequestContext, action: () => T): T {
  return storage.run(context, action);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}
