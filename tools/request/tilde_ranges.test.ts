import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.js';
import { specOf } from './test_support/spec_of.js';

/** A tilde or wave dash between two dates is a range, as East Asian writers mark one. */
describe('tilde ranges', () => {
  it.each([
    ['turtle on XRP, 2019~2023', '2019-01-01', '2023-12-31'],
    ['turtle on XRP, 2019 ~ 2023', '2019-01-01', '2023-12-31'],
    ['turtle on XRP, 2019〜2023', '2019-01-01', '2023-12-31'],
    ['turtle on XRP, 2019～2023', '2019-01-01', '2023-12-31'],
    ['turtle on XRP, 2021.01~2022.06', '2021-01-01', '2022-06-30'],
    ['turtle on XRP, 2021-01 ~ 2022-06', '2021-01-01', '2022-06-30'],
    ['turtle on XRP, 2019—2023', '2019-01-01', '2023-12-31'],
    ['turtle on XRP, 2019–2023', '2019-01-01', '2023-12-31'],
    ['turtle on XRP, 2019 till 2023', '2019-01-01', '2023-12-31'],
    ['turtle on XRP, 2019 thru 2023', '2019-01-01', '2023-12-31'],
  ])('"%s" runs %s to %s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it('a tilde before a lone number means "about" and is no token', () => {
    expect(tokenize('sma ~20 50').map((token) => token.norm)).toEqual(['sma', '20', '50']);
    expect(specOf('sma ~20 50 on btc 2022').strategies[0]?.params).toMatchObject({ short: 20, long: 50 });
  });

  it('between levels it is their range, as a dash is', () => {
    expect(specOf('rsi 14 with bands 30~70 on spy 2022').strategies[0]?.params).toMatchObject({ lower: 30, upper: 70 });
  });
});
