import { describe, expect, it } from 'vitest';
import { rouge1F, rougeTokens } from './rouge1.js';

describe('rougeTokens', () => {
  it('lowercases, splits on anything but a-z0-9, and stems only tokens longer than 3 characters', () => {
    expect(rougeTokens('Ranked: BTC-USDT, 317.51% returns!')).toEqual(['rank', 'btc', 'usdt', '317', '51', 'return']);
    expect(rougeTokens('the cats')).toEqual(['the', 'cat']);
  });

  it('drops text outside a-z and 0-9, as rouge_score does', () => {
    expect(rougeTokens('日本語 — ✓')).toEqual([]);
  });
});

describe('rouge1F', () => {
  it('is 1 for the same text and 0 for texts sharing no word', () => {
    expect(rouge1F('SMA wins on BTC', 'SMA wins on BTC')).toBe(1);
    expect(rouge1F('alpha beta', 'gamma delta')).toBe(0);
  });

  it('is the F-measure of the clipped unigram overlap (worked by hand)', () => {
    // 6 tokens each; "the" twice in both, cat, on, mat: overlap 5 → P = R = 5/6.
    expect(rouge1F('the cat lay on the mat', 'the cat sat on the mat')).toBeCloseTo(5 / 6, 12);
    // actual 2 tokens, expected 4, overlap 2: P = 1, R = 1/2, F = 2/3.
    expect(rouge1F('cat mat', 'the cat sat mat')).toBeCloseTo(2 / 3, 12);
    // "the" appears three times but the expected text has it once: clipped to 1. P = 2/4, R = 2/2, F = 2/3.
    expect(rouge1F('the the the cat', 'the cat')).toBeCloseTo(2 / 3, 12);
  });

  it('counts inflections as the same word through the stemmer', () => {
    expect(rouge1F('ranking strategies', 'ranked strategy')).toBe(1);
  });

  it('scores two empty answers 1 and an empty answer against a real one 0', () => {
    expect(rouge1F('', '  ')).toBe(1);
    expect(rouge1F('', 'SMA wins')).toBe(0);
  });

  it('is symmetric', () => {
    expect(rouge1F('a b c d e', 'a b x')).toBeCloseTo(rouge1F('a b x', 'a b c d e'), 12);
  });
});
