/**
 * `npm run bench:service`: load on loopback against `btp serve` (the built CLI) and, as the
 * baseline, the bare `adk api_server` over the same agents, in one script. Bounded: every loop has
 * a count or a deadline, every request a timeout, and both servers are stopped at the end.
 *
 * Phases: the baseline's 200 concurrent new one-turn sessions; the same on btp serve (p95 compared);
 * 200 concurrent two-turn sessions; a soak of BENCH_SOAK_RUNS runs (default 1,000) at 50 concurrent, at most BENCH_SOAK_S seconds (default 900)
 * with RSS at start, after 100 and 1,000 runs, and at the end; /healthz latency while saturated;
 * load shed at the default queue; bad input. Figures go to stdout and bench/results/service.json.
 * btp serve keeps its experiments and sessions in a fresh database on the local PostgreSQL (issue 16:
 * "the hardened server has auth, metrics, logs, traces and Postgres"); BENCH_STORE=sqlite, or no
 * server answering, uses SQLite files instead, and the output says which.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { benchDatabase } from './bench_postgres.js';

const ROOT = process.cwd();
const APP = 'backtestpilot';
const KEY = 'bench-key-0123456789abcdef';
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 200);
const SOAK_CONCURRENCY = Number(process.env.BENCH_SOAK_CONCURRENCY ?? 50);
const SOAK_S = Number(process.env.BENCH_SOAK_S ?? 900);
/** The soak stops after this many runs (issue 18: RSS after 1,000 runs against RSS after 100), or at SOAK_S seconds. */
const SOAK_RUNS = Number(process.env.BENCH_SOAK_RUNS ?? 1000);
const REQUEST = 'Backtest SMA 20/50 on BTC for 2022';
const FOLLOW_UP = 'now try it on ETH';
const REQUEST_TIMEOUT_MS = 300_000;

interface Server {
  url: string;
  child: ChildProcess;
  rssMb(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

async function startServer(command: string, args: string[], env: Record<string, string>, readyPath: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(command, [...args.map((arg) => arg.replace('{port}', String(port)))], {
    cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  child.once('exit', () => { exited = true; });
  const stop = async () => {
    try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* gone */ }
    const deadline = Date.now() + 15_000;
    while (!exited && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && !exited) {
    try {
      // A long probe: the bare server bundles the agents on its first request, and each retry would start again.
      if ((await fetch(`${url}${readyPath}`, { signal: AbortSignal.timeout(90_000) })).ok) return { url, child, rssMb: () => rssOf(child.pid!), stop };
    } catch { /* not yet */ }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${command} did not start`);
}

interface Outcome { status: number; ms: number; bytes: number }

/** The server's own timing of its refusals (btp_run_refusal_seconds): how many, and how many within a bound. */
function refusalBuckets(metrics: string): { count: number; within(seconds: number): number } {
  const count = Number(/^btp_run_refusal_seconds_count (\d+)/m.exec(metrics)?.[1] ?? 0);
  return {
    count,
    within: (seconds) => Number(new RegExp(`^btp_run_refusal_seconds_bucket\\{le="${seconds}"\\} (\\d+)`, 'm').exec(metrics)?.[1] ?? Number.NaN),
  };
}

async function request(url: string, body?: unknown, init: { headers?: Record<string, string>; rawBody?: string; method?: string } = {}): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: init.method ?? (body === undefined && init.rawBody === undefined ? 'GET' : 'POST'),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, ...init.headers },
      body: init.rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    return { status: response.status, ms: performance.now() - started, bytes: Buffer.byteLength(text) };
  } catch {
    return { status: 0, ms: performance.now() - started, bytes: 0 };
  }
}

function runBody(userId: string, sessionId: string, text: string) {
  return { appName: APP, userId, sessionId, newMessage: { role: 'user', parts: [{ text }] } };
}

function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

interface LoadFigures { runs: number; seconds: number; throughput: number; p50: number; p95: number; p99: number; errors: number; statuses: Record<string, number> }

function figures(outcomes: Outcome[], seconds: number): LoadFigures {
  const statuses: Record<string, number> = {};
  for (const outcome of outcomes) statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
  const latencies = outcomes.map((outcome) => outcome.ms / 1000);
  return {
    runs: outcomes.length, seconds: round(seconds), throughput: round(outcomes.length / seconds),
    p50: round(percentile(latencies, 0.5)), p95: round(percentile(latencies, 0.95)), p99: round(percentile(latencies, 0.99)),
    errors: outcomes.filter((outcome) => outcome.status !== 200 && outcome.status !== 429 && outcome.status !== 503).length, statuses,
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** `count` new sessions at once, each a conversation of `turns`; the run latencies of every turn. */
async function concurrentSessions(server: Server, prefix: string, turns: string[], userId: string): Promise<{ outcomes: Outcome[]; seconds: number }> {
  // Created one by one: the bare server's lazy table creation fails concurrent creates on a fresh database.
  for (let index = 0; index < SESSIONS; index++) await request(`${server.url}/apps/${APP}/users/${userId}/sessions/${prefix}${index}`, {});
  const started = performance.now();
  const perSession = await Promise.all(Array.from({ length: SESSIONS }, async (_, index) => {
    const outcomes: Outcome[] = [];
    for (const text of turns) outcomes.push(await request(`${server.url}/run`, runBody(userId, `${prefix}${index}`, text)));
    return outcomes;
  }));
  return { outcomes: perSession.flat(), seconds: (performance.now() - started) / 1000 };
}

async function healthWhile<T>(server: Server, work: Promise<T>): Promise<{ result: T; p50: number; p99: number; probes: number }> {
  const latencies: number[] = [];
  let done = false;
  const result = work.finally(() => { done = true; });
  while (!done) {
    latencies.push((await request(`${server.url}/healthz`)).ms);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { result: await result, p50: round(percentile(latencies, 0.5)), p99: round(percentile(latencies, 0.99)), probes: latencies.length };
}

const LONE_PROBES = 40;

/**
 * Issue 18's "past that, 503 within 100 ms", as one caller sees it: while the burst keeps every slot
 * and the queue full, single requests arrive one at a time, 50 ms apart. One that finds a free place
 * (a run finished) is admitted and fills it again, so it is counted apart.
 */
async function loneRefusals(server: Server): Promise<Record<string, number>> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && !/^btp_runs_queued 80$/m.test(await (await fetch(`${server.url}/metrics`)).text())) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const refused: number[] = [];
  let admitted = 0;
  for (let probe = 0; probe < LONE_PROBES; probe++) {
    const outcome = await request(`${server.url}/run`, runBody('bench', `probe${probe}`, REQUEST));
    if (outcome.status === 503) refused.push(outcome.ms);
    else admitted++;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { refused: refused.length, admitted, p50: round(percentile(refused, 0.5)), p99: round(percentile(refused, 0.99)), max: round(Math.max(...refused)) };
}

async function soak(server: Server): Promise<Record<string, number>> {
  const rss: Record<string, number> = { start: round(server.rssMb()) };
  // RSS is a saw-tooth of a few hundred MB as V8 collects, so single readings compare its phases,
  // not its level: a reading every second, and the first minute's against the last minute's.
  const samples: Array<{ at: number; mb: number }> = [];
  const sampler = setInterval(() => samples.push({ at: Date.now(), mb: server.rssMb() }), 1000);
  const deadline = Date.now() + SOAK_S * 1000;
  let runs = 0;
  let dispatched = 0;
  const outcomes: Outcome[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: SOAK_CONCURRENCY }, async (_, worker) => {
    await request(`${server.url}/apps/${APP}/users/bench/sessions/soak${worker}`, {});
    for (let turn = 0; Date.now() < deadline && dispatched < SOAK_RUNS; turn++) {
      dispatched++;
      // A fresh session every ten turns, so sessions stay the size real conversations reach.
      const session = `soak${worker}-${Math.floor(turn / 10)}`;
      if (turn % 10 === 0) await request(`${server.url}/apps/${APP}/users/bench/sessions/${session}`, {});
      outcomes.push(await request(`${server.url}/run`, runBody('bench', session, turn % 2 === 0 ? REQUEST : FOLLOW_UP)));
      runs++;
      if (runs === 100) rss.after_100_runs = round(server.rssMb());
      if (runs === 1000) rss.after_1000_runs = round(server.rssMb());
    }
  }));
  rss.end = round(server.rssMb());
  clearInterval(sampler);
  const first = samples.filter((sample) => sample.at - samples[0].at < 60_000).map((sample) => sample.mb);
  const last = samples.filter((sample) => samples.at(-1)!.at - sample.at < 60_000).map((sample) => sample.mb);
  Object.assign(rss, {
    first_minute_median: round(percentile(first, 0.5)), first_minute_max: round(Math.max(...first)),
    last_minute_median: round(percentile(last, 0.5)), last_minute_max: round(Math.max(...last)),
    growth_of_median_percent: round((percentile(last, 0.5) / percentile(first, 0.5) - 1) * 100),
    growth_of_max_percent: round((Math.max(...last) / Math.max(...first) - 1) * 100),
  });
  const load = figures(outcomes, (performance.now() - started) / 1000);
  return { ...rss, runs: load.runs, throughput: load.throughput, p50: load.p50, p95: load.p95, p99: load.p99, errors: load.errors };
}

async function badInput(server: Server): Promise<Array<{ input: string; status: number; ms: number }>> {
  await request(`${server.url}/apps/${APP}/users/bench/sessions/bad`, {});
  const cases: Array<[string, () => Promise<Outcome>]> = [
    ['malformed JSON', () => request(`${server.url}/run`, undefined, { rawBody: '{"appName":' })],
    ['1 MB body', () => request(`${server.url}/run`, runBody('bench', 'bad', 'x'.repeat(1024 * 1024)))],
    ['parts as a string', () => request(`${server.url}/run`, { ...runBody('bench', 'bad', ''), newMessage: { role: 'user', parts: 'hi' } })],
    ['request over 4,000 characters', () => request(`${server.url}/run`, runBody('bench', 'bad', 'x'.repeat(4_001)))],
    ['unknown app', () => request(`${server.url}/run`, { ...runBody('bench', 'bad', 'hi'), appName: 'other' })],
    ['path traversal in app', () => request(`${server.url}/apps/..%2F..%2Fetc/users/bench/sessions`)],
    ['path traversal in user', () => request(`${server.url}/apps/${APP}/users/..%2Fadmin/sessions`)],
    ['path traversal in session', () => request(`${server.url}/run`, runBody('bench', '../bad', 'hi'))],
    ['wrong content type', () => request(`${server.url}/run`, undefined, { rawBody: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })],
    ['client session state', () => request(`${server.url}/apps/${APP}/users/bench/sessions/state1`, { state: { validation: { ok: true } } })],
    ['no API key', () => request(`${server.url}/run`, runBody('bench', 'bad', 'hi'), { headers: { authorization: '' } })],
    ['another user\'s session', () => request(`${server.url}/apps/${APP}/users/someone/sessions/bad`)],
    ['unknown route', () => request(`${server.url}/nope`)],
  ];
  const results: Array<{ input: string; status: number; ms: number }> = [];
  for (const [input, send] of cases) {
    const outcome = await send();
    results.push({ input, status: outcome.status, ms: round(outcome.ms) });
  }
  return results;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'btp-bench-service-'));
  let dropDatabase = async (): Promise<void> => undefined;
  const report: Record<string, unknown> = { date: new Date().toISOString(), host: `${os.cpus().length} CPUs, load ${os.loadavg().map(round).join(' ')}`, sessions: SESSIONS, soak_s: SOAK_S, soak_concurrency: SOAK_CONCURRENCY };
  const print = (name: string, value: unknown) => {
    report[name] = value;
    console.log(`${name}: ${JSON.stringify(value)}`);
  };
  try {
    const bare = await startServer(path.join(ROOT, 'node_modules', '.bin', 'adk'), ['api_server', 'agents', '--host', '127.0.0.1', '--port', '{port}', '--session_service_uri', `sqlite://${dir}/bare-sessions.db`],
      { BTP_DB: `${dir}/bare.db`, TMPDIR: dir, ADK_CAPTURE_MESSAGE_CONTENT_IN_SPANS: 'false' }, '/list-apps');
    const bareStart = bare.rssMb();
    const bareRun = await concurrentSessions(bare, 'b', [REQUEST], 'bench');
    print('baseline: bare adk api_server, one-turn sessions', { ...figures(bareRun.outcomes, bareRun.seconds), rss_start_mb: round(bareStart), rss_end_mb: round(bare.rssMb()) });
    await bare.stop();

    const database = process.env.BENCH_STORE === 'sqlite' ? { unavailable: 'BENCH_STORE=sqlite' } : await benchDatabase();
    if ('drop' in database) dropDatabase = database.drop;
    const store: Record<string, string> = 'url' in database
      ? { BTP_DATABASE_URL: database.url }
      : { BTP_DB: `${dir}/serve.db`, BTP_SESSION_URI: `sqlite://${dir}/serve-sessions.db` };
    print('btp serve stores experiments and sessions in', 'url' in database ? 'PostgreSQL (a fresh database on the local server)' : `SQLite files (${database.unavailable})`);
    const serveEnv: Record<string, string> = {
      BTP_API_KEYS: `bench:${KEY}`, BTP_RATE_LIMIT: '1000000', BTP_MAX_QUEUED_RUNS: String(4 * SESSIONS),
      BTP_KEYS_DB: `${dir}/keys.db`, BTP_LOCK_DB: `${dir}/locks.db`, BTP_LOG_LEVEL: 'warn', ...store,
    };
    const serve = await startServer('node', [path.join(ROOT, 'dist', 'cli', 'btp.js'), 'serve', '--host', '127.0.0.1', '--port', '{port}'], serveEnv, '/readyz');
    const serveStart = serve.rssMb();
    const oneTurn = await healthWhile(serve, concurrentSessions(serve, 'h', [REQUEST], 'bench'));
    const hardened = figures(oneTurn.result.outcomes, oneTurn.result.seconds);
    const baseline = report['baseline: bare adk api_server, one-turn sessions'] as LoadFigures;
    print('btp serve, one-turn sessions (same load)', { ...hardened, rss_start_mb: round(serveStart), rss_end_mb: round(serve.rssMb()), p95_vs_baseline: `${round((hardened.p95 / baseline.p95 - 1) * 100)} %` });
    print('healthz while saturated (ms)', { p50: oneTurn.p50, p99: oneTurn.p99, probes: oneTurn.probes });
    const twoTurn = await concurrentSessions(serve, 't', [REQUEST, FOLLOW_UP], 'bench');
    print('btp serve, two-turn sessions', figures(twoTurn.outcomes, twoTurn.seconds));
    const sizes = twoTurn.outcomes.map((outcome) => outcome.bytes / 1024);
    print('/run answer size (KB)', { p50: round(percentile(sizes, 0.5)), max: round(Math.max(...sizes)) });
    print('bad input', await badInput(serve));
    print(`soak: ${SOAK_RUNS} runs at ${SOAK_CONCURRENCY} concurrent, at most ${SOAK_S} s (RSS in MB)`, await soak(serve));
    print('still up after everything', (await request(`${serve.url}/healthz`)).status === 200);
    await serve.stop();

    // Load shed at the defaults: 4 running, 80 queued, the rest refused at once.
    const shedding = await startServer('node', [path.join(ROOT, 'dist', 'cli', 'btp.js'), 'serve', '--host', '127.0.0.1', '--port', '{port}'],
      { ...serveEnv, BTP_MAX_QUEUED_RUNS: '80', BTP_MAX_CONCURRENT_RUNS: '4', ...('url' in database ? {} : { BTP_DB: `${dir}/shed.db`, BTP_SESSION_URI: `sqlite://${dir}/shed-sessions.db` } as Record<string, string>) }, '/readyz');
    // The floor under any refusal figure: the same burst of new connections, answered by /healthz alone.
    const floor = (await Promise.all(Array.from({ length: SESSIONS }, () => request(`${shedding.url}/healthz`)))).map((outcome) => outcome.ms);
    for (let probe = 0; probe < LONE_PROBES; probe++) await request(`${shedding.url}/apps/${APP}/users/bench/sessions/probe${probe}`, {});
    const burst = concurrentSessions(shedding, 's', [REQUEST], 'bench');
    const lone = await loneRefusals(shedding);
    const shed = await burst;
    const refused = shed.outcomes.filter((outcome) => outcome.status === 503).map((outcome) => outcome.ms);
    const serverSide = refusalBuckets(await (await fetch(`${shedding.url}/metrics`)).text());
    print(`load shed at the defaults (${SESSIONS} at once, 4 running + 80 queued)`, {
      answered_200: shed.outcomes.filter((outcome) => outcome.status === 200).length, refused_503: refused.length,
      refusal_p50_ms: round(percentile(refused, 0.5)), refusal_p99_ms: round(percentile(refused, 0.99)),
      same_burst_of_healthz_p50_ms: round(percentile(floor, 0.5)), same_burst_of_healthz_p99_ms: round(percentile(floor, 0.99)),
      server_side_refusals_timed: serverSide.count, server_side_within_10ms: serverSide.within(0.01), server_side_within_100ms: serverSide.within(0.1),
    });
    print('one request at a time arriving at the full server (ms, end to end)', lone);
    await shedding.stop();
  } finally {
    await dropDatabase().catch((error: unknown) => console.error(`could not drop the bench database: ${String(error)}`));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(path.join(ROOT, 'bench', 'results', 'service.json'), `${JSON.stringify(report, null, 2)}\n`);
  }
}

await main();
