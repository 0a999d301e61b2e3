import { describe, expect, it } from 'vitest';
import { joinSpelledAcronyms } from './spelled_acronyms.js';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';
import { tokenize } from './tokenizer.js';

function wordsOf(text: string): string[] {
  return joinSpelledAcronyms(tokenize(text)).map((token) => token.norm);
}

describe('indicator names dictated letter by letter', () => {
  it.each([
    ['r s i on sol period 14 lower 25 upper 75 twenty twenty one to twenty twenty three', 'rsi_mean_reversion', { period: 14, lower: 25, upper: 75 }, '2021-01-01', '2023-12-31'],
    ['m a c d on bitcoin from twenty nineteen to twenty twenty two', 'macd', {}, '2019-01-01', '2022-12-31'],
    ['eth e m a twelve twenty six twenty twenty two', 'ema_crossover', { short: 12, long: 26 }, '2022-01-01', '2022-12-31'],
    ['q q q e m a 9 21 two thousand and eight to two thousand ten', 'ema_crossover', { short: 9, long: 21 }, '2008-01-01', '2010-12-31'],
    ['S M A 10 40 on litecoin in 2021', 'sma_crossover', { short: 10, long: 40 }, '2021-01-01', '2021-12-31'],
    ['could you run the r s i on ada from nineteen ninety nine to twenty twenty', 'rsi_mean_reversion', {}, '1999-01-01', '2020-12-31'],
  ])('"%s" → %s %j, %s..%s (before: only the baseline ran)', (text, name, params, start, end) => {
    const spec = specOf(text);
    expect(userStrategiesOf(text)).toEqual([{ name, ...(Object.keys(params).length > 0 ? { params } : {}) }]);
    expect([spec.date_range?.start, spec.date_range?.end]).toEqual([start, end]);
  });

  it('an indicator we have no strategy for, spelled out, is named as one (and so refused by name)', () => {
    expect(userStrategiesOf('btc a t r 2022')).toEqual([{ name: 'atr' }]);
  });

  it.each([
    // Letters that spell no indicator stay letters; a spelled ticker beside one is still the ticker.
    ['i a m testing it', ['i', 'a', 'm', 'testing', 'it']],
    ['s p y s m a', ['s', 'p', 'y', 'sma']],
    ['r.s.i', ['r', '.', 's', '.', 'i']],
    ['a sma is fine', ['a', 'sma', 'is', 'fine']],
  ])('"%s" reads as %j', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });

  it.each([
    // Must not change: spoken numbers that are no years.
    ['btc sma twenty one days and fifty days 2021', { short: 21, long: 50 }],
    ['a twenty day sma and a fifty day sma on eth 2022', { short: 20, long: 50 }],
  ])('"%s" keeps %j', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([expect.objectContaining({ name: 'sma_crossover', params })]);
  });
});
