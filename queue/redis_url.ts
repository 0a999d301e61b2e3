/** What a Redis URL is, for every place that reads one (--queue, BTP_REDIS_URL in the app and the server); no client loaded. */
export const DEFAULT_QUEUE_URL = 'redis://127.0.0.1:6379';

export function isRedisUrl(text: string): boolean {
  return /^rediss?:\/\/[^\s]+$/.test(text);
}
