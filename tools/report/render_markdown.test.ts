import { describe, expect, it } from 'vitest';
import type { RequestSpec } from '../request/request_spec.js';
import type { RankingRow } from '../risk/risk_analysis.js';
import type { PerformanceMetrics } from '../risk/types.js';
import { buildReport } from './build_report.js';
import { renderHtml } from './render_html.js';
import { renderMarkdown } from './render_markdown.js';

const composeReport = (value: ReportInput) => renderMarkdown(buildReport(value));
import type { ReportInput } from './report_input.js';

function metrics(overrides: Partial<PerformanceMetrics>): PerformanceMetrics {
  return {
    total_return: 0.1, cagr: 0.05, volatility: 0.3, sharpe_ratio: 0.5, sortino_ratio: 0.7, max_drawdown: -0.2,
    calmar_ratio: 0.25, win_rate: 0.5, profit_factor: 1.2, num_trades: 4, exposure: 0.5, final_equity: 11_000, ...overrides,
  };
}

function row(rank: number, strategy: string, overrides: Partial<PerformanceMetrics>, extra: Partial<RankingRow> = {}): RankingRow {
  return {
    rank, symbol: 'BTC', strategy, params: strategy === 'sma_crossover' ? { short: 20, long: 50 } : {}, baseline: strategy === 'buy_and_hold',
    range: { start: '2021-01-01', end: '2021-12-31', bars: 365 }, metrics: metrics(overrides), vs_buy_and_hold: null, targets: null, ...extra,
  };
}

const spec: RequestSpec = {
  symbols: ['BTC'], strategies: [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'buy_and_hold', baseline: true }],
  date_range: { start: '2021-01-01', end: '2021-12-31' }, targets: {}, optimization_required: false, portfolio: null,
  fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
};

function input(rows: RankingRow[], overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    spec, validationNotes: [], ranking: { rank_by: 'sharpe_ratio', rows, notes: [] },
    marketData: [{ symbol: 'BTC', file: 'BTC-USDT-1d.csv', sha256: 'abcdef0123456789', interval: '1d', first: '2017-08-17', last: '2026-01-05', bars: 3064, data_ok: true, data_notes: [] }],
    optimization: null, ...overrides,
  };
}

describe('renderMarkdown(buildReport(…))', () => {
  const winner = row(1, 'sma_crossover', { sharpe_ratio: 1.25, total_return: 0.8, max_drawdown: -0.3 }, {
    vs_buy_and_hold: { total_return: 0.2, sharpe_ratio: 0.5, max_drawdown: 0.25 },
  });
  const hold = row(2, 'buy_and_hold', { sharpe_ratio: 0.75, total_return: 0.6, max_drawdown: -0.55 });

  it('summarises the winner with its own figures and the baseline beside it', () => {
    const report = composeReport(input([winner, hold]));
    expect(report).toContain('**BTC sma_crossover (short 20, long 50)** ranks first by Sharpe ratio (1.25), with a total return of 80.00%');
    expect(report).toContain('Buy and hold on BTC returned 60.00% with a Sharpe ratio of 0.75 and a maximum drawdown of -55.00%.');
    expect(report).toContain('| 2 | BTC | buy_and_hold *(baseline)* |');
    expect(report).toContain('with a maximum drawdown 25.00% shallower than holding');
    // A series whose source was not recorded (a run saved before sources were) says so.
    expect(report).toContain('- BTC: BTC-USDT-1d.csv (2017-08-17 to 2026-01-05, 3064 bars, sha256 abcdef012345; source unknown)');
  });

  it('says when holding beat every strategy, and when every run lost money', () => {
    expect(composeReport(input([{ ...hold, rank: 1 }, { ...winner, rank: 2 }]))).toContain('none of the strategies beat simply holding BTC');
    const losers = [row(1, 'sma_crossover', { total_return: -0.1 }), row(2, 'buy_and_hold', { total_return: -0.4 })];
    expect(composeReport(input(losers))).toContain('Every run lost money over this window');
  });


  it('opens with how the request was read when words were ignored, and lists the parser\'s other notes', () => {
    const report = composeReport(input([winner, hold], {
      spec: { ...spec, notes: ["ignored: 'wobbly', 'flux'", 'no date range given: the run uses the common history'] },
    }));
    expect(report).toContain("## Summary\n\nI read this as sma_crossover (short=20, long=50) against buy and hold on BTC, 2021-01-01 to 2021-12-31; I ignored 'wobbly', 'flux'.");
    expect(report).toContain('- no date range given: the run uses the common history');
    expect(composeReport(input([winner, hold]))).not.toContain('I read this as');
  });

  it('gives a clipped window once: the engine\'s note is dropped when validation already said it for that symbol', () => {
    const report = composeReport(input([winner, hold], {
      validationNotes: ['BTC data covers 2017-08-17 to 2026-01-05: the run uses 2022-01-01 to 2026-01-05 of the requested 2022-01-01 to 2026-11-24'],
      ranking: {
        rank_by: 'sharpe_ratio', rows: [winner, hold],
        notes: [
          'BTC data (BTC-USDT-1d.csv) covers 2017-08-17 to 2026-01-05; ran on 2022-01-01 to 2026-01-05 instead of the requested 2022-01-01 to 2026-11-24',
          'ETH data (ETH-USDT-1d.csv) covers 2017-08-17 to 2026-01-05; ran on 2022-01-01 to 2026-01-05 instead of the requested 2022-01-01 to 2026-11-24',
        ],
      },
    }));
    expect(report).toContain('- BTC data covers 2017-08-17 to 2026-01-05: the run uses');
    expect(report).not.toContain('BTC data (BTC-USDT-1d.csv) covers');
    expect(report).toContain('- ETH data (ETH-USDT-1d.csv) covers 2017-08-17 to 2026-01-05; ran on');
  });

  it('names where a fetched series came from and when, and says when its prices are adjusted', () => {
    const fetched = { source: 'binance', id: 'ohlcv/BTC-USDT-1d.csv', digest: 'abcdef0123456789', fetched_at: '2026-11-24T12:00:00.000Z', market: 'BTC/USDT' };
    const report = composeReport(input([winner, hold], {
      marketData: [
        { symbol: 'BTC', file: 'BTC-USDT-1d.csv', sha256: 'abcdef0123456789', interval: '1d', first: '2021-01-01', last: '2021-12-31', bars: 365, data_ok: true, data_notes: [], provenance: fetched },
        {
          symbol: 'SPY', file: 'SPY-USD-1d.csv', sha256: '0123456789abcdef', interval: '1d', first: '2021-01-04', last: '2021-12-31', bars: 252, data_ok: true, data_notes: [],
          provenance: { source: 'yahoo', id: 'ohlcv/SPY-USD-1d.csv', digest: '0123456789abcdef', fetched_at: '2026-11-20T08:00:00.000Z', market: 'SPY', adjusted: true },
        },
        { symbol: 'ETH', file: 'ETH-USDT-1d.csv', sha256: 'fedcba9876543210', interval: '1d', first: '2021-01-01', last: '2021-12-31', bars: 365, data_ok: true, data_notes: [], provenance: { source: 'sample', id: 'data/sample/ETH-USDT-1d.csv', digest: 'fedcba9876543210' } },
      ],
    }));
    expect(report).toContain('- BTC: BTC-USDT-1d.csv (2021-01-01 to 2021-12-31, 365 bars, sha256 abcdef012345; source binance (BTC/USDT), fetched 2026-11-24)');
    expect(report).toContain('- SPY: SPY-USD-1d.csv (2021-01-04 to 2021-12-31, 252 bars, sha256 0123456789ab; source yahoo (SPY, split- and dividend-adjusted), fetched 2026-11-20)');
    expect(report).toMatch(/^- ETH: ETH-USDT-1d\.csv \(2021-01-01 to 2021-12-31, 365 bars, sha256 fedcba987654; source sample\)$/m);
  });

  it('names each series\' source in the HTML tearsheet\'s data table too, in the same words', () => {
    const provenance = { source: 'binance', id: 'ohlcv/BTC-USDT-1d.csv', digest: 'abcdef0123456789', fetched_at: '2026-11-24T12:00:00.000Z', market: 'BTC/USDT' };
    const html = renderHtml(buildReport(input([winner, hold], {
      marketData: [{ symbol: 'BTC', file: 'BTC-USDT-1d.csv', sha256: 'abcdef0123456789', interval: '1d', first: '2021-01-01', last: '2021-12-31', bars: 365, data_ok: true, data_notes: [], provenance }],
    })));
    expect(html).toContain('<th class="right">Bars</th><th>Source</th><th>SHA-256</th>');
    expect(html).toContain('<td>binance (BTC/USDT), fetched 2026-11-24</td>');
  });

  it('reports the optimisation: methods, trials, in- and out-of-sample figures, targets, deflated Sharpe and the warning', () => {
    const inSample = metrics({ sharpe_ratio: 1.35, total_return: 2.5 });
    const outOfSample = metrics({ sharpe_ratio: 0.2, total_return: -0.15 });
    const report = composeReport(input([winner, hold], {
      spec: { ...spec, targets: { sharpe_ratio: { operator: '>', value: 1.5 } }, optimization_required: true },
      optimization: {
        status: 'best_attempt', iteration: 5, max_iterations: 5, methods: ['random', 'bayes', 'bayes', 'hill', 'hill'], trials: 240,
        combos: [], objective: 'meet every target',
        best: {
          symbol: 'BTC', strategy: 'sma_crossover', params: { short: 12, long: 90 }, score: -0.1, metrics: inSample,
          targets: { all_met: false, score: -0.1, checks: [{ metric: 'sharpe_ratio', operator: '>', target: 1.5, actual: 1.35, met: false, margin: -0.1 }] },
          in_sample_range: { start: '2018-01-01', end: '2022-11-25' }, out_of_sample_range: { start: '2022-11-26', end: '2024-12-31' },
          assessment: {
            out_of_sample: outOfSample, out_of_sample_targets_met: false, deflated_sharpe_ratio: 0.4123,
            overfitting_warning: 'Overfitting warning: on the held-out data (2022-11-26 to 2024-12-31) the Sharpe ratio fell from 1.35 to 0.20.',
          },
        },
      },
    }));
    expect(report).toContain('Search: random search, then Bayesian optimisation (Gaussian process, expected improvement) ×2, then hill climbing (coordinate ascent) ×2; ' +
      '5 of at most 5 iterations, 240 parameter sets tried.');
    expect(report).toContain('Parameters were scored on 2018-01-01 to 2022-11-25 only; 2022-11-26 to 2024-12-31 (the last 30%) was held out to check them.');
    expect(report).toContain('Best: **BTC sma_crossover (short 12, long 90)**');
    expect(report).toContain('| Sharpe ratio | 1.35 | 0.20 |');
    expect(report).toContain('| Total return | 250.00% | -15.00% |');
    expect(report).toContain('- Sharpe ratio > 1.50: 1.35 in sample — not met; out of sample 0.20');
    expect(report).toContain('Deflated Sharpe ratio: 41.23% after 240 trials');
    expect(report).toContain('below 95.00%, so the in-sample Sharpe ratio could well be the luck of trying many parameters');
    expect(report).toContain('**Overfitting warning: on the held-out data (2022-11-26 to 2024-12-31) the Sharpe ratio fell from 1.35 to 0.20.**');
  });
});
