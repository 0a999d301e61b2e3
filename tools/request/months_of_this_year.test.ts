import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from './recognizers/memory_question.js';

const TODAY = '2025-11-20';

describe('"between March and June this year": "this year" dates the months, not the last 365 days', () => {
  it.each([
    ['what were my top 3 experiments by cagr between March and June this year', { metric: 'cagr', count: 3, start: '2025-03-01', end: '2025-06-30' }],
    ['my top 3 runs by cagr from March to June this year', { metric: 'cagr', count: 3, start: '2025-03-01', end: '2025-06-30' }],
    ['my best run by sharpe in june this year', { metric: 'sharpe_ratio', start: '2025-06-01', end: '2025-06-30' }],
  ])('"%s"', (text, args) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual({ tool: 'best_experiment', args });
  });
});

describe('must not change', () => {
  it('"this year" alone is still the last 365 days', () => {
    expect(parseMemoryQuestion('my best runs by sharpe this year', TODAY)).toStrictEqual({ tool: 'best_experiment', args: { metric: 'sharpe_ratio', days: 365 } });
  });
});
