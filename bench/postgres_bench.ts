/**
 * The Postgres store's figures, beside the SQLite ones: saves from ten concurrent writers (a
 * server's pool) and `best` over 100,000 results, on a fresh database of the local server
 * (BTP_BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres), dropped after.
 * Skipped, with a row saying so, when no server answers.
 */
import { openPostgresStore } from '../memory/postgres/postgres_store.js';
import { postgresRepository } from '../memory/postgres/postgres_repository.js';
import { BEST_QUERIES, DAY_MS, EXPERIMENTS, RESULTS_PER_EXPERIMENT, experimentAt } from './memory_bench.js';
import { benchDatabase, BENCH_POSTGRES_ADMIN_URL } from './bench_postgres.js';
import { medianTimingAsync, seededRandom, type BenchRow } from './measure.js';

const SECTION = 'experiments (Postgres)';
const WRITERS = 10;

export async function benchPostgres(): Promise<BenchRow[]> {
  const database = await benchDatabase();
  if ('unavailable' in database) {
    return [{ section: SECTION, name: `skipped: no PostgreSQL server answers at ${BENCH_POSTGRES_ADMIN_URL} (${database.unavailable})`, value: 0, unit: '' }];
  }
  const store = await openPostgresStore(database.url);
  const repository = postgresRepository(store, database.url);
  try {
    const random = seededRandom(7);
    const now = Date.now();
    const inputs = Array.from({ length: EXPERIMENTS }, (_, index) => experimentAt(now - (EXPERIMENTS - index) * (365 * DAY_MS / EXPERIMENTS), random));
    const started = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: WRITERS }, async () => {
      while (next < inputs.length) await repository.save(inputs[next++]!);
    }));
    const seconds = (performance.now() - started) / 1000;
    const rows: BenchRow[] = [
      { section: SECTION, name: `save ${EXPERIMENTS.toLocaleString('en-US')} experiments (${RESULTS_PER_EXPERIMENT} results each), ${WRITERS} concurrent writers`, value: EXPERIMENTS / seconds, unit: 'experiments/s' },
    ];
    // What autovacuum does on a live server after a bulk load: fresh statistics for the planner.
    await store.pool.query('ANALYZE');
    const { rows: [counted] } = await store.pool.query<{ count: string }>('SELECT count(*) FROM experiment_results');
    const stored = Number(counted!.count);
    for (const [label, query] of BEST_QUERIES) {
      const { wallMs } = await medianTimingAsync(() => repository.best(query, now), { warmup: 20, runs: 201 });
      rows.push({ section: SECTION, name: `best over ${stored.toLocaleString('en-US')} results: ${label}`, value: wallMs, unit: 'ms', target: '< 5 ms', met: wallMs < 5 });
    }
    return rows;
  } finally {
    await repository.close();
    await database.drop();
  }
}
