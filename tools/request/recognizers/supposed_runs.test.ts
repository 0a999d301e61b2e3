import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';
import { supposesRun } from './supposed_runs.js';
import { tokenize } from '../tokenizer.js';

const TODAY = '2025-11-20';

describe('"what would X have done" supposes a run, a request, never a question about saved runs', () => {
  const supposed = [
    // The round's line (before: a listing, "two thousand dollars saved" read as saved runs).
    "uni student here, got maybe two thousand dollars saved from my summer job. what would the rsi thing have done on ethereum over the last twelve months? i'd want it to never be down more than a fifth",
    'how would macd have performed on btc over the last year?',
    "what would've sma done on sol since 2023",
    'I have 5k saved. how would the ema crossover have fared on my eth?',
    'what could rsi have made on doge last year',
    'what would my worst drawdown have been with macd on btc?',
    'which of my runs would have done best with a stop loss on eth?',
  ];
  it.each(supposed)('%s', (text) => {
    expect(supposesRun(tokenize(text))).toBe(true);
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });

  // Must not change: results reported, not supposed.
  const reported: Array<[string, MemoryQuestion]> = [
    ['what did my rsi runs on eth do last month', { tool: 'list_experiments', args: { limit: 10, strategy: 'rsi_mean_reversion', symbol: 'ETH', days: 30 } }],
    ['how did my macd runs on btc do?', { tool: 'list_experiments', args: { limit: 10, strategy: 'macd', symbol: 'BTC' } }],
    ['what was my best sharpe on sol?', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'SOL' } }],
    ['I would like to see my last 5 experiments', { tool: 'list_experiments', args: { limit: 5 } }],
  ];
  it.each(reported)('%s', (text, expected) => {
    expect(supposesRun(tokenize(text))).toBe(false);
    expect(parseMemoryQuestion(text, TODAY)).toEqual(expected);
  });

  it('"what would it have done on btc" after a question about saved runs asks for a run, not the question again', () => {
    expect(parseMemoryQuestion('what would it have done on btc?', TODAY, ['best sharpe on sol?'])).toBeUndefined();
  });
});
