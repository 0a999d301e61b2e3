import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, userStrategiesOf } from './test_support/spec_of.js';

/** "looking back 30 days": the verb names the lookback as the noun does. */
describe('a lookback written as "looking back N days"', () => {
  it.each([
    ['bitcoin, momentum, looking back 30 days, from early 2021 to late 2022 please', 30],
    ['momentum on eth 2022 looking back over 60 days', 60],
    ['momentum on eth 2022, looks back 45 days', 45],
    ['eth momentum for 2022 that looks back over 120 days', 120],
  ])('"%s"', (text, lookback) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'momentum', params: { lookback } }]);
  });
});

describe('must not change', () => {
  it('"looking back, 2021 was rough" is no setting', () => {
    expect(userStrategiesOf('looking back, 2021 was rough for btc, run momentum on it for 2021')).toEqual([{ name: 'momentum' }]);
  });
  it('"looking back at the last 30 days" is no lookback', () => {
    const outcome = parseRequest('looking back at the last 30 days, momentum on eth 2022', { today: PHRASE_TEST_TODAY });
    expect(outcome.ok && outcome.spec.strategies.some((strategy) => strategy.params?.lookback === 30)).toBe(false);
  });
});
