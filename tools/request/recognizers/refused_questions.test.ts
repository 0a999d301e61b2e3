import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';

describe('a ranking of saved runs by a measure no run reports is unknown_metric, never the Sharpe ratio', () => {
  it.each([
    ['which saved run has the best omega ratio', 'omega ratio'],
    ["what's my best run by ulcer index", 'ulcer index'],
    ['my top 3 runs by treynor ratio', 'treynor ratio'],
    ['which of my experiments had the highest information ratio', 'information ratio'],
    ['which of my runs had the lowest ulcer index', 'ulcer index'],
    ['which of my runs was worst by kelly ratio', 'kelly ratio'],
    ['my best kelly', 'kelly'],
  ])('"%s"', (text, written) => {
    const question = parseMemoryQuestion(text, TODAY);
    expect(question).toMatchObject({ tool: 'refused_question', error: { code: 'unknown_metric' } });
    expect(question && 'error' in question ? question.error.message : '').toContain(`"${written}"`);
    expect(question && 'error' in question ? question.error.message : '').toContain('sharpe_ratio');
  });

  it('a follow-up ranking by one is refused too', () => {
    expect(parseMemoryQuestion('and the best omega ratio?', TODAY, ['whats my best sharpe on eth'])).toMatchObject({ error: { code: 'unknown_metric' } });
    expect(parseMemoryQuestion('and by omega?', TODAY, ['whats my best sharpe on eth'])).toMatchObject({ error: { code: 'unknown_metric' } });
  });

  it.each([
    ['which saved run has the best sharpe', { metric: 'sharpe_ratio' }],
    // No metric named: the Sharpe ratio, as before.
    ['what was my best eth strategy last week', { metric: 'sharpe_ratio', symbol: 'ETH', days: 7 }],
    // A measure in the story, a known one asked for.
    ["I read about the omega ratio. what's my best sortino?", { metric: 'sortino_ratio' }],
    ['which of my runs had the lowest drawdown', { metric: 'max_drawdown' }],
  ])('"%s" ranks as before', (text, args) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual({ tool: 'best_experiment', args });
  });

  it('"and by sortino?" after a ranking still ranks by it', () => {
    expect(parseMemoryQuestion('and by sortino?', TODAY, ['whats my best sharpe on eth']))
      .toStrictEqual({ tool: 'best_experiment', args: { metric: 'sortino_ratio', symbol: 'ETH' } });
  });
});

describe('runs asked about by days still to come are future_dates, as a request is', () => {
  it.each([
    'list the runs I did in 2027',
    'what was my best sharpe among the runs i did in march 2026',
  ])('"%s"', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toMatchObject({
      tool: 'refused_question', error: { code: 'future_dates', message: expect.stringContaining(`after today (${TODAY})`) },
    });
  });

  it.each([
    // Begun by today: cut at today, as before.
    ['list the runs I did in november 2025', { limit: 10, start: '2025-11-01', end: '2025-11-20' }],
    // December without a year is the last one begun by today.
    ['show me the backtests I ran in december', { limit: 10, start: '2024-12-01', end: '2024-12-31' }],
  ])('"%s" lists as before', (text, args) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual({ tool: 'list_experiments', args });
  });

  it('a re-run over a future window is left to the re-run tool, which refuses it with future_dates itself', () => {
    expect(parseMemoryQuestion('rerun it for 2027', TODAY, ['show me #22']))
      .toStrictEqual({ tool: 'rerun_experiment', args: { id: 22, start: '2027-01-01', end: '2027-12-31' } });
  });
});
