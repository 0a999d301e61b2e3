import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('a weekday dating what people do together is no trading rule', () => {
  it.each([
    ['My trading group argues every Sunday about trend following. Run MACD on QQQ in 2020.', 'macd'],
    ['my trading club meets every friday, run rsi on spy 2020', 'rsi_mean_reversion'],
    ['we talk on mondays about it; sma crossover on spy 2019', 'sma_crossover'],
  ])('"%s" runs %s alone', (text, name) => {
    expect(userStrategiesOf(text).map((strategy) => strategy.name)).toEqual([name]);
  });

  it.each(['buy spy every monday', 'we meet on fridays, buy spy only on mondays', 'rsi on ETH but only on tuesdays'])('still refused as a weekday rule: "%s"', (text) => {
    const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY });
    expect(outcome.ok || outcome.error.code !== 'unsupported_rule' ? undefined : outcome.error.rule).toBe('day_of_week');
  });
});

describe('money put in "and (just) never sold": buy and hold up to today', () => {
  it.each([
    'how much would I have if I put $1,000 into Dogecoin in January 2021 and just never sold?',
    'what if I invested 5000 in spy in 2015 and never sold',
  ])('"%s"', (text) => {
    const spec = specOf(text);
    expect(spec.strategies.map((strategy) => strategy.name)).toContain('buy_and_hold');
    expect(spec.date_range?.end).toBe('2026-01-10');
  });

  it('a year alone without money put in keeps its own window', () => {
    expect(specOf('sma crossover on spy in 2020').date_range).toEqual({ start: '2020-01-01', end: '2020-12-31' });
  });
});

describe('"does not pass|exceed" between a metric and its bound', () => {
  it.each([
    ['momentum on GLD 2008 to 2013, the maximal drawdown does not pass 20 %.', -0.2],
    ['momentum on GLD 2008 to 2013, the max drawdown does not exceed 25%', -0.25],
  ])('"%s"', (text, value) => {
    expect(specOf(text).targets.max_drawdown).toEqual({ operator: '>=', value });
  });

  it('an affirming "does" keeps the side', () => {
    expect(specOf('rsi on spy 2020, sharpe does exceed 1').targets.sharpe_ratio).toEqual({ operator: '>', value: 1 });
  });
});
