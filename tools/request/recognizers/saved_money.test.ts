import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';
import { savesMoney } from './saved_money.js';
import { tokenize } from '../tokenizer.js';

const TODAY = '2025-11-20';

describe('savesMoney', () => {
  const at = (text: string) => {
    const tokens = tokenize(text);
    return savesMoney(tokens, tokens.findIndex((token) => token.norm === 'saved'));
  };
  it('reads an amount or "up" around "saved" as money', () => {
    expect(at('two thousand dollars saved')).toBe(true);
    expect(at('got 2k saved up')).toBe(true);
    expect(at('2000 saved')).toBe(true);
  });
  it('reads runs otherwise', () => {
    expect(at('my saved runs')).toBe(false);
    expect(at('what have I got saved for ETH')).toBe(false);
  });
});

describe('money "saved" in a story is no saved run (before: a listing or a ranking of saved runs)', () => {
  const requests = [
    "I've got two thousand dollars saved. what should I do with eth, rsi maybe since 2023?",
    'got 2k saved up, which strategy works on btc over the last year?',
    'I have $2,000 saved, what is the best strategy for btc since 2022?',
    'student with some money saved: which is the top performer on eth, sma or rsi, in 2024?',
  ];
  it.each(requests)('%s', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });

  // Must not change: runs saved in the store.
  const saved: Array<[string, MemoryQuestion]> = [
    ['what have I got saved for ETH lately?', { tool: 'list_experiments', args: { limit: 10, symbol: 'ETH' } }],
    ['best sharpe among my saved runs', { tool: 'best_experiment', args: { metric: 'sharpe_ratio' } }],
    ['show the 3 saved backtests on sol', { tool: 'list_experiments', args: { limit: 3, symbol: 'SOL' } }],
  ];
  it.each(saved)('%s', (text, expected) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(expected);
  });
});
