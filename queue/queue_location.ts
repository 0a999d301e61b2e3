import { Redis } from 'ioredis';
import { DEFAULT_QUEUE_URL, isRedisUrl } from './redis_url.js';
import { BacktestPilotError } from '../tools/errors.js';

/** Where the fleet's queue lives: a Redis URL, and the key prefix that keeps one fleet's keys apart from another's. */
export interface QueueLocation {
  url: string;
  prefix: string;
}

export { DEFAULT_QUEUE_URL } from './redis_url.js';
export const DEFAULT_QUEUE_PREFIX = 'btp';
/** How long reaching Redis may take before the command says it cannot. */
export const CONNECT_TIMEOUT_MS = 3_000;

/** The location a command uses: its --queue flag, else BTP_REDIS_URL, else the local Redis; BTP_QUEUE_PREFIX names the fleet. */
export function queueLocationOf(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): QueueLocation {
  const url = flag ?? (env.BTP_REDIS_URL || DEFAULT_QUEUE_URL);
  if (!isRedisUrl(url)) {
    // Named by where it came from: the flag, or the environment variable it fell back to.
    if (flag !== undefined) throw new BacktestPilotError('bad_flag', `--queue must be a redis:// or rediss:// URL, e.g. ${DEFAULT_QUEUE_URL}; got "${url}"`, { queue: url });
    throw new BacktestPilotError('bad_config', `BTP_REDIS_URL must be a redis:// or rediss:// URL, e.g. ${DEFAULT_QUEUE_URL}; got "${url}"`, { BTP_REDIS_URL: url });
  }
  const prefix = env.BTP_QUEUE_PREFIX || DEFAULT_QUEUE_PREFIX;
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(prefix)) {
    throw new BacktestPilotError('bad_config', `BTP_QUEUE_PREFIX must be 1-64 letters, digits, '_', '.' or '-'; got "${prefix}"`, { prefix });
  }
  return { url, prefix };
}

/** A URL safe to print: the password replaced. */
export function describeLocation(location: QueueLocation): string {
  return location.url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

/** The longest pause between reconnect attempts while Redis is away. */
const MAX_RECONNECT_DELAY_MS = 2_000;

/**
 * A plain client (the registry, the watchdog) that fails commands at once while Redis is away
 * instead of queueing them, and reconnects with backoff: a Redis restarted within the watchdog's
 * patience costs a worker or a coordinator nothing, a Redis that stays away is reported by it.
 */
export function openRedisClient(location: QueueLocation): Redis {
  return new Redis(location.url, {
    lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, commandTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 1,
    enableOfflineQueue: false, retryStrategy: (attempt) => Math.min(attempt * 200, MAX_RECONNECT_DELAY_MS),
  });
}

export function unreachable(location: QueueLocation, cause: unknown): BacktestPilotError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new BacktestPilotError('queue_unavailable', `cannot reach the queue's Redis at ${describeLocation(location)} (${reason}); start Redis or pass --queue redis://host:port`, {
    queue: describeLocation(location),
  });
}

/** A connected client, or queue_unavailable within CONNECT_TIMEOUT_MS: a command never waits on a Redis that is not there. */
export async function connectRedis(location: QueueLocation): Promise<Redis> {
  const client = openRedisClient(location);
  // Connection errors are answered below; without a listener ioredis would also print them.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch (error) {
    client.disconnect();
    throw unreachable(location, error);
  }
}

/** BullMQ's own connections: they retry while Redis is away, and the watchdog decides when that is too long. */
export function bullConnection(location: QueueLocation): { url: string; maxRetriesPerRequest: null; connectTimeout: number } {
  return { url: location.url, maxRetriesPerRequest: null, connectTimeout: CONNECT_TIMEOUT_MS };
}
