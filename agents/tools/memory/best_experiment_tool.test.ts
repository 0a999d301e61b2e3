import { describe, expect, it } from 'vitest';
import { memoryReply } from '../../models/planners/memory_replies.js';
import { parseMemoryQuestion } from '../../../tools/request/recognizers/memory_question.js';
import { BestExperimentInputSchema } from './best_experiment_tool.js';

describe('best_experiment takes limit (the N newest experiments) and order (the worst)', () => {
  it('accepts what the grammar reads, so the planner can call the tool with it', () => {
    for (const text of ['which of the last 20 runs had the best win rate', 'my worst run by sharpe', 'weakest sortino of my last 5 runs']) {
      const question = parseMemoryQuestion(text, '2025-11-20');
      expect(question?.tool).toBe('best_experiment');
      expect(BestExperimentInputSchema.safeParse(question!.args).success).toBe(true);
    }
  });

  it('takes start and end, the days the runs were saved between, as the grammar reads them', () => {
    const question = parseMemoryQuestion('of the runs i did in october 2025, which got the best total return?', '2025-11-20');
    expect(BestExperimentInputSchema.parse(question!.args)).toEqual({ metric: 'total_return', start: '2025-10-01', end: '2025-10-31' });
    expect(BestExperimentInputSchema.safeParse({ metric: 'sharpe_ratio', start: '2025-02-30' }).success).toBe(false);
    expect(memoryReply('best_experiment', { found: false }, { metric: 'sharpe_ratio', start: '2025-10-01', end: '2025-10-31' }))
      .toContain('saved from 2025-10-01 to 2025-10-31');
  });

  it('refuses a count below one and an order other than best or worst', () => {
    expect(BestExperimentInputSchema.safeParse({ metric: 'sharpe_ratio', limit: 0 }).success).toBe(false);
    expect(BestExperimentInputSchema.safeParse({ metric: 'sharpe_ratio', limit: 2.5 }).success).toBe(false);
    expect(BestExperimentInputSchema.safeParse({ metric: 'sharpe_ratio', order: 'median' }).success).toBe(false);
    expect(BestExperimentInputSchema.parse({ metric: 'win_rate', limit: 20, order: 'worst' })).toEqual({ metric: 'win_rate', limit: 20, order: 'worst' });
  });

  it('says "worst" and "among your last N" in the reply when asked so', () => {
    expect(memoryReply('best_experiment', { found: false }, { metric: 'win_rate', limit: 20 })).toBe('No saved result among your last 20 experiment(s) has a win rate yet.');
    const best = {
      metric: 'sharpe_ratio', value: -0.4, experiment: { id: 3, timestamp: '2025-11-01T00:00:00.000Z', user_query: 'SMA on BTC' },
      result: { symbol: 'BTC', strategy: 'sma_crossover', params: { short: 20, long: 50 }, baseline: false, range: { start: '2022-01-01', end: '2022-12-31' },
        metrics: { sharpe_ratio: -0.4, total_return: -0.3, max_drawdown: -0.5 } },
    };
    expect(memoryReply('best_experiment', { found: true, best }, { metric: 'sharpe_ratio', order: 'worst' })).toMatch(/^Your worst result by Sharpe ratio: .* experiment #3 /);
  });

  it('takes count (how many results, 1-20), apart from limit', () => {
    expect(BestExperimentInputSchema.parse({ metric: 'sortino_ratio', count: 3, limit: 20 })).toEqual({ metric: 'sortino_ratio', count: 3, limit: 20 });
    for (const count of [0, 21, 2.5]) expect(BestExperimentInputSchema.safeParse({ metric: 'sharpe_ratio', count }).success).toBe(false);
  });

  it('lists the results in order when a count was asked, and says when fewer were found', () => {
    const result = (value: number, id: number) => ({
      metric: 'sortino_ratio', value, experiment: { id, timestamp: '2025-11-01T00:00:00.000Z', user_query: `run ${id}` },
      result: { symbol: 'BTC', strategy: 'sma_crossover', params: { short: 20, long: 50 }, baseline: false, range: { start: '2022-01-01', end: '2022-12-31' },
        metrics: { sharpe_ratio: 1, total_return: 0.2, max_drawdown: -0.1 } },
    });
    const ranked = [result(2, 7), result(1.5, 4)];
    const top = memoryReply('best_experiment', { found: true, best: ranked[0], ranked }, { metric: 'sortino_ratio', count: 3 }).split('\n');
    expect(top[0]).toBe('Your top 3 results by Sortino ratio:');
    expect(top[1]).toMatch(/^1\. .* experiment #7 /);
    expect(top[2]).toMatch(/^2\. .* experiment #4 /);
    expect(top[3]).toBe('Only 2 saved result(s) have a Sortino ratio.');
    const worst = memoryReply('best_experiment', { found: true, best: ranked[0], ranked }, { metric: 'sortino_ratio', count: 2, order: 'worst' });
    expect(worst.split('\n')[0]).toBe('Your 2 worst results by Sortino ratio, worst first:');
  });
});
