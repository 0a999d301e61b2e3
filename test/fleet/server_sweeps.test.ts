/**
 * Sweeps through the HTTP API (issue 15): `btp serve` with BTP_REDIS_URL queues a search over the
 * budget on the fleet, a real `btp worker` runs it, and `/run` answers "how is sweep N doing?" and
 * "show the results of sweep N" from Redis and the server's store, as the CLI's agents do.
 */
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SweepRegistry } from '../../queue/sweep_registry.js';
import { call, createSession, runBody, startTestServer, type TestServer } from '../server_harness.js';
import { startBtpWorker, stopBtpWorker, type RunningWorker } from './btp_worker.js';
import { cancelSweeps } from './cancel_sweeps.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const PREFIX = `btp-serve-sweeps-${process.pid}-${Date.now()}`;
const KEY = 'sweeper-key-0123456789abcdef';
const OVER_BUDGET = 'try every combination of RSI and MACD on BTC, ETH and SOL in 2022';

let server: TestServer;
let worker: RunningWorker | undefined;
const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });

/** The text of every part the turn's events carry, in order. */
function replyOf(eventsJson: string): string {
  const events = JSON.parse(eventsJson) as Array<{ content?: { parts?: Array<{ text?: string }> } }>;
  return events.flatMap((event) => event.content?.parts ?? []).map((part) => part.text ?? '').join('');
}

async function ask(text: string): Promise<string> {
  const answer = await call(`${server.url}/run`, { key: KEY, body: runBody('sweeper', 's1', text) });
  expect(answer.status, answer.text.slice(0, 300)).toBe(200);
  return replyOf(answer.text);
}

beforeAll(async () => {
  process.env.BTP_QUEUE_PREFIX = PREFIX;
  await redis.connect();
  server = await startTestServer({ BTP_API_KEYS: `sweeper:${KEY}`, BTP_REDIS_URL: REDIS_URL, BTP_QUEUE_PREFIX: PREFIX });
  await createSession(server, 'sweeper', 's1', KEY);
  // The worker saves into the server's store: the one it reads the sweep's experiment back from.
  worker = await startBtpWorker({
    queue: REDIS_URL, prefix: PREFIX, concurrency: 2, env: { ...process.env, BTP_DB: path.join(server.dir, 'experiments.db'), BTP_DATA_DIR: path.resolve(process.env.BTP_DATA_DIR!) },
  });
}, 60_000);

afterAll(async () => {
  await stopBtpWorker(worker);
  await server?.stop();
  const keys = await redis.keys(`${PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  delete process.env.BTP_QUEUE_PREFIX;
}, 30_000);

describe('sweeps through POST /run', () => {
  it('queues the search, reports its progress, and shows what it found once a worker has finished it', async () => {
    const queued = await ask(OVER_BUDGET);
    const first = Number(/queued on the worker fleet as sweeps (\d+) to (\d+)/.exec(queued)?.[1]);
    expect(first, queued).toBeGreaterThan(0);
    const ids = [0, 1, 2, 3, 4, 5].map((offset) => first + offset);

    expect(await ask(`how is sweep ${first} doing?`)).toMatch(new RegExp(`^Sweep ${first} (\\(optimize\\) is running|is done)`));

    const registry = new SweepRegistry(redis, PREFIX);
    const deadline = Date.now() + 120_000;
    while ((await registry.require(first)).status === 'running') {
      if (Date.now() > deadline) throw new Error(`sweep ${first} did not end: ${worker?.log.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // The rest are not this test's to wait for.
    await cancelSweeps({ url: REDIS_URL, prefix: PREFIX }, ids.slice(1), () => worker?.log.join('\n') ?? '');

    const record = await registry.require(first);
    expect(record.status).toBe('done');
    const results = await ask(`show the results of sweep ${first}`);
    expect(results).toMatch(new RegExp(`^Sweep ${first} is done: rsi_mean_reversion on BTC: best .* It is saved as experiment #${record.experiment_id}\\.`));
    expect(results).toMatch(/\nBest in sample: rsi_mean_reversion\(.*\) on BTC \(2022-01-01 to 2022-\d\d-\d\d\): Sharpe ratio /);

  }, 240_000);

  it('answers about a sweep this queue does not have with sweep_not_found, in words', async () => {
    expect(await ask('how is sweep 999999 doing?')).toMatch(/sweep_not_found|no sweep 999999/);
  }, 60_000);
});
