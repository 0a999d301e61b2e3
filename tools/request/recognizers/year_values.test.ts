import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

function targetsOf(text: string): unknown {
  const outcome = parseRequest(text, { today: '2025-11-20' });
  return outcome.ok ? outcome.spec.targets : outcome.error.code;
}

describe('a year is no target value (before: cagr > 20.05, sharpe > 2015)', () => {
  it('the year range after a pronoun names the period, and the goal stays', () => {
    const spec = specOf("My daughter starts college in 2032 and I've put away $8,000 for her. I'm not trying to get rich, I just need it to grow at least 7% a year. Can you find momentum settings on the S&P 500 that managed that over 2005-2024?");
    expect(spec.targets).toEqual({ cagr: { operator: '>=', value: 0.07 } });
    expect(spec.date_range).toEqual({ start: '2005-01-01', end: '2024-12-31' });
  });

  it.each([
    'momentum on SPY, sharpe over 2015-2020',
    'momentum on SPY, cagr above 2012 through 2016',
  ])('%s sets no target', (text) => {
    expect(targetsOf(text)).toEqual({});
  });

  it('a year range after "that" leaves the goal it points back to', () => {
    expect(targetsOf('momentum on SPY, I need at least 8% a year. find settings that did that over 2010 to 2020')).toEqual({ cagr: { operator: '>=', value: 0.08 } });
  });

  it('a lone year after a ratio is no value', () => {
    expect(targetsOf('momentum on SPY, sharpe over 2015')).not.toHaveProperty('sharpe_ratio');
  });
});

describe('must not change: numbers the size of a year that are sizes', () => {
  it.each([
    ['momentum on SPY 2010, fewer than 2000 trades', { num_trades: { operator: '<', value: 2000 } }],
    ['momentum on SPY 2010, number of trades under 2000', { num_trades: { operator: '<', value: 2000 } }],
    ['momentum on SPY 2010, total return above 2000%', { total_return: { operator: '>', value: 20 } }],
    ['momentum on SPY 2010, sharpe over 1.5', { sharpe_ratio: { operator: '>', value: 1.5 } }],
  ])('%s', (text, targets) => {
    expect(targetsOf(text)).toEqual(targets);
  });
});
