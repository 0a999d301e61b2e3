/**
 * The fleet as a user runs it: real `btp worker` processes on the local Redis (a fresh key prefix per
 * run, removed afterwards), a coordinator `btp optimize --queue`, a worker killed mid-job, a job that
 * keeps failing, and a Redis that goes away.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SweepFleet } from '../../queue/sweep_fleet.js';
import { SWEEP_QUEUE } from '../../queue/sweep_job.js';
import { SweepRegistry } from '../../queue/sweep_registry.js';
import { loadSeries } from '../../tools/data/load_series.js';
import { DEFAULT_ENGINE_SETTINGS } from '../../tools/strategy/engine/types.js';
import { runBtp, type BtpOutcome } from '../faults/run_btp.js';
import { tempDatabasePath } from '../memory/temp_database.js';
import { startBtpWorker, type RunningWorker } from './btp_worker.js';
import { BTP_COMMAND } from '../btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REDIS_URL = 'redis://127.0.0.1:6379';
const PREFIX = `btp-test-${process.pid}-${Date.now()}`;
const env = {
  ...process.env, BTP_DB: tempDatabasePath(), BTP_DATA_DIR: path.resolve(process.env.BTP_DATA_DIR!), BTP_QUEUE_PREFIX: PREFIX,
};
/** The real `btp` on this run's scratch store and queue prefix. */
function btp(args: string[], extraEnv: Record<string, string> = {}): Promise<BtpOutcome> {
  return runBtp(args, { BTP_DB: env.BTP_DB, BTP_QUEUE_PREFIX: PREFIX, ...extraEnv });
}

/** A `btp worker` on this run's store and data, one job at a time, with a short lock so a killed one's job is soon retaken. */
function startWorker(queue = REDIS_URL, prefix = PREFIX): Promise<RunningWorker> {
  return startBtpWorker({ queue, prefix, env, concurrency: 1, lockMs: 1500 });
}

/** The first line matching `pattern` among those the worker logs from line `after` on. */
function waitForLine(worker: RunningWorker, pattern: RegExp, after = 0, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line ${pattern} in ${worker.log.join('\n')}`)), timeoutMs);
    const check = () => {
      const line = worker.log.slice(after).find((entry) => pattern.test(entry));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      } else setTimeout(check, 5);
    };
    check();
  });
}

/**
 * Waits until the sweep is no longer running, or `timeoutMs` has passed (the caller's assertions
 * then fail). It reads the registry in Redis: a `btp sweep status` per poll costs seconds.
 */
async function untilEnded(sweep: number, prefix: string, timeoutMs: number): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    const registry = new SweepRegistry(redis, prefix);
    for (const started = Date.now(); (await registry.require(sweep)).status === 'running' && Date.now() - started < timeoutMs;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    redis.disconnect();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const workers: RunningWorker[] = [];

beforeAll(async () => {
  workers.push(...await Promise.all([startWorker(), startWorker(), startWorker()]));
}, 60_000);

afterAll(async () => {
  for (const worker of workers) worker.process.kill('SIGKILL');
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
});

describe('btp worker fleet', () => {
  it('scores a full grid on 3 workers, survives one killed mid-job, and equals the local search bit for bit', async () => {
    const args = ['optimize', '--symbol', 'BTC', '--interval', '1h', '--strategy', 'sma_crossover', '--json'];
    const coordinator = btp([...args, '--queue', REDIS_URL, '--job-size', '400']);
    // The local search it is compared with needs no queue: it runs meanwhile.
    const localRun = btp(args);
    // The first job a worker takes: kill that worker while the job runs.
    const victim = await Promise.race(workers.map(async (worker) => ({ worker, line: await waitForLine(worker, /job sweep-\d+-\d+ started/) })));
    victim.worker.process.kill('SIGKILL');
    const killedJob = /job (sweep-\d+-\d+) started/.exec(victim.line)![1]!;
    const fleet = await coordinator;
    expect(fleet.stderr).toContain('queued on');
    expect(fleet.code).toBe(0);
    const local = await localRun;
    expect(local.code).toBe(0);
    const strip = (text: string) => {
      const { experiment: _experiment, files: _files, sweep, ...report } = JSON.parse(text) as Record<string, unknown>;
      return { report, sweep: sweep as { workers: string[]; jobs: number } | undefined };
    };
    const fromFleet = strip(fleet.stdout);
    expect(fromFleet.report).toEqual(strip(local.stdout).report);
    // Every candidate once: the trial count is the grid's, and the killed worker's job was done by another.
    expect(fromFleet.report.trials).toBe(strip(local.stdout).report.trials);
    const survivors = workers.filter((worker) => worker !== victim.worker);
    expect(survivors.some((worker) => worker.log.some((line) => line.includes(`job ${killedJob} done`)))).toBe(true);
    expect(victim.worker.log.some((line) => line.includes(`job ${killedJob} done`))).toBe(false);
    expect(fromFleet.sweep!.workers.length).toBeGreaterThanOrEqual(2);
  }, 180_000);

  it('survives its coordinator\'s death: btp sweep --resume reads the finished jobs back and ends with the same answer', async () => {
    const args = ['optimize', '--symbol', 'ETH', '--interval', '1h', '--strategy', 'sma_crossover', '--json'];
    const coordinator = spawn(process.execPath, [...BTP_COMMAND, ...args, '--queue', REDIS_URL, '--job-size', '300'], { cwd: REPO_ROOT, env });
    let stderr = '';
    coordinator.stderr.setEncoding('utf8').on('data', (text: string) => { stderr += text; });
    const exited = new Promise((resolve) => coordinator.on('exit', resolve));
    const alive = workers.find((worker) => worker.process.exitCode === null && worker.process.signalCode === null)!;
    await waitForLine(alive, /job sweep-\d+-\d+ done/, alive.log.length);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const sweepId = /sweep (\d+) queued/.exec(stderr)?.[1];
    coordinator.kill('SIGKILL');
    await exited;
    expect(sweepId).toBeDefined();
    const [resumed, local] = await Promise.all([btp(['sweep', '--resume', sweepId!, '--json']), btp(args)]);
    expect(resumed.code, resumed.stderr).toBe(0);
    const { experiment: _a, files: _b, sweep, ...report } = JSON.parse(resumed.stdout) as Record<string, unknown>;
    const { experiment: _c, files: _d, ...expected } = JSON.parse(local.stdout) as Record<string, unknown>;
    expect(report).toEqual(expected);
    expect((sweep as { jobs_reused: number }).jobs_reused).toBeGreaterThan(0);
    const status = await btp(['sweep', 'status', sweepId!, '--json']);
    expect(JSON.parse(status.stdout)).toMatchObject({ status: 'done', jobs: { completed: expect.any(Number) } });
  }, 180_000);

  it('runs a batch sweep (every strategy × symbol × interval) on the fleet with the same summaries and ranking as here, and resumes it from Redis', async () => {
    const args = ['sweep', '--symbols', 'all', '--intervals', '1d,1h', '--strategies', 'all', '--json'];
    const [fleet, local] = await Promise.all([btp([...args, '--queue', REDIS_URL, '--job-size', '9']), btp(args)]);
    // With --json the error is on stdout, so both streams show when a run fails.
    expect(fleet.code, `${fleet.stderr}${fleet.stdout}`).toBe(0);
    expect(local.code, `${local.stderr}${local.stdout}`).toBe(0);
    const fromFleet = JSON.parse(fleet.stdout) as { results: unknown[]; backtests: number; sweep: { id: number; jobs: number; workers: string[] } };
    const here = JSON.parse(local.stdout) as { results: unknown[]; backtests: number };
    // Equal summaries include equal outcome hashes: every equity curve, position and trade bit for bit.
    expect(fromFleet.results).toEqual(here.results);
    expect(here.backtests).toBe(15 * 8);
    expect(fromFleet.sweep.jobs).toBe(Math.ceil(120 / 9));
    // A finished sweep is not run again; one whose coordinator died before recording its end (left running) is.
    const finished = await btp(['sweep', '--resume', String(fromFleet.sweep.id)]);
    expect(finished.code).toBe(1);
    expect(finished.stderr).toContain(`error [sweep_finished]: sweep ${fromFleet.sweep.id} already finished: btp sweep results ${fromFleet.sweep.id} shows what it found`);
    const redis = new Redis(REDIS_URL);
    await new SweepRegistry(redis, PREFIX).update(fromFleet.sweep.id, { status: 'running' }).finally(() => redis.disconnect());
    const resumed = await btp(['sweep', '--resume', String(fromFleet.sweep.id), '--json']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const again = JSON.parse(resumed.stdout) as { results: unknown[]; sweep: { jobs_reused: number } };
    expect(again.results).toEqual(here.results);
    expect(again.sweep.jobs_reused).toBe(Math.ceil(120 / 9));
    const status = await btp(['sweep', 'status', String(fromFleet.sweep.id), '--json']);
    expect(JSON.parse(status.stdout)).toMatchObject({ kind: 'backtests', status: 'done', summary: expect.stringMatching(/^120 backtests; best by sharpe_ratio: /) });
  }, 180_000);

  it('detaches: btp optimize --detach returns at once, a worker coordinates the search and saves it as an experiment, btp sweep results shows it', async () => {
    const args = ['optimize', '--symbol', 'ETH', '--strategy', 'sma_crossover', '--from', '2019-01-01', '--json'];
    const detached = await btp([...args, '--queue', REDIS_URL, '--detach']);
    expect(detached.code, detached.stderr).toBe(0);
    const { sweep, status } = JSON.parse(detached.stdout) as { sweep: number; status: string };
    expect(status).toBe('queued');
    // Independent of the sweep: the local search it is compared with, and another store's experiment for the last check.
    const localRun = btp(args);
    const elsewhere = tempDatabasePath();
    const elsewhereSaved = btp(['optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--json'], { BTP_DB: elsewhere });
    await untilEnded(sweep, PREFIX, 90_000);
    const [statusRun, shown] = await Promise.all([btp(['sweep', 'status', String(sweep), '--json']), btp(['sweep', 'results', String(sweep), '--json'])]);
    const record = JSON.parse(statusRun.stdout) as { status: string; experiment_id?: number };
    expect(record).toMatchObject({ status: 'done', experiment_id: expect.any(Number) });
    expect(shown.code, shown.stderr).toBe(0);
    const experiment = JSON.parse(shown.stdout) as { id: number; user_query: string; results: Array<{ params: unknown; metrics: unknown }> };
    expect(experiment.id).toBe(record.experiment_id);
    expect(experiment.user_query).toBe(`btp ${[...args, '--queue', REDIS_URL, '--detach'].join(' ')}`);
    const local = JSON.parse((await localRun).stdout) as { best: { params: unknown; in_sample: unknown } };
    expect(experiment.results[0]!.params).toEqual(local.best.params);
    expect(experiment.results[0]!.metrics).toEqual(local.best.in_sample);

    // Finished means finished: a cancel or a resume changes nothing and saves no second experiment.
    const count = async () => (JSON.parse((await btp(['experiments', 'list', '--json'])).stdout) as { experiments: unknown[] }).experiments.length;
    const saved = await count();
    const cancel = await btp(['sweep', 'cancel', String(sweep)]);
    expect([cancel.code, cancel.stderr]).toEqual([1, `error [sweep_finished]: sweep ${sweep} already finished, so there is nothing to cancel: it is saved as experiment #${record.experiment_id}; btp sweep results ${sweep} shows what it found\n`]);
    const resume = await btp(['sweep', '--resume', String(sweep)]);
    expect(resume.code).toBe(1);
    expect(resume.stderr).toContain(`error [sweep_finished]: sweep ${sweep} already finished and is saved as experiment #${record.experiment_id}: btp sweep results ${sweep} shows what it found; to run it again, start a new sweep`);
    expect(await count()).toBe(saved);
    expect(JSON.parse((await btp(['sweep', 'status', String(sweep), '--json'])).stdout)).toMatchObject({ status: 'done', experiment_id: record.experiment_id });

    // A reader on another store is told where the experiment is, not shown its own experiment of that id.
    await elsewhereSaved;
    const mismatch = await btp(['sweep', 'results', String(sweep)], { BTP_DB: elsewhere });
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toMatch(new RegExp(`^error \\[sweep_store_mismatch\\]: sweep ${sweep} was saved as experiment #${record.experiment_id} in SQLite file ${path.basename(env.BTP_DB)} on .+, not in this store \\(SQLite file ${path.basename(elsewhere)} on .+\\): give btp workers and their readers the same store`));
  }, 240_000);

  it('hands a detached sweep back on SIGTERM: the coordinating worker exits at once, another resumes it from the finished jobs', async () => {
    const prefix = `${PREFIX}-handback`;
    const args = ['optimize', '--symbol', 'ETH', '--strategy', 'sma_crossover', '--from', '2019-01-01', '--json'];
    const first = await startWorker(REDIS_URL, prefix);
    workers.push(first);
    // Small jobs, so the search is still running when SIGTERM comes, however slowly this process reads the log on a busy machine.
    const detached = await btp([...args, '--queue', REDIS_URL, '--detach', '--job-size', '10'], { BTP_QUEUE_PREFIX: prefix });
    expect(detached.code, detached.stderr).toBe(0);
    const { sweep } = JSON.parse(detached.stdout) as { sweep: number };
    await waitForLine(first, /coordinator coordinate-\d+ started/);
    await waitForLine(first, /job .* done in/);
    first.process.kill('SIGTERM');
    // It stops without running the search to its end: the sweep is still unfinished when it has gone.
    expect(await first.exited).toBe(0);
    expect(first.log.join('\n')).toMatch(/coordinator coordinate-\d+ handed back/);
    const status = async () => JSON.parse((await btp(['sweep', 'status', String(sweep), '--json'], { BTP_QUEUE_PREFIX: prefix })).stdout) as { status: string; experiment_id?: number };
    expect((await status()).status).toBe('running');
    // The local search it is compared with needs no queue: it runs meanwhile.
    const localRun = btp(args);
    const second = await startWorker(REDIS_URL, prefix);
    workers.push(second);
    await untilEnded(sweep, prefix, 120_000);
    const [record, shownRun] = await Promise.all([status(), btp(['sweep', 'results', String(sweep), '--json'], { BTP_QUEUE_PREFIX: prefix })]);
    expect(record).toMatchObject({ status: 'done', experiment_id: expect.any(Number) });
    expect(second.log.join('\n')).toMatch(/coordinator coordinate-\d+ started \(attempt 1\)/);
    const shown = JSON.parse(shownRun.stdout) as { results: Array<{ params: unknown; metrics: unknown }> };
    const local = JSON.parse((await localRun).stdout) as { best: { params: unknown; in_sample: unknown }; trials: number };
    expect(shown.results[0]!.params).toEqual(local.best.params);
    expect(shown.results[0]!.metrics).toEqual(local.best.in_sample);
    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 240_000);

  it('answers btp sweep results for a sweep still running with sweep_running, and for a batch with its ranked table', async () => {
    const idle = { BTP_QUEUE_PREFIX: `${PREFIX}-waiting` };
    // The batch runs on the fleet's own prefix, apart from the waiting sweep: both at once.
    const batchRun = btp(['sweep', '--symbols', 'BTC,ETH', '--strategies', 'sma_crossover,rsi', '--queue', REDIS_URL, '--json']);
    const detached = await btp(['sweep', '--symbols', 'BTC', '--queue', REDIS_URL, '--detach', '--json'], idle);
    const { sweep } = JSON.parse(detached.stdout) as { sweep: number };
    // No worker serves this prefix: the sweep waits.
    const waiting = await btp(['sweep', 'results', String(sweep)], idle);
    expect(waiting.code).toBe(1);
    expect(waiting.stderr).toContain(`error [sweep_running]: sweep ${sweep} is still running (no job has started yet: is a btp worker running on this queue?)`);
    const finished = JSON.parse((await batchRun).stdout) as { results: unknown[]; sweep: { id: number } };
    const [shown, table] = await Promise.all([
      btp(['sweep', 'results', String(finished.sweep.id), '--json']), btp(['sweep', 'results', String(finished.sweep.id), '--top', '2']),
    ]);
    expect((JSON.parse(shown.stdout) as { results: unknown[] }).results).toEqual(finished.results);
    expect(table.stdout).toMatch(new RegExp(`^sweep ${finished.sweep.id}: 4 backtests: 2 series \\(2 symbols at 1d\\) × 2 strategies; ranked by sharpe_ratio, the best 2`));
  }, 120_000);

  it('cancels a sweep: the coordinator stops with sweep_cancelled, waiting jobs are removed, and an unknown id is bad input', async () => {
    const idle = { BTP_QUEUE_PREFIX: `${PREFIX}-cancel` };
    // No worker serves this prefix, so the jobs wait.
    const coordinator = btp(['optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--queue', REDIS_URL, '--job-size', '500'], idle);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const list = await btp(['sweep', 'list', '--json'], idle);
    const id = String((JSON.parse(list.stdout) as { sweeps: Array<{ id: number }> }).sweeps[0]!.id);
    const cancel = await btp(['sweep', 'cancel', id, '--json'], idle);
    expect(cancel.code, cancel.stderr).toBe(0);
    expect((JSON.parse(cancel.stdout) as { removed_jobs: number }).removed_jobs).toBeGreaterThan(0);
    const stopped = await coordinator;
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/sweep_cancelled|was cancelled/);
    const missing = await btp(['sweep', 'status', '999999'], idle);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no sweep 999999/);
  }, 60_000);

  it('moves a job that keeps failing to the failed set after its retries, reports it, and finishes the rest', async () => {
    const fleet = await SweepFleet.open({ url: REDIS_URL, prefix: PREFIX });
    try {
      const series = await loadSeries('ETH', { dataDir: env.BTP_DATA_DIR });
      const sweep = await fleet.registry.create('optimize', { test: 'poison' });
      fleet.watch(sweep.id);
      const scorer = fleet.scorer(sweep, { jobSize: 10, invalidRows: 'error', resume: false });
      const task = (strategy: string) => ({
        series, strategy, settings: { ...DEFAULT_ENGINE_SETTINGS }, names: ['short', 'long'], values: Float64Array.from([10, 50, 20, 100]),
      });
      const results = await Promise.allSettled([scorer.score(task('sma_crossover')), scorer.score(task('no_such_strategy')), scorer.score(task('sma_crossover'))]);
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const failure = (results[1] as PromiseRejectedResult).reason as { code: string; message: string };
      expect(failure.code).toBe('sweep_failed');
      expect(failure.message).toMatch(/no_such_strategy/);
      expect(await fleet.jobStates(sweep.id)).toEqual({ completed: 2, failed: 1 });
      // Both good jobs scored the same candidates: the same packed metrics.
      const [first, , third] = results as Array<PromiseFulfilledResult<Float64Array>>;
      expect(Array.from(first!.value)).toEqual(Array.from(third!.value));
    } finally {
      await fleet.close();
    }
  }, 60_000);

  it('stops waiting for the other jobs after a failure once the sweep is cancelled: a job the cancel removed never finishes', async () => {
    // A prefix no worker serves (afterAll removes it with the rest): the jobs wait until the cancel removes them.
    const location = { url: REDIS_URL, prefix: `${PREFIX}-idle` };
    const fleet = await SweepFleet.open(location);
    const canceller = await SweepFleet.open(location);
    try {
      const series = await loadSeries('BTC', { dataDir: env.BTP_DATA_DIR });
      const sweep = await fleet.registry.create('optimize', { test: 'cancel while settling' });
      fleet.watch(sweep.id);
      const scorer = fleet.scorer(sweep, { jobSize: 10, invalidRows: 'error', resume: false });
      const task = { series, strategy: 'sma_crossover', settings: { ...DEFAULT_ENGINE_SETTINGS }, names: ['short', 'long'], values: Float64Array.from([10, 50]) };
      const waiting = [scorer.score(task), scorer.score(task)].map((work) => work.catch((error: unknown) => error));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // As after a job failed: the coordinator waits for the rest, and meanwhile the sweep is cancelled.
      const settling = fleet.settle();
      expect((await canceller.cancel(sweep.id)).removed).toBe(2);
      const startedAt = Date.now();
      expect(await settling).toEqual([]);
      // The watchdog looks once a second.
      expect(Date.now() - startedAt).toBeLessThan(5_000);
      for (const outcome of await Promise.all(waiting)) expect((outcome as { code?: string }).code).toBe('sweep_cancelled');
    } finally {
      await canceller.close();
      await fleet.close();
    }
  }, 30_000);

  it('lets exactly one of a cancel and a finish win, however they interleave: a cancelled sweep never turns done, nor a done one cancelled', async () => {
    const redis = new Redis(REDIS_URL);
    try {
      const registry = new SweepRegistry(redis, PREFIX);
      for (let round = 0; round < 20; round += 1) {
        const sweep = await registry.create('optimize', { test: 'race' });
        const [finished, cancelled] = await Promise.all([
          registry.finishIfRunning(sweep.id, { status: 'done', summary: 'finished' }),
          registry.transition(sweep.id, (record) => (record.status === 'running' ? { status: 'cancelled' } : undefined)).then((outcome) => outcome.changed),
        ]);
        expect(finished).not.toBe(cancelled);
        expect((await registry.require(sweep.id)).status).toBe(finished ? 'done' : 'cancelled');
      }
    } finally {
      redis.disconnect();
    }
  });

  it('retries a job whose data this worker cannot match, with backoff, before failing it: another worker or a synced folder may have it', async () => {
    const fleet = await SweepFleet.open({ url: REDIS_URL, prefix: PREFIX });
    const queue = new Queue(SWEEP_QUEUE, { connection: { url: REDIS_URL }, prefix: PREFIX });
    try {
      const series = await loadSeries('BTC', { dataDir: env.BTP_DATA_DIR });
      const sweep = await fleet.registry.create('optimize', { test: 'other data' });
      fleet.watch(sweep.id);
      const scorer = fleet.scorer(sweep, { jobSize: 10, invalidRows: 'error', resume: false });
      const startedAt = Date.now();
      const other = { ...series, sha256: 'f'.repeat(64) };
      await expect(scorer.score({ series: other, strategy: 'sma_crossover', settings: { ...DEFAULT_ENGINE_SETTINGS }, names: ['short', 'long'], values: Float64Array.from([10, 50]) }))
        .rejects.toThrow(/is not the series the sweep runs on/);
      const job = await queue.getJob(`sweep-${sweep.id}-0`);
      expect(job?.attemptsMade).toBe(3);
      // Backoff of 500 ms, then 1 s, between the three attempts.
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1_500);
    } finally {
      await queue.close();
      await fleet.close();
    }
  }, 60_000);

  it('reuses a finished job on resume only when the run asks the same of it: other inputs fail the sweep instead of mixing results', async () => {
    const fleet = await SweepFleet.open({ url: REDIS_URL, prefix: PREFIX });
    try {
      const series = await loadSeries('BTC', { dataDir: env.BTP_DATA_DIR });
      const sweep = await fleet.registry.create('optimize', { test: 'changed inputs' });
      fleet.watch(sweep.id);
      const task = (values: number[]) => ({ series, strategy: 'sma_crossover', settings: { ...DEFAULT_ENGINE_SETTINGS }, names: ['short', 'long'], values: Float64Array.from(values) });
      const first = await fleet.scorer(sweep, { jobSize: 10, invalidRows: 'error', resume: false }).score(task([10, 50]));
      const again = fleet.scorer(sweep, { jobSize: 10, invalidRows: 'error', resume: true });
      expect(Array.from(await again.score(task([10, 50])))).toEqual(Array.from(first));
      expect(again.progress.jobsReused).toBe(1);
      const changed = fleet.scorer(sweep, { jobSize: 10, invalidRows: 'error', resume: true });
      await expect(changed.score(task([20, 100]))).rejects.toThrow(/job sweep-\d+-0 of sweep \d+ was queued with other inputs than this run makes/);
    } finally {
      await fleet.close();
    }
  }, 60_000);

  it('refuses bad fleet input with exit 2 before touching Redis or the store', async () => {
    const cases: Array<{ args: string[]; env?: Record<string, string>; message: RegExp }> = [
      { args: ['optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--queue', 'http://127.0.0.1:6379'], message: /--queue must be a redis:\/\/ or rediss:\/\/ URL/ },
      { args: ['optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--job-size', '500'], message: /--job-size applies only with --queue/ },
      { args: ['optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--queue', REDIS_URL, '--job-size', '0'], message: /--job-size/ },
      { args: ['worker', '--concurrency', '0'], message: /--concurrency/ },
      { args: ['worker', '--lock-ms', '10'], message: /--lock-ms/ },
      { args: ['worker'], env: { BTP_QUEUE_PREFIX: 'a:b' }, message: /BTP_QUEUE_PREFIX must be/ },
      { args: ['sweep'], message: /needs --symbols <list\|all> to start a batch of backtests, or --resume <id>/ },
      { args: ['sweep', '--symbols', 'BTC', '--job-size', '50'], message: /--job-size applies only with --queue \(backtests per fleet job\)/ },
      { args: ['sweep', '--resume', '1', '--symbols', 'BTC'], message: /--resume continues a sweep as it was started; drop --symbols$/m },
      { args: ['sweep', '--resume', '1', '--top', '5', '--detach', '--job-size', '9'], message: /drop --top, --detach, --job-size$/m },
      { args: ['sweep', '--symbols', 'BTC'], env: { BTP_REDIS_URL: 'http://127.0.0.1:6379' }, message: /BTP_REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/ },
      { args: ['sweep', '--symbols', 'BTC,SOL', '--intervals', '1d,1h', '--queue', REDIS_URL], message: /1 of 4 symbol × interval pairs have no usable data: SOL 1h/ },
      { args: ['sweep', '--symbols', 'BTC', '--intervals', '1x'], message: /intervals.0: a bar interval such as/ },
      { args: ['optimize', '--symbol', 'NOPE', '--strategy', 'sma_crossover', '--detach'], message: /no data for symbol "NOPE"/ },
      { args: ['optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--detach', '--html', '/tmp/x.html'], message: /--detach returns before the search ends/ },
      { args: ['sweep', 'status', '1e0'], message: /<id>/ },
      { args: ['sweep', 'cancel', '0x2'], message: /<id>/ },
      { args: ['sweep', '--resume', '+2'], message: /--resume: a sweep id is a whole number/ },
    ];
    const saved = await btp(['experiments', 'list', '--json']);
    const sweeps = await btp(['sweep', 'list', '--json']);
    for (const { args, env: extra, message } of cases) {
      const outcome = await btp(args, extra);
      expect(outcome.code, `${args.join(' ')}: ${outcome.stderr}`).toBe(2);
      expect(outcome.stderr).toMatch(message);
    }
    expect((await btp(['experiments', 'list', '--json'])).stdout).toBe(saved.stdout);
    expect((await btp(['sweep', 'list', '--json'])).stdout).toBe(sweeps.stdout);
  }, 120_000);

  it('says clearly, and soon, that Redis cannot be reached: coordinator and worker alike', async () => {
    const port = await freePort();
    const started = Date.now();
    const coordinator = await btp(['optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--queue', `redis://127.0.0.1:${port}`]);
    expect(coordinator.code).toBe(1);
    expect(coordinator.stderr).toMatch(/queue_unavailable|cannot reach the queue's Redis/);
    const worker = await btp(['worker', '--queue', `redis://127.0.0.1:${port}`]);
    expect(worker.code).toBe(1);
    expect(worker.stderr).toMatch(/cannot reach the queue's Redis/);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('stops the coordinator and the workers with queue_unavailable, not a hang, when Redis goes away mid-sweep', async () => {
    const port = await freePort();
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const queue = `redis://127.0.0.1:${port}`;
      // No worker on this Redis: the sweep waits on its jobs until Redis is stopped under it.
      const coordinator = btp(['optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--queue', queue]);
      // A worker of another fleet on the same Redis: it waits for jobs that never come.
      const idle = await startWorker(queue, `${PREFIX}-idle`);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      redis.kill('SIGKILL');
      const started = Date.now();
      const result = await coordinator;
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/cannot reach the queue's Redis/);
      expect(await idle.exited).toBe(1);
      expect(idle.log.join('\n')).toMatch(/cannot reach the queue's Redis/);
      expect(Date.now() - started).toBeLessThan(25_000);
    } finally {
      redis.kill('SIGKILL');
    }
  }, 60_000);

  it('rides out a Redis restart of a second or two: the worker reconnects and scores the next sweep', async () => {
    const port = await freePort();
    const startRedis = () => spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
    let redis = startRedis();
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const queue = `redis://127.0.0.1:${port}`;
      const worker = await startWorker(queue, `${PREFIX}-restart`);
      workers.push(worker);
      redis.kill('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      redis = startRedis();
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(worker.process.exitCode, worker.log.join('\n')).toBeNull();
      const sweep = await btp(['optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--queue', queue, '--json'], { BTP_QUEUE_PREFIX: `${PREFIX}-restart` });
      expect(sweep.code, sweep.stderr).toBe(0);
      expect((JSON.parse(sweep.stdout) as { sweep: { workers: string[] } }).sweep.workers).toHaveLength(1);
      worker.process.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
    } finally {
      redis.kill('SIGKILL');
    }
  }, 90_000);
});
