import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDatabasePath } from '../../test/memory/temp_database.js';
import { formatMetric } from '../../tools/risk/format_metric.js';
import { BTP_COMMAND } from '../../test/btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const database = tempDatabasePath();

async function btp(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...BTP_COMMAND, ...args], {
      cwd: REPO_ROOT, env: { ...process.env, BTP_DB: database, BTP_DATA_DIR: path.resolve(process.env.BTP_DATA_DIR!) },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('btp portfolio', () => {
  it('--json prints the documented shape', async () => {
    const { stdout, code } = await btp('portfolio', '--symbols', 'BTC,ETH', '--weights', '60%,40%', '--rebalance', 'quarterly',
      '--strategy', 'ETH=sma_crossover:short=20,long=50', '--from', '2021-01-01', '--to', '2022-12-31', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['portfolio', 'assets', 'correlation', 'files']);
    expect(result.files).toEqual([]);
    for (const key of ['weights', 'rebalance', 'metrics', 'equity', 'weights_over_time', 'fills', 'fees_paid', 'turnover', 'num_rebalances', 'contributions']) {
      expect(result.portfolio).toHaveProperty(key);
    }
    expect(result.portfolio.weights).toEqual({ BTC: 0.6, ETH: 0.4 });
    expect(result.portfolio.rebalance).toBe('quarterly');
    expect(result.portfolio.strategies.ETH).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
    expect(result.portfolio.strategies.BTC.name).toBe('buy_and_hold');
    expect(result.portfolio.num_rebalances).toBe(7);
    expect(result.portfolio.equity[0]).toEqual({ t: '2021-01-01', equity: expect.any(Number) });
    expect(result.portfolio.fills[0]).toEqual({ date: '2021-01-01', symbol: 'BTC', side: 'buy', units: expect.any(Number), price: expect.any(Number), fee: expect.any(Number) });
    expect(result.correlation.symbols).toEqual(['BTC', 'ETH']);
  });

  it('--html and --png-dir write the report the agents write for a portfolio: each symbol\'s runs, then the portfolio\'s section and charts', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'btp-portfolio-report-'));
    const html = path.join(folder, 'portfolio.html');
    const { stdout, code } = await btp('portfolio', '--symbols', 'BTC,ETH', '--weights', '0.6,0.4', '--from', '2021-01-01', '--to', '2022-12-31',
      '--html', html, '--png-dir', path.join(folder, 'png'), '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.files.map((file: { path: string }) => path.relative(folder, file.path))).toEqual(expect.arrayContaining([
      'portfolio.html', path.join('png', 'equity.png'), path.join('png', 'portfolio-weights.png'), path.join('png', 'correlation.png'),
    ]));
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<section id="portfolio"><h2>Portfolio</h2>');
    expect(page).toContain('Portfolio 60% BTC, 40% ETH, rebalanced monthly');
    // The section's figures are the portfolio run's, the same numbers --json printed.
    expect(page).toContain(formatMetric('total_return', result.portfolio.metrics.total_return));
    expect(page).toContain('ETH buy_and_hold');
  });

  it('optimize --html writes the report of the chosen weights: in and out of sample, then over the whole window', async () => {
    const html = path.join(mkdtempSync(path.join(os.tmpdir(), 'btp-portfolio-optimize-')), 'optimized.html');
    const { stdout, code } = await btp('portfolio', 'optimize', '--symbols', 'BTC,ETH', '--objective', 'min_variance', '--from', '2021-01-01', '--to', '2022-12-31', '--html', html, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.files).toEqual([{ kind: 'html', path: html, bytes: expect.any(Number) }]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain(`Weights chosen for min variance on ${result.in_sample_range.start} to ${result.in_sample_range.end}`);
    expect(page).toContain(formatMetric('sharpe_ratio', result.in_sample.sharpe_ratio));
  });

  it('refuses weights above 100% with bad_weights, saying what is allowed, and exits 2 (bad input)', async () => {
    const { stdout, code } = await btp('portfolio', '--symbols', 'BTC,ETH', '--weights', '0.7,0.4', '--json');
    expect(code).toBe(2);
    const { error } = JSON.parse(stdout);
    expect(error.code).toBe('bad_weights');
    expect(error.message).toMatch(/sum to 110%; they may sum to at most 100%/);
  });

  it('refuses a weight for a symbol not in the list', async () => {
    const { stderr, code } = await btp('portfolio', '--symbols', 'BTC,ETH', '--weights', 'BTC=0.5,SOL=0.5');
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad_weights.*SOL, which is not in the portfolio; the symbols are BTC, ETH/);
  });

  it('prints readable tables without --json', async () => {
    const { stdout, code } = await btp('portfolio', '--symbols', 'SPY,GLD', '--weights', '0.5,0.3', '--from', '2015-01-01', '--to', '2019-12-31', '--no-chart');
    expect(code).toBe(0);
    expect(stdout).toMatch(/rebalanced monthly/);
    expect(stdout).toMatch(/cash\s+│\s+20\.00%/);
    expect(stdout).toMatch(/Correlation of daily returns/);
  });
});

describe('btp portfolio optimize', () => {
  it('--json prints the documented shape, weights within max_weight and summing to 1', async () => {
    const { stdout, code } = await btp('portfolio', 'optimize', '--symbols', 'BTC,ETH,SOL', '--objective', 'min_variance', '--max-weight', '0.5',
      '--from', '2021-01-01', '--to', '2024-12-31', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    for (const key of ['objective', 'weights', 'in_sample', 'out_of_sample', 'in_sample_range', 'out_of_sample_range', 'frontier', 'correlation']) {
      expect(result).toHaveProperty(key);
    }
    const weights = Object.values(result.weights) as number[];
    expect(Math.abs(weights.reduce((sum, weight) => sum + weight, 0) - 1)).toBeLessThan(1e-9);
    expect(Math.max(...weights)).toBeLessThanOrEqual(0.5 + 1e-9);
    expect(result.frontier).toHaveLength(30);
    // 70/30 of the 1,461 shared days.
    expect(result.in_sample_range).toEqual({ start: '2021-01-01', end: '2023-10-19', bars: 1022 });
    expect(result.out_of_sample_range.start).toBe('2023-10-20');
  });

  it('says when no weights fit the limits', async () => {
    const { stdout, code } = await btp('portfolio', 'optimize', '--symbols', 'BTC,ETH,SOL', '--max-weight', '0.3', '--json');
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error.code).toBe('infeasible_portfolio');
  });
});

describe('portfolios through the agents', () => {
  it('btp ask "Backtest a 60/40 BTC ETH portfolio rebalanced monthly from 2020 to 2023": the report has the portfolio, as btp portfolio computes it', async () => {
    const asked = await btp('ask', 'Backtest a 60/40 BTC ETH portfolio rebalanced monthly from 2020 to 2023', '--today', '2026-01-10', '--json');
    expect(asked.code).toBe(0);
    const { spec, report } = JSON.parse(asked.stdout);
    expect(spec.portfolio).toEqual({ weights: { BTC: 0.6, ETH: 0.4 }, rebalance: 'monthly' });
    const direct = JSON.parse((await btp('portfolio', '--symbols', 'BTC,ETH', '--weights', '0.6,0.4', '--from', '2020-01-01', '--to', '2023-12-31', '--json')).stdout);
    expect(report).toMatch(/## Portfolio/);
    expect(report).toMatch(/rebalanced monthly, 2020-01-01 to 2023-12-31/);
    expect(direct.portfolio.metrics.total_return).toBeCloseTo(9.5293, 3);
    expect(report).toContain('| Total return | 952.93% |');
    expect(report).not.toMatch(/not available/);
  });
});
