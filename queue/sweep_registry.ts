import type { Redis } from 'ioredis';
import { z } from 'zod';
import { BacktestPilotError } from '../tools/errors.js';

const ID_RULE = 'a sweep id is a whole number from 1, such as 12';
/** Digits only, as experiment ids: "1e0", "0x2", "+2" and "2.0" are refused, never read as an id. */
export const SweepIdSchema = z.string().regex(/^[1-9]\d{0,15}$/, ID_RULE).transform(Number).pipe(z.number().max(Number.MAX_SAFE_INTEGER, ID_RULE));

/** A sweep id as typed, or bad_id naming what was wrong. */
export function readSweepId(text: string, where: string): number {
  const parsed = SweepIdSchema.safeParse(text);
  if (parsed.success) return parsed.data;
  throw new BacktestPilotError('bad_id', `${where}: ${ID_RULE}; got "${text}"`, { sweep: text });
}

export const SWEEP_KINDS = ['optimize', 'backtests'] as const;
export const SWEEP_STATUSES = ['running', 'done', 'failed', 'cancelled'] as const;
export type SweepKind = (typeof SWEEP_KINDS)[number];
export type SweepStatus = (typeof SWEEP_STATUSES)[number];

/** A sweep as Redis keeps it: enough to show its state and to resume it from another coordinator. */
export const SweepRecordSchema = z.object({
  id: z.number().int().positive(),
  kind: z.enum(SWEEP_KINDS),
  /** The command's checked request: what `btp sweep --resume` runs again. */
  request: z.record(z.string(), z.unknown()),
  status: z.enum(SWEEP_STATUSES),
  created_at: z.string(),
  updated_at: z.string(),
  error: z.string().optional(),
  experiment_id: z.number().int().optional(),
  /** One line of the outcome when it ended, e.g. the best parameters. */
  summary: z.string().optional(),
  /**
   * Where experiment_id lives (the store as its location is described, password hidden) and when it
   * was saved: a reader with another store is told so instead of shown its own experiment of that id.
   */
  experiment_store: z.string().optional(),
  experiment_created_at: z.string().optional(),
}).strict();
export type SweepRecord = z.infer<typeof SweepRecordSchema>;

function notFound(id: number): BacktestPilotError {
  return new BacktestPilotError('sweep_not_found', `no sweep ${id} in this queue (it may have been started on another Redis or prefix)`, { sweep: id });
}

/** What a caller waiting on a sweep, or about to save its result, gets once it was cancelled. */
export function sweepCancelled(id: number): BacktestPilotError {
  return new BacktestPilotError('sweep_cancelled', `sweep ${id} was cancelled; its finished jobs are kept (btp sweep --resume ${id} continues it)`, { sweep: id });
}

type RecordChange = Partial<Omit<SweepRecord, 'id' | 'kind' | 'created_at'>>;

/** Sets KEYS[1] to ARGV[2] only if it still holds ARGV[1]: a compare-and-set, so a cancel and a finish never both win. */
const COMPARE_AND_SET = "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) return 1 end return 0";

/** Sweeps and their job ids in Redis, under the fleet's prefix. */
export class SweepRegistry {
  constructor(private readonly redis: Redis, private readonly prefix: string) {}

  private key(id: number): string {
    return `${this.prefix}:sweep:${id}`;
  }

  private jobsKey(id: number): string {
    return `${this.key(id)}:jobs`;
  }

  async create(kind: SweepKind, request: Record<string, unknown>): Promise<SweepRecord> {
    const id = await this.redis.incr(`${this.prefix}:sweeps:next-id`);
    const now = new Date().toISOString();
    const record: SweepRecord = { id, kind, request, status: 'running', created_at: now, updated_at: now };
    await this.redis.set(this.key(id), JSON.stringify(record));
    return record;
  }

  async get(id: number): Promise<SweepRecord | undefined> {
    const text = await this.redis.get(this.key(id));
    return text === null ? undefined : SweepRecordSchema.parse(JSON.parse(text));
  }

  async require(id: number): Promise<SweepRecord> {
    const record = await this.get(id);
    if (!record) throw notFound(id);
    return record;
  }

  async update(id: number, change: RecordChange): Promise<SweepRecord> {
    const record = SweepRecordSchema.parse({ ...(await this.require(id)), ...change, updated_at: new Date().toISOString() });
    await this.redis.set(this.key(id), JSON.stringify(record));
    return record;
  }

  /**
   * Changes the record as `decide` says, atomically against every other writer: read, decide,
   * compare-and-set, again if someone wrote in between. `decide` returning undefined changes nothing.
   */
  async transition(id: number, decide: (record: SweepRecord) => RecordChange | undefined): Promise<{ record: SweepRecord; changed: boolean }> {
    for (;;) {
      const text = await this.redis.get(this.key(id));
      if (text === null) throw notFound(id);
      const current = SweepRecordSchema.parse(JSON.parse(text));
      const change = decide(current);
      if (!change) return { record: current, changed: false };
      const next = SweepRecordSchema.parse({ ...current, ...change, updated_at: new Date().toISOString() });
      if (await this.redis.eval(COMPARE_AND_SET, 1, this.key(id), text, JSON.stringify(next)) === 1) return { record: next, changed: true };
    }
  }

  /** Ends a running sweep with this outcome; false when it is no longer running (cancelled meanwhile). */
  async finishIfRunning(id: number, change: RecordChange): Promise<boolean> {
    return (await this.transition(id, (record) => (record.status === 'running' ? change : undefined))).changed;
  }

  async addJob(id: number, jobId: string): Promise<void> {
    await this.redis.sadd(this.jobsKey(id), jobId);
  }

  async jobIds(id: number): Promise<string[]> {
    return this.redis.smembers(this.jobsKey(id));
  }

  private resultsKey(id: number): string {
    return `${this.key(id)}:results`;
  }

  /** Keeps a finished batch sweep's ranked results, for `btp sweep results` and the agents. */
  async saveResults(id: number, results: object): Promise<void> {
    await this.redis.set(this.resultsKey(id), JSON.stringify(results));
  }

  async results(id: number): Promise<unknown> {
    const text = await this.redis.get(this.resultsKey(id));
    return text === null ? undefined : JSON.parse(text);
  }

  /** Newest first. */
  async list(limit = 20): Promise<SweepRecord[]> {
    const last = Number(await this.redis.get(`${this.prefix}:sweeps:next-id`) ?? 0);
    const ids = Array.from({ length: Math.min(limit, last) }, (_, index) => last - index);
    const records = await Promise.all(ids.map((id) => this.get(id)));
    return records.filter((record) => record !== undefined);
  }
}
