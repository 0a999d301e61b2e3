import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const rsi = ['Please test RSI mean reversion on SPY from 2015 to 2020 with period 14, lower 30 and upper 70.'];
const turtle = ['turtle on doge 2021'];

describe('a follow-up that moves the window\'s end in words', () => {
  it('"change the lower limit to 25 and extend the time range until end of 2023"', () => {
    const spec = specOf('Thank you. Can you now change the lower limit to 25 and extend the time range until end of 2023?', rsi);
    expect(spec.date_range).toEqual({ start: '2015-01-01', end: '2023-12-31' });
    expect(spec.strategies[0]?.params).toMatchObject({ period: 14, lower: 25, upper: 70 });
  });

  it.each([
    ['extend the time range until end of 2023', rsi, '2015-01-01', '2023-12-31'],
    ['extend the time period to 2022', rsi, '2015-01-01', '2022-12-31'],
    ['extend the test window through 2021', rsi, '2015-01-01', '2021-12-31'],
    ['stretch it to cover 2021-2022', turtle, '2021-01-01', '2022-12-31'],
    ['extend it to cover 2020 to 2023', turtle, '2020-01-01', '2023-12-31'],
    ['extend the test window to cover 2023', turtle, '2021-01-01', '2023-12-31'],
    ['push the end out to 2024', turtle, '2021-01-01', '2024-12-31'],
    ['lengthen it to mid 2024', turtle, '2021-01-01', '2024-06-30'],
  ])('"%s" runs %s to %s', (text, history, start, end) => {
    expect(specOf(text, history).date_range).toEqual({ start, end });
  });

  it('"actually undo that, keep the normal exit, but stretch it to cover 2021-2022" after an exit change', () => {
    const spec = specOf('actually undo that, keep the normal exit, but stretch it to cover 2021-2022', [...turtle, 'make the exit 5 days']);
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2022-12-31' });
    expect(spec.symbols).toEqual(['DOGE']);
  });

  it.each([
    ['extend it back to 2019', turtle, '2019-01-01', '2021-12-31'],
    ['change the dates to 2019', turtle, '2019-01-01', '2019-12-31'],
  ])('near phrasings keep their reading: "%s" runs %s to %s', (text, history, start, end) => {
    expect(specOf(text, history).date_range).toEqual({ start, end });
  });
});

describe('an RSI level named a limit', () => {
  it.each([
    ['change the lower limit to 25', { lower: 25, upper: 70 }],
    ['set the upper limit to 75', { lower: 30, upper: 75 }],
    ['change the lower band to 25', { lower: 25, upper: 70 }],
    ['lower limit 20, upper limit 80', { lower: 20, upper: 80 }],
  ])('"%s"', (text, levels) => {
    expect(specOf(text, rsi).strategies[0]?.params).toMatchObject(levels);
  });
});
