import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './recognizers/memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });

describe('"which 3 had": the runs named earlier, the count before their verb', () => {
  it.each<[string, MemoryQuestion]>([
    ["of the backtests I've saved on ETH, which 3 had the smallest drawdown?", best({ metric: 'max_drawdown', symbol: 'ETH', count: 3 })],
    ['of my saved runs on btc, which 5 have the best sharpe?', best({ metric: 'sharpe_ratio', symbol: 'BTC', count: 5 })],
  ])('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toMatchObject(expected));
});

describe('must not change: no count, or a count of runs ranked for one result', () => {
  it.each<[string, MemoryQuestion]>([
    ["of the backtests I've saved on ETH, which had the smallest drawdown?", best({ metric: 'max_drawdown', symbol: 'ETH' })],
    ['which 3 runs had the highest win rate?', best({ metric: 'win_rate', count: 3 })],
  ])('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});
