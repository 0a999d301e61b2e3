import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('Dutch, German and Swedish month names bound a range, as the Romance ones do', () => {
  it.each([
    ['sma on btc van maart 2021 t/m mei 2022', '2021-03-01', '2022-05-31'],
    ['ema op eth van januari 2020 tot oktober 2021', '2020-01-01', '2021-10-31'],
    ['rsi auf BTC von März 2021 bis Dezember 2022', '2021-03-01', '2022-12-31'],
    ['macd on eth från maj 2021 till augusti 2022', '2021-05-01', '2022-08-31'],
    ['sma on btc från 2021', '2021-01-01', '2026-01-10'],
    ['sma on spy from juni 2019 to juli 2020', '2019-06-01', '2020-07-31'],
  ])('%j runs %s to %s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  describe('must not change: a name without its year is no month', () => {
    it('Dutch "van 2021" may be "of 2021", so it opens no range', () => {
      expect(specOf('sma on btc, de cijfers van 2021').date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
    });

    it('"mei is my name" leaves the year alone', () => {
      expect(specOf('sma on btc 2022, mei is my name').date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    });
  });
});
