import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });

describe('a follow-up told after a story: its last sentence that opens like one', () => {
  const cases: Array<[string, string[], MemoryQuestion]> = [
    // Issue #12's line.
    ['Interesting. My friend who trades mostly dogecoin asked me to check something for him, but forget his coins. Same question, but only for ether this time.',
      ['top 5 runs by calmar'], best({ metric: 'calmar_ratio', count: 5, symbol: 'ETH' })],
    // Neighbours.
    ['Long day. Same question but for eth.', ['my best run by sortino'], best({ metric: 'sortino_ratio', symbol: 'ETH' })],
    ['My brother only trades xrp, whatever. What about sol?', ['best sharpe on btc'], best({ metric: 'sharpe_ratio', symbol: 'SOL' })],
    ['Thanks! My wife loves litecoin. Same but for btc.', ['top 3 runs by sortino on eth'], best({ metric: 'sortino_ratio', symbol: 'BTC', count: 3 })],
  ];
  it.each(cases)('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));

  it('must not change: "forget bnb. best calmar …, any coin" still lets go of bnb', () => {
    expect(parseMemoryQuestion('forget bnb. best calmar in the last 30 days, any coin', TODAY, ['best sharpe on bnb'])).toEqual(best({ metric: 'calmar_ratio', days: 30 }));
  });
});
