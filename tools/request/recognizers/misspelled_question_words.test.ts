import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';

/**
 * A question about saved runs with its key words mistyped reads as the question typed right:
 * "wat was my bset eth strat" as "what was my best eth strategy".
 */
describe('questions about saved runs with their key words mistyped', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    ['wat was my bset eth strat', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH' } }],
    ['whats my bets btc run', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC' } }],
    ['what was my bset strategy on sol', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'SOL' } }],
    ['my best stratgey on eth', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH' } }],
    ['what was my wrost run', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', order: 'worst' } }],
    ['show my lst 5 experiements', { tool: 'list_experiments', args: { limit: 5 } }],
    ['show my lsat 5 experiments', { tool: 'list_experiments', args: { limit: 5 } }],
    ['show my lastt 3 experiemnts', { tool: 'list_experiments', args: { limit: 3 } }],
  ];
  it.each(cases)('"%s"', (text, expected) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(expected);
  });

  it.each<[string, MemoryQuestion | undefined]>([
    // Real words beside the key words keep their meaning.
    ['list my 5 runs', { tool: 'list_experiments', args: { limit: 5 } }],
    ['at least show my last 3 runs', { tool: 'list_experiments', args: { limit: 3 } }],
    // Two edits from "latest": one edit is the threshold, so "lowest" stays the lowest.
    ['which of my btc backtests had the lowest cagr', { tool: 'best_experiment', args: { metric: 'cagr', symbol: 'BTC', order: 'worst' } }],
    ['what were my bets on btc', undefined],
    ['my bets are on eth, test sma 2022', undefined],
    // A run asked for stays a request, typo or not.
    ['backtest my bset sma on btc 2022', undefined],
    ['whats the bets way to test rsi on btc', undefined],
  ])('near phrasings keep their reading: "%s"', (text, expected) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(expected);
  });
});
