import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { userStrategiesOf } from './test_support/spec_of.js';

describe('Bollinger bands told by how they are drawn: an average plus or minus deviations', () => {
  it.each([
    ['buy gold when the price drops below the bottom of its usual band (the 20 day average minus 2 standard deviations), 2015 to 2020', { period: 20, std_dev: 2 }],
    ['buy spy when it falls 2.5 standard deviations below the 30-day moving average, 2019', { period: 30, std_dev: 2.5 }],
    ['buy spy below the 20 day mean minus 1.5 sd and sell above the 20 day mean plus 1.5 sd, 2019', { period: 20, std_dev: 1.5 }],
    ['bollinger on spy, bands at the 20 day sma plus or minus 2 sd, 2019', { period: 20, std_dev: 2 }],
    ['trade qqq off bands 2 std devs either side of the 50 day average, 2020', { period: 50, std_dev: 2 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'bollinger_bands', params }]);
  });
});

describe('must not change', () => {
  it('beside another strategy it is a filter that strategy cannot take', () => {
    const outcome = parseRequest('rsi on spy, only when price is above the 20 day average minus 2 standard deviations, 2019', { today: '2026-01-10', history: [] });
    expect(outcome.ok).toBe(false);
  });
  it('"bollinger 20 2" stays as written', () => {
    expect(userStrategiesOf('bollinger 20 2 on spy 2019')).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]);
  });
});
