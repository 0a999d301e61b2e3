import { isLlmAgent, isLoopAgent, isParallelAgent, isSequentialAgent } from '@google/adk';
import { afterAll, describe, expect, it } from 'vitest';
import { createRootAgent } from '../../agents/backtestpilot/agent.js';
import { STATE_KEYS } from '../../agents/tools/session_state.js';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import { getExperiment } from '../../memory/get_experiment.js';
import { sharedExperimentStore } from '../../memory/shared_store.js';
import type { WeightSearchState } from '../../tools/portfolio/optimize/weight_target_search.js';
import type { PortfolioRunState } from '../../tools/portfolio/portfolio_from_spec.js';
import { tempDatabasePath } from '../memory/temp_database.js';
import { formatMetric } from '../../tools/risk/format_metric.js';
import type { RiskAnalysis } from '../../tools/risk/risk_analysis.js';
import { startConversation, testConfig, toolTrajectory } from './conversation_helpers.js';

afterAll(closeWorkerPool);

const PIPELINE_TOOLS = ['parse_request', 'validate_request', 'load_market_data', 'run_backtests', 'run_backtests', 'analyze_risk', 'render_report'];

describe('the agent tree', () => {
  it('is the design: an LlmAgent root over a Sequential pipeline with a Parallel backtest step and a bounded Loop', () => {
    const root = createRootAgent(testConfig());
    expect(isLlmAgent(root)).toBe(true);
    const pipeline = root.subAgents[0]!;
    expect(isSequentialAgent(pipeline)).toBe(true);
    expect(pipeline.subAgents.map((agent) => agent.name)).toEqual([
      'validation_agent', 'data_agent', 'backtest_agent', 'portfolio_agent', 'risk_agent', 'optimization_agent', 'report_agent',
    ]);
    expect(isParallelAgent(pipeline.subAgents[2]!)).toBe(true);
    const loop = pipeline.subAgents[5]!;
    expect(isLoopAgent(loop) && loop.maxIterations).toBe(5);
  });
});

describe('a request end to end through the runner', () => {
  it('compares SMA vs RSI on BTC and ETH and reports from the computed results only', async () => {
    const conversation = await startConversation();
    const turn = await conversation.send('Compare SMA vs RSI on BTC and ETH from 2021 to 2024');
    expect(turn.errors).toEqual([]);
    expect(toolTrajectory(turn.events)).toEqual(PIPELINE_TOOLS);

    const results = turn.state[STATE_KEYS.backtestResults] as BacktestResult[];
    expect(results.map((result) => `${result.symbol} ${result.strategy}`).sort()).toEqual([
      'BTC buy_and_hold', 'BTC rsi_mean_reversion', 'BTC sma_crossover', 'ETH buy_and_hold', 'ETH rsi_mean_reversion', 'ETH sma_crossover',
    ]);
    const sharpes = results.map((result) => result.metrics.sharpe_ratio!);
    expect(sharpes).toEqual([...sharpes].sort((a, b) => b - a));
    expect(results.every((result) => result.range.start === '2021-01-01' && result.range.end === '2024-12-31')).toBe(true);

    const report = turn.state[STATE_KEYS.report] as string;
    expect(turn.reply).toBe(report);
    for (const heading of ['## Summary', '## Ranking', '## Trade-offs', '## Recommendation', '## Data']) expect(report).toContain(heading);
    // Every figure in the ranking table is the formatted metric of a result.
    for (const result of results) {
      expect(report).toContain(formatMetric('sharpe_ratio', result.metrics.sharpe_ratio));
      expect(report).toContain(formatMetric('total_return', result.metrics.total_return));
    }
    // The report invents no number: each one it prints is a formatted figure from the results,
    // the request, or the data summary.
    const known = new Set<string>(['10', '10,000.00', ...(turn.state[STATE_KEYS.marketData] as Array<{ bars: number }>).map((data) => String(data.bars))]);
    for (const row of (turn.state[STATE_KEYS.ranking] as RiskAnalysis).rows) {
      for (const [key, value] of Object.entries(row.vs_buy_and_hold ?? {})) known.add(formatMetric(key as never, value as number | null));
    }
    for (const result of results) {
      for (const [key, value] of Object.entries(result.metrics)) known.add(formatMetric(key as never, value as number | null));
      for (const value of Object.values(result.params)) known.add(String(value));
      known.add(String(result.range.bars));
    }
    const numbers = report.replace(/sha256 [0-9a-f]+/g, '').replace(/\d{4}-\d{2}-\d{2}/g, '').replace(/[A-Z]+-USDT?-1d/g, '')
      .match(/-?\d+(?:,\d{3})*(?:\.\d+)?%?/g) ?? [];
    const unexplained = numbers.filter((number) => !known.has(number) && ![...known].some((figure) => figure.includes(number)));
    expect(unexplained).toEqual([]);
  });

  it('optimises toward a Sharpe target within at most 5 iterations and reports the best attempt', async () => {
    const conversation = await startConversation();
    const turn = await conversation.send('Optimise SMA on BTC from 2018 to 2024, target Sharpe > 1.5');
    const optimization = turn.state[STATE_KEYS.optimization] as Extract<OptimizationState, { iteration: number }>;
    expect(['targets_met', 'best_attempt']).toContain(optimization.status);
    expect(optimization.iteration).toBeGreaterThanOrEqual(1);
    expect(optimization.iteration).toBeLessThanOrEqual(5);
    expect(turn.events.filter((event) => event.author === 'optimization_step_agent')).toHaveLength(optimization.iteration);
    if (optimization.status === 'targets_met') expect(optimization.best!.metrics.sharpe_ratio!).toBeGreaterThan(1.5);
    else expect(optimization.iteration).toBe(5);
    expect(turn.reply).toContain('## Optimisation');
    expect(turn.reply).toContain(formatMetric('sharpe_ratio', optimization.best!.metrics.sharpe_ratio));
  });

  it('stops the optimisation loop early when the target is easy', async () => {
    const conversation = await startConversation();
    const turn = await conversation.send('Optimise SMA on BTC from 2020 to 2021, target Sharpe > 0.5');
    const optimization = turn.state[STATE_KEYS.optimization] as Extract<OptimizationState, { iteration: number }>;
    expect(optimization.status).toBe('targets_met');
    expect(optimization.iteration).toBeLessThan(5);
  });

  it('answers the same request with the same report every time', async () => {
    const request = 'Backtest MACD and Bollinger on SPY since 2015 with 0.05% fees';
    const first = await (await startConversation()).send(request);
    const second = await (await startConversation()).send(request);
    expect(first.reply).toBe(second.reply);
    expect((first.state[STATE_KEYS.ranking] as RiskAnalysis).rows.length).toBe(3);
  });

  it('runs a portfolio as one account beside the single-asset backtests, and reports it', async () => {
    const turn = await (await startConversation()).send('Backtest a 60/40 BTC ETH portfolio with SMA crossover since 2022');
    expect(turn.reply).toContain('## Portfolio');
    expect((turn.state[STATE_KEYS.backtestResults] as BacktestResult[]).length).toBeGreaterThan(0);
  });

  it('says once, not twice, that a symbol\'s data ends before the requested window does', async () => {
    const turn = await (await startConversation()).send('Backtest SMA on BTC and ETH since 2025');
    const notes = (turn.reply.split('## Notes')[1] ?? '').split('## Data')[0]!;
    for (const symbol of ['BTC', 'ETH']) expect(notes.match(new RegExp(`^- ${symbol} data`, 'gm'))).toHaveLength(1);
  });

  it('the RiskAgent checks the portfolio against the targets and the best symbol held alone, and the report says so', async () => {
    const turn = await (await startConversation()).send('Backtest a 60/40 BTC ETH portfolio rebalanced monthly from 2021 to 2023, target Sharpe above 1');
    const run = turn.state[STATE_KEYS.portfolio] as PortfolioRunState;
    const risk = (turn.state[STATE_KEYS.ranking] as RiskAnalysis).portfolio!;
    const { metrics } = run.result.portfolio;
    expect(risk.targets).toMatchObject({ all_met: metrics.sharpe_ratio! > 1, checks: [{ metric: 'sharpe_ratio', operator: '>', target: 1, actual: metrics.sharpe_ratio }] });
    const holdings = (turn.state[STATE_KEYS.backtestResults] as BacktestResult[]).filter((result) => result.strategy === 'buy_and_hold');
    const best = holdings.reduce((a, b) => (b.metrics.sharpe_ratio! > a.metrics.sharpe_ratio! ? b : a));
    expect(risk.vs_best_holding).toMatchObject({ symbol: best.symbol, sharpe_ratio: metrics.sharpe_ratio! - best.metrics.sharpe_ratio!, max_drawdown: metrics.max_drawdown - best.metrics.max_drawdown });
    expect(Object.values(risk.risk.risk_contributions).reduce((sum, share) => sum! + share!, 0)).toBeCloseTo(1, 12);
    expect(turn.reply).toContain(`**Portfolio 60% BTC, 40% ETH, rebalanced monthly** returned ${formatMetric('total_return', metrics.total_return)}`);
    expect(turn.reply).toContain(`It misses Sharpe ratio > 1.00 (${formatMetric('sharpe_ratio', metrics.sharpe_ratio)})`);
  });

  it('the optimisation loop searches a portfolio\'s weights toward its targets, reports the pick in and out of sample, and saves the search', async () => {
    const database = tempDatabasePath();
    const turn = await (await startConversation({ BTP_DB: database })).send('Backtest a 50/50 SPY GLD portfolio rebalanced quarterly from 2015 to 2023, target Sharpe above 0.9');
    const search = turn.state[STATE_KEYS.weightSearch] as WeightSearchState;
    expect(search).toMatchObject({ status: 'targets_met', iteration: 1, trials: 5, best: { targets: { all_met: true } } });
    expect(turn.events.filter((event) => event.author === 'optimization_step_agent')).toHaveLength(1);
    // The portfolio itself keeps the weights asked for; the search's pick is reported beside it.
    expect((turn.state[STATE_KEYS.portfolio] as PortfolioRunState).weights).toEqual({ SPY: 0.5, GLD: 0.5 });
    const pick = Object.entries(search.best!.weights).map(([symbol, weight]) => `${formatMetric('exposure', weight)} ${symbol}`).join(', ');
    expect(turn.reply).toContain(`Best weights: **${pick}**`);
    expect(turn.reply).toContain(`Sharpe ratio > 0.90: ${formatMetric('sharpe_ratio', search.best!.metrics.sharpe_ratio)} in sample — met; out of sample ${formatMetric('sharpe_ratio', search.out_of_sample!.metrics.sharpe_ratio)}`);
    const saved = getExperiment(sharedExperimentStore(database), (turn.state[STATE_KEYS.experiment] as { id: number }).id);
    expect(saved.optimization).toMatchObject({ weight_search: search });
  });
});
