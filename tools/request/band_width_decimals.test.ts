import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { userStrategiesOf } from './test_support/spec_of.js';

const bollinger = ['bollinger 20 2 on SOL last year'];

describe('"make the band 2.5" after a Bollinger run: a decimal given to the bands is their width', () => {
  it.each([
    ['make the band 2.5', 2.5],
    ['make the bands 1.5', 1.5],
    ['set the bands 2.5', 2.5],
    ['make the bollinger bands 2.25', 2.25],
  ])('"%s"', (text, width) => {
    expect(userStrategiesOf(text, bollinger)).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: width } }]);
  });
});

describe('must not change', () => {
  it('"make the bands 3": a whole number alone may be a level or a window, so it stays unread', () => {
    const outcome = parseRequest('make the bands 3', { today: '2026-01-10', history: bollinger });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('not_understood');
  });

  it('"widen the bands to 2.5" still reads the width', () => {
    expect(userStrategiesOf('widen the bands to 2.5', bollinger)).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }]);
  });

  it('"tighten the bands to 20/80" after an RSI run still moves its levels', () => {
    expect(userStrategiesOf('tighten the bands to 20/80', ['rsi 21 with 25/75 on BTC, 2020-2024'])).toEqual([{ name: 'rsi_mean_reversion', params: { period: 21, lower: 20, upper: 80 } }]);
  });
});
