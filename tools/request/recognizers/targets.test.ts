import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * A number with a unit of time after it is a span, never a metric's bound. Before: "btc ema, sortino
 * over 3 years" was read as sortino > 3. The span is left to the dates readers, which read "over 3
 * years" as "sma on btc over 3 years" does.
 */
describe('a span after a metric and a side is no bound', () => {
  it.each([
    'btc ema, sortino over 3 years',
    'btc ema, sharpe above 2 months',
    'btc ema 2023, sharpe under 2 years',
    'btc ema 2023, calmar over a 3-year span',
    'btc ema 2023, sortino over 3-year',
  ])('"%s" sets no target', (text) => {
    expect(specOf(text).targets ?? {}).toEqual({});
  });

  it('the span reads as in a request without the metric', () => {
    expect(specOf('btc ema, sortino over 3 years').date_range).toEqual(specOf('btc ema over 3 years').date_range);
  });
});

describe('must not change', () => {
  it.each<[string, Record<string, unknown>]>([
    ['btc ema 2023, sharpe above 1.5', { sharpe_ratio: { operator: '>', value: 1.5 } }],
    ['btc ema, calmar over 1 over 3 years', { calmar_ratio: { operator: '>', value: 1 } }],
    ['btc ema 2023, at least 20 trades', { num_trades: { operator: '>=', value: 20 } }],
    ['btc ema 2023, max drawdown under 20% over 3 years', { max_drawdown: { operator: '>=', value: -0.2 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});
