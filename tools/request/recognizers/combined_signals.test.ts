import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function outcomeOf(text: string): unknown {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? outcome.spec.strategies.map((strategy) => strategy.name) : outcome.error.code;
}

describe('one signal gated by another is refused as unsupported_rule', () => {
  it.each([
    // Before, each was read as two runs or as one crossover with mixed numbers ("short 200 >= long 50").
    'only buy spy when rsi is under 30 AND price is above the 200 day sma',
    'buy when macd crosses up and rsi is below 40 on spy 2020',
    'rsi oversold but only above the 200 sma on spy 2020',
    'sma crossover filtered by rsi on spy 2020',
    'enter on bollinger lower band if price is above the 50 ema on spy 2020',
    'buy spy when rsi < 30 and price > 200 day moving average',
    'golden cross on spy but only when rsi is below 70',
    'macd with an rsi filter on spy 2020',
    'ema 9/21 on btc with a 200 sma trend filter',
  ])('%s', (text) => {
    expect(outcomeOf(text)).toBe('unsupported_rule');
  });

  it('says what to do instead', () => {
    const outcome = parseRequest('sma crossover filtered by rsi on spy 2020', { today: TODAY });
    expect(!outcome.ok && outcome.error.message).toMatch(/separately/);
  });

  it.each([
    // Two strategies listed are two runs.
    ['compare rsi and sma on spy', ['rsi_mean_reversion', 'sma_crossover', 'buy_and_hold']],
    ['rsi and macd on btc 2022', ['rsi_mean_reversion', 'macd', 'buy_and_hold']],
    ['compare sma with rsi on spy 2020', ['sma_crossover', 'rsi_mean_reversion', 'buy_and_hold']],
    // One strategy's entry and exit.
    ['buy spy when rsi is under 30 and sell when it is above 70', ['rsi_mean_reversion', 'buy_and_hold']],
  ])('not gated: %s', (text, strategies) => {
    expect(outcomeOf(text)).toEqual(strategies);
  });

  it('one crossover of two averages is no combination: "buy when the 50 day crosses above the 200 day"', () => {
    expect(outcomeOf('buy when the 50 day crosses above the 200 day on spy')).not.toBe('unsupported_rule');
  });
});
