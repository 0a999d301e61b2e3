/**
 * Prometheus metrics (`GET /metrics`): prom-client's default process metrics plus the seed's.
 * Every label value comes from a closed set (route templates, status codes, registered strategies,
 * agent names, symbols of the data folder's shape), never from free text or user ids, so the
 * number of series stays bounded whatever callers send.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { listStrategyIds } from '../tools/strategy/registry.js';

const SYMBOL = /^[A-Z0-9]{1,12}$/;
const AGENT = /^[a-z][a-z0-9_]{0,47}$/;

export class ServerMetrics {
  readonly registry = new Registry();
  private readonly strategies = new Set(listStrategyIds());

  readonly backtests = new Counter({ name: 'backtests_total', help: 'Backtests run, by strategy and symbol', labelNames: ['strategy', 'symbol'], registers: [this.registry] });
  readonly requests = new Counter({ name: 'api_requests_total', help: 'HTTP requests answered, by route template and status', labelNames: ['route', 'status'], registers: [this.registry] });
  readonly backtestDuration = new Histogram({ name: 'backtest_duration_seconds', help: 'Time to run one request\'s backtests (one run_backtests call)', buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [this.registry] });
  readonly requestDuration = new Histogram({ name: 'api_request_duration_seconds', help: 'HTTP request duration, by route template', labelNames: ['route'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300], registers: [this.registry] });
  readonly activeBacktests = new Gauge({ name: 'active_backtests', help: 'run_backtests calls in progress', registers: [this.registry] });
  readonly agentDuration = new Histogram({ name: 'agent_duration_seconds', help: 'Agent run duration, by agent', labelNames: ['agent'], buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [this.registry] });
  readonly optimizationTrials = new Counter({ name: 'optimization_trials_total', help: 'Parameter sets tried by the optimiser', registers: [this.registry] });
  readonly runsInFlight = new Gauge({ name: 'btp_runs_in_flight', help: 'Agent runs executing now', registers: [this.registry] });
  readonly runsQueued = new Gauge({ name: 'btp_runs_queued', help: 'Agent runs waiting for a slot', registers: [this.registry] });
  /** The server's own share of a refusal: from the request reaching the app to the 503 flushed. */
  readonly refusalDuration = new Histogram({ name: 'btp_run_refusal_seconds', help: 'From a refused run request reaching the app to its 503 sent', buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1], registers: [this.registry] });
  readonly runsRefused = new Counter({ name: 'btp_runs_refused_total', help: 'Runs refused, by reason', labelNames: ['reason'], registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  countBacktest(strategy: string, symbol: string): void {
    this.backtests.inc({ strategy: this.strategies.has(strategy) ? strategy : 'other', symbol: SYMBOL.test(symbol) ? symbol : 'other' });
  }

  observeAgent(agent: string, seconds: number): void {
    this.agentDuration.observe({ agent: AGENT.test(agent) ? agent : 'other' }, seconds);
  }
}

const ROUTES: ReadonlyArray<[RegExp, string]> = [
  [/^\/run$/, '/run'],
  [/^\/run_sse$/, '/run_sse'],
  [/^\/healthz$/, '/healthz'],
  [/^\/readyz$/, '/readyz'],
  [/^\/metrics$/, '/metrics'],
  [/^\/list-apps$/, '/list-apps'],
  [/^\/version$/, '/version'],
  [/^\/apps\/[^/]+\/users\/[^/]+\/sessions$/, '/apps/:app/users/:user/sessions'],
  [/^\/apps\/[^/]+\/users\/[^/]+\/sessions\/[^/]+$/, '/apps/:app/users/:user/sessions/:session'],
  [/^\/apps\/[^/]+\/users\/[^/]+\/sessions\/[^/]+\/artifacts(\/.*)?$/, '/apps/:app/users/:user/sessions/:session/artifacts'],
  [/^\/apps\/[^/]+\/users\/[^/]+\/sessions\/[^/]+\/events\/[^/]+\/graph$/, '/apps/:app/users/:user/sessions/:session/events/:event/graph'],
  [/^\/dev\//, '/dev'],
  [/^\/debug\//, '/debug'],
];

/** The route template a path belongs to; `unmatched` for anything else (no free text in labels). */
export function routeLabel(pathname: string): string {
  for (const [pattern, label] of ROUTES) if (pattern.test(pathname)) return label;
  return 'unmatched';
}
