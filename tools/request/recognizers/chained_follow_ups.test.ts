import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });

describe('follow-ups on follow-ups keep what each changed; "and only …" and "now …" open them', () => {
  const cases: Array<[string, string[], MemoryQuestion]> = [
    // Issue #12's line.
    ['and only over the past 14 days', ['best run by sortino on eth', 'now btc'], best({ metric: 'sortino_ratio', symbol: 'BTC', days: 14 })],
    // Neighbours.
    ['now btc', ['best run by sortino on eth'], best({ metric: 'sortino_ratio', symbol: 'BTC' })],
    ['now the worst', ['top 3 eth runs by sortino'], best({ metric: 'sortino_ratio', symbol: 'ETH', count: 3, order: 'worst' })],
    ['and only the past week', ['best sharpe on btc'], best({ metric: 'sharpe_ratio', symbol: 'BTC', days: 7 })],
    ['and just sol', ['top 3 runs by calmar', 'make it 5'], best({ metric: 'calmar_ratio', count: 5, symbol: 'SOL' })],
  ];
  it.each(cases)('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));
});

describe('rankings with no "my": "best run by …" and "top 3 eth runs by …" ask about saved runs', () => {
  it.each([
    ['best run by sortino on eth', best({ metric: 'sortino_ratio', symbol: 'ETH' })],
    ['top 3 eth runs by sortino', best({ metric: 'sortino_ratio', symbol: 'ETH', count: 3 })],
    ['worst sol runs by calmar', best({ metric: 'calmar_ratio', symbol: 'SOL', order: 'worst' })],
  ])('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));

  it('"top 5 by total return" alone stays a request, and a follow-up to it ranks saved runs', () => {
    expect(parseMemoryQuestion('top 5 by total return', TODAY)).toBeUndefined();
    expect(parseMemoryQuestion('10 instead', TODAY, ['top 5 by total return'])).toEqual(best({ metric: 'total_return', count: 10 }));
  });

  it('must not change: a run asked for stays a request', () => {
    expect(parseMemoryQuestion('run the best sma on eth by sortino', TODAY)).toBeUndefined();
    expect(parseMemoryQuestion('now btc', TODAY, ['sma on eth 2022'])).toBeUndefined();
    expect(parseMemoryQuestion('make it 10', TODAY, ['best sharpe on btc in 2022'])).toBeUndefined();
  });
});
