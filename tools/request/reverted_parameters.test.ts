import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const levelsThenRanking = ['rsi mean reversion on DOGE since 2021, lower 25 upper 75', 'make it 35/65', 'rank by sortino'];
const original = [{ name: 'rsi_mean_reversion', params: { lower: 25, upper: 75 } }];

describe('"put the thresholds back": only the strategy numbers go back, later changes stay', () => {
  it.each([
    'put the thresholds back to what I had originally',
    'put the levels back to what we started with',
    'revert the thresholds to the original ones',
    'put the parameters back',
    'restore the original thresholds',
  ])('"%s"', (text) => {
    expect(userStrategiesOf(text, levelsThenRanking)).toEqual(original);
    expect(specOf(text, levelsThenRanking).rank_by).toBe('sortino_ratio');
  });

  it('"originally" reaches past several changes to the first message', () => {
    const history = ['rsi mean reversion on DOGE since 2021, lower 25 upper 75', 'make it 35/65', 'make it 30/70'];
    expect(userStrategiesOf('put the thresholds back to what I had originally', history)).toEqual(original);
    expect(userStrategiesOf('put the thresholds back', history)).toEqual([{ name: 'rsi_mean_reversion', params: { lower: 35, upper: 65 } }]);
  });
});

describe('must not change', () => {
  it('"go back to what I had originally" is still the whole first message', () => {
    expect(specOf('go back to what I had originally', levelsThenRanking).rank_by).toBe('sharpe_ratio');
  });

  it('"put the fees back to what I had originally" reverts only the fees', () => {
    const spec = specOf('put the fees back to what I had originally', ['rsi mean reversion on DOGE since 2021, 5 bps fees', 'fees 20 bps', 'make it 35/65']);
    expect(spec.fees_bps).toBe(5);
    expect(spec.strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { lower: 35, upper: 65 } });
  });
});
