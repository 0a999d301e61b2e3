import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from '../test_support/spec_of.js';

describe('"bring both bands 5 points closer to 50": the oscillator levels moved towards or away from the midline', () => {
  it.each([
    ['bring both bands 5 points closer to 50', 'rsi on doge 2021-2022 with 25/75', { lower: 30, upper: 70 }],
    ['move the levels 10 points further from the middle', 'rsi on doge 2021-2022', { lower: 20, upper: 80 }],
    ['push the thresholds away from 50 by 5', 'rsi on doge 2021-2022', { lower: 25, upper: 75 }],
    ['pull them in towards the midline by 5 pts', 'rsi 14 20/80 on btc 2022', { lower: 25, upper: 75 }],
    ['nudge the bands closer to 50 by 2', 'rsi on btc 2022 with 20/70', { lower: 22, upper: 68 }],
    // Up to the edge: 30/70 moved 19 points in is 49/51, 29 out is 1/99.
    ['bring both bands 19 points closer to 50', 'rsi on btc 2022', { lower: 49, upper: 51 }],
    ['push the bands out from 50 by 29', 'rsi on btc 2022', { lower: 1, upper: 99 }],
  ])('"%s" after "%s"', (text, first, levels) => {
    const [rsi] = userStrategiesOf(text, [first]);
    expect(rsi?.params).toMatchObject(levels);
  });

  it('keeps the rest of the request', () => {
    const spec = specOf('bring both bands 5 points closer to 50', ['rsi on doge 2021-2022 with 25/75']);
    expect(spec.symbols).toEqual(['DOGE']);
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2022-12-31' });
  });
});

describe('must not change', () => {
  it('a line other than the midline ("closer to 40") is not read', () => {
    const outcome = parseRequest('bring the bands closer to 40 by 5', { today: PHRASE_TEST_TODAY, history: ['rsi on btc 2022'] });
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('not_understood');
  });
  it('Bollinger bands have no levels to move', () => {
    const spec = specOf('bring the bands 5 points closer to 50', ['bollinger on btc 2022']);
    expect(userStrategiesOf('bring the bands 5 points closer to 50', ['bollinger on btc 2022'])).toEqual([{ name: 'bollinger_bands' }]);
    expect(spec.notes?.some((note) => note.includes('no strategy has lower and upper levels'))).toBe(true);
  });
});
