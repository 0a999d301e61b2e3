import { describe, expect, it } from 'vitest';
import { BestQuerySchema } from '../../../memory/experiment_schemas.js';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });

describe('"top 3", "bottom 3", "3 worst": how many results of the ranking (count), not how many runs it ranks (limit)', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    ['show me my top 3 runs by profit factor', best({ metric: 'profit_factor', count: 3 })],
    ['bottom 3 of my runs by sortino', best({ metric: 'sortino_ratio', order: 'worst', count: 3 })],
    ['my 5 best runs', best({ metric: 'sharpe_ratio', count: 5 })],
    ['what are my 4 worst experiments by calmar?', best({ metric: 'calmar_ratio', order: 'worst', count: 4 })],
    ['best 2 of my saved runs on ETH', best({ metric: 'sharpe_ratio', symbol: 'ETH', count: 2 })],
    ['give me my top three runs by win rate', best({ metric: 'win_rate', count: 3 })],
    ['the 3 highest sharpe runs I have saved', best({ metric: 'sharpe_ratio', count: 3 })],
    // Both at once: the best 2 among the 10 newest experiments.
    ['best 2 of my last 10 runs by calmar', best({ metric: 'calmar_ratio', limit: 10, count: 2 })],
    // More than the tool returns: its maximum.
    ['top 50 of my runs by sharpe', best({ metric: 'sharpe_ratio', count: 20 })],
  ];
  it.each(cases)('%s', (text, expected) => {
    const question = parseMemoryQuestion(text, TODAY);
    expect(question).toEqual(expected);
    // What the grammar reads, the store takes as it is.
    expect(BestQuerySchema.safeParse(question!.args).success).toBe(true);
  });
});

describe('a count after a listing ranks the runs listed', () => {
  it('"just give me the top 3 by sortino" after "list my last 20 runs", with or without a remark between', () => {
    const expected = best({ metric: 'sortino_ratio', count: 3 });
    expect(parseMemoryQuestion('just give me the top 3 by sortino', TODAY, ['list my last 20 runs', 'hmm too many'])).toEqual(expected);
    expect(parseMemoryQuestion('ok the top 3 by sortino then', TODAY, ['list my last 20 runs'])).toEqual(expected);
  });

  it('"and the top 5?" after a best question keeps its filters and asks five', () => {
    expect(parseMemoryQuestion('and the top 5?', TODAY, ['my best run by sharpe on eth'])).toEqual(best({ metric: 'sharpe_ratio', symbol: 'ETH', count: 5 }));
  });
});

describe('must not change: no count beside the word asking for the end', () => {
  const cases: Array<[string, MemoryQuestion | undefined]> = [
    ['which of my last 20 runs had the best win rate', best({ metric: 'win_rate', limit: 20 })],
    ['my best run over the last 3 months', best({ metric: 'sharpe_ratio', days: 90 })],
    ['my worst run by sharpe', best({ metric: 'sharpe_ratio', order: 'worst' })],
    ['my top 1 run', best({ metric: 'sharpe_ratio' })],
    ['show my last 5 experiments', { tool: 'list_experiments', args: { limit: 5 } }],
    // No saved runs named: a request, whatever it ranks.
    ['show me the top 3 by sortino', undefined],
    ['backtest the top 3 strategies on ETH for 2022', undefined],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));

  it('a message with a number or a symbol is no remark to look past', () => {
    expect(parseMemoryQuestion('just give me the top 3 by sortino', TODAY, ['list my last 20 runs', 'sma on btc 2022'])).toBeUndefined();
  });
});

describe('"which three of my saved runs": a count after "which" or "what", before the runs named with "of my" or "saved", is how many results', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    // (before: count missing)
    ["Which three of my saved runs had the highest total return this week? I'm preparing a sermon illustration on greed, ironically.", best({ metric: 'total_return', count: 3, days: 7 })],
    ['what 5 runs had the best sharpe', best({ metric: 'sharpe_ratio', count: 5 })],
    ['which 5 of my runs had the best sharpe', best({ metric: 'sharpe_ratio', count: 5 })],
    ['which 3 of our experiments had the lowest drawdown', best({ metric: 'max_drawdown', count: 3 })],
    ['what four saved backtests had the best sortino last month', best({ metric: 'sortino_ratio', days: 30, count: 4 })],
    // Not a count of results: the runs ranked, or none.
    ['which of my last 20 runs had the best win rate', best({ metric: 'win_rate', limit: 20 })],
    ['which of my runs had the best sharpe', best({ metric: 'sharpe_ratio' })],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(expected);
  });
});
