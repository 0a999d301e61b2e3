import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('a ranking verb with two neighbouring letters swapped or one dropped, before its "by" (misspelled_leads.ts)', () => {
  it.each([
    ['macd 5/35/5 on spy adn qqq 50/50 2008-2012 rnak by sortino', 'sortino_ratio'],
    ['sma btc 2022 srot by calmar', 'calmar_ratio'],
    ['sma btc 2022 ordre by calmar', 'calmar_ratio'],
    ['sma btc 2022 rnk by calmar', 'calmar_ratio'],
  ])('"%s"', (text, rankBy) => {
    const spec = specOf(text);
    expect(spec.rank_by).toBe(rankBy);
    expect(spec.notes?.some((note) => note.startsWith('read '))).toBe(true);
  });

  it('"adn" between two symbols is "and": both are run', () => {
    expect(specOf('macd on spy adn qqq 2010').symbols).toEqual(['SPY', 'QQQ']);
  });

  it('without "by" no short word is corrected (must not change)', () => {
    expect(specOf('sma btc 2022 srot').rank_by).toBe('sharpe_ratio');
  });
});
