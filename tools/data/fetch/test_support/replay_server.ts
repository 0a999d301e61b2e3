import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { packageRoot } from '../../../package_root.js';


type Kline = [number, ...unknown[]];

interface YahooChart {
  chart: { result: [{ meta: unknown; timestamp: number[]; indicators: { quote: [Record<string, unknown[]>]; adjclose: [{ adjclose: number[] }] } }] };
}

export interface ReplayServer {
  /** Origin to give the fetchers (BTP_BINANCE_URL / BTP_YAHOO_URL). */
  url: string;
  /** Every request's path and query, in order. */
  requests: string[];
  /** The next `times` requests whose path starts with `prefix` answer `status` (Infinity = always). */
  fail(prefix: string, status: number, times: number): void;
  clearFailures(): void;
  close(): Promise<void>;
}

function fixture<T>(name: string): T {
  // From the package root, not this module: `btp eval run` runs it bundled into dist/cli/btp.js.
  return JSON.parse(readFileSync(path.join(packageRoot(), 'tools', 'data', 'fetch', 'fixtures', name), 'utf8')) as T;
}

/** Binance's /api/v3/klines over recorded candles: startTime, endTime and limit as Binance applies them. */
function klines(url: URL, response: ServerResponse): void {
  const symbol = url.searchParams.get('symbol') ?? '';
  const interval = url.searchParams.get('interval') ?? '';
  let recorded: Kline[];
  try {
    recorded = fixture<Kline[]>(`binance_klines_${symbol}_${interval}.json`);
  } catch {
    send(response, 400, { code: -1121, msg: 'Invalid symbol.' });
    return;
  }
  const start = Number(url.searchParams.get('startTime') ?? 0);
  const end = Number(url.searchParams.get('endTime') ?? Number.MAX_SAFE_INTEGER);
  const limit = Math.min(1000, Number(url.searchParams.get('limit') ?? 500));
  send(response, 200, recorded.filter((row) => row[0] >= start && row[0] <= end).slice(0, limit));
}

/** Yahoo's /v8/finance/chart/<symbol> over a recorded chart: bars with period1 ≤ time < period2. */
function chart(url: URL, response: ServerResponse): void {
  const symbol = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  let recorded: YahooChart;
  try {
    recorded = fixture<YahooChart>(`yahoo_chart_${symbol}_${url.searchParams.get('interval')}.json`);
  } catch {
    send(response, 404, { chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } } });
    return;
  }
  const from = Number(url.searchParams.get('period1'));
  const to = Number(url.searchParams.get('period2'));
  const result = recorded.chart.result[0];
  const keep = result.timestamp.map((time) => time >= from && time < to);
  const pick = <T>(values: T[]) => values.filter((_, index) => keep[index]);
  const quote = Object.fromEntries(Object.entries(result.indicators.quote[0]).map(([key, values]) => [key, pick(values)]));
  send(response, 200, {
    chart: {
      result: [{ ...result, timestamp: pick(result.timestamp), indicators: { quote: [quote], adjclose: [{ adjclose: pick(result.indicators.adjclose[0].adjclose) }] } }],
      error: null,
    },
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/**
 * A loopback HTTP server answering with recorded responses in the real APIs' formats (Binance
 * spot REST, Yahoo's chart API). The fetchers reach it through their base-URL variables, so the
 * libraries' own request paths (ccxt's undici client, yahoo-finance2's fetch) run unchanged.
 */
export async function startReplayServer(): Promise<ReplayServer> {
  const requests: string[] = [];
  const failures: { prefix: string; status: number; left: number }[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://replay');
    requests.push(`${url.pathname}${url.search}`);
    const failure = failures.find((candidate) => candidate.left > 0 && url.pathname.startsWith(candidate.prefix));
    if (failure) {
      failure.left -= 1;
      send(response, failure.status, failure.status === 429 ? { code: -1003, msg: 'Too many requests; current limit is 6000 request weight per 1 MINUTE.' } : { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' });
      return;
    }
    if (url.pathname === '/api/v3/exchangeInfo') send(response, 200, fixture('binance_exchange_info.json'));
    else if (url.pathname === '/api/v3/klines') klines(url, response);
    else if (url.pathname.startsWith('/v8/finance/chart/')) chart(url, response);
    else send(response, 404, { code: -1, msg: `no recorded response for ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fail: (prefix, status, times) => failures.push({ prefix, status, left: times }),
    clearFailures: () => { failures.length = 0; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
