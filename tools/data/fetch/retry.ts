import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First wait; each later wait doubles (exponential backoff), plus up to 25% jitter. */
  baseDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 4, baseDelayMs: 500 };

/**
 * Runs `attempt` until it succeeds, the error is not `retryable` (a 429 or a 5xx is; a refused
 * connection or a bad request is not), or the retries are spent; then throws the last error.
 */
export async function withRetries<T>(attempt: () => Promise<T>, retryable: (error: unknown) => boolean, policy: RetryPolicy = DEFAULT_RETRY_POLICY): Promise<T> {
  for (let tried = 0; ; tried += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= policy.retries || !retryable(error)) throw error;
      const delay = policy.baseDelayMs * 2 ** tried;
      await sleep(delay + Math.random() * delay * 0.25);
    }
  }
}
