import { describe, expect, it } from 'vitest';
import { loadSeries } from '../../data/index.js';
import { splitInSample } from './sample_split.js';
import { seriesOf } from '../test_support/series_of.js';

describe('splitInSample', () => {
  it('holds out the last 30 % of the days by default', () => {
    // 10 daily bars from 2021-01-01: 3 held out (01-08 to 01-10), 7 in sample.
    const split = splitInSample(seriesOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(split).toEqual({
      in_sample: { start: '2021-01-01', end: '2021-01-07' }, out_of_sample: { start: '2021-01-08', end: '2021-01-10' }, holdout_fraction: 0.3,
    });
  });

  it('splits inside the requested window and at midnight for intraday bars', () => {
    // 5 days of hourly bars (120 bars) from 2021-03-01; window 03-02 to 03-05 = 4 days; 50 % → 2 and 2.
    const hourly = seriesOf(Array.from({ length: 120 }, (_, index) => 100 + index), { firstDay: '2021-03-01', intervalMs: 3_600_000 });
    expect(splitInSample(hourly, { start: '2021-03-02', end: '2021-03-05' }, 0.5)).toMatchObject({
      in_sample: { start: '2021-03-02', end: '2021-03-03' }, out_of_sample: { start: '2021-03-04', end: '2021-03-05' },
    });
  });

  it('splits BTC 2018–2024 into 1,790 days in sample and 767 out of sample', async () => {
    // 2,557 days; round(2,557 × 0.3) = 767 held out; the in-sample part ends 1,789 days after 2018-01-01.
    const btc = await loadSeries('BTC', { dataDir: process.env.BTP_DATA_DIR! });
    expect(splitInSample(btc, { start: '2018-01-01', end: '2024-12-31' })).toMatchObject({
      in_sample: { start: '2018-01-01', end: '2022-11-25' }, out_of_sample: { start: '2022-11-26', end: '2024-12-31' },
    });
  });

  it('refuses a window too short to split and a share outside (0, 1)', () => {
    expect(() => splitInSample(seriesOf([1, 2, 3]))).toThrow(expect.objectContaining({ code: 'insufficient_history' }));
    expect(() => splitInSample(seriesOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), undefined, 1)).toThrow(expect.objectContaining({ code: 'bad_parameters' }));
  });
});
