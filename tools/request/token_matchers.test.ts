import { describe, expect, it } from 'vitest';
import { isDeniedBefore, matchLongest, matchPhrase, phrase, phrases } from './token_matchers.js';
import { tokenize } from './tokenizer.js';

describe('matchPhrase', () => {
  it('matches step by step, each step one word or alternatives written a|b', () => {
    const tokens = tokenize('use a stop loss of 5%');
    expect(matchPhrase(tokens, 2, phrase('stop loss'))).toBe(4);
    expect(matchPhrase(tokens, 2, phrase('stop|trailing loss|limit'))).toBe(4);
    expect(matchPhrase(tokens, 2, phrase('take profit'))).toBe(-1);
  });

  it('skips a hyphen between words, so "buy-and-hold" is "buy and hold"', () => {
    expect(matchPhrase(tokenize('buy-and-hold'), 0, phrase('buy and hold'))).toBe(5);
  });

  it('fails past the last token', () => {
    expect(matchPhrase(tokenize('stop'), 0, phrase('stop loss'))).toBe(-1);
  });
});

describe('matchLongest', () => {
  const candidates = phrases('moving average', 'moving average crossover', 'sma|ema', 'exponential moving average', 'sma');

  it('returns the longest candidate that starts at the index', () => {
    const tokens = tokenize('a moving average crossover on btc');
    expect(matchLongest(tokens, 1, candidates)).toEqual({ end: 4, which: 1 });
  });

  it('returns the first listed among candidates of equal length', () => {
    expect(matchLongest(tokenize('sma'), 0, candidates)).toEqual({ end: 1, which: 2 });
  });

  it('finds candidates by any alternative of their first step', () => {
    expect(matchLongest(tokenize('ema on eth'), 0, candidates)).toEqual({ end: 1, which: 2 });
  });

  it('returns nothing when no candidate starts there, or past the end', () => {
    const tokens = tokenize('rsi on eth');
    expect(matchLongest(tokens, 0, candidates)).toBeUndefined();
    expect(matchLongest(tokens, 3, candidates)).toBeUndefined();
  });

  it('reads a list built for one call as it reads a list kept', () => {
    const tokens = tokenize('exponential moving average');
    expect(matchLongest(tokens, 0, candidates)).toEqual({ end: 3, which: 3 });
    expect(matchLongest(tokens, 0, phrases('moving average', 'exponential moving average'))).toEqual({ end: 3, which: 1 });
  });
});

describe('isDeniedBefore', () => {
  const deniedAt = (text: string, word: string) => {
    const tokens = tokenize(text);
    return isDeniedBefore(tokens, tokens.findIndex((token) => token.norm === word));
  };

  it('reads a negation or a refusal up to three words before', () => {
    expect(deniedAt("please don't optimise it", 'optimise')).toBe(true);
    expect(deniedAt('no shorting', 'shorting')).toBe(true);
    expect(deniedAt('without any real shorting', 'shorting')).toBe(true);
    expect(deniedAt("I wouldn't bother to optimise", 'optimise')).toBe(true);
    expect(deniedAt('skip the tuning', 'tuning')).toBe(true);
  });

  it('leaves a word that nothing near denies', () => {
    expect(deniedAt('please optimise it', 'optimise')).toBe(false);
    expect(deniedAt('not on sol, but on eth do allow shorting', 'shorting')).toBe(false);
    // before: the sentence before denied it, so a target's search was turned down
    expect(deniedAt("so I don't panic. Tune an RSI", 'tune')).toBe(false);
  });
});
