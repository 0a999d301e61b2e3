import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

const rsiThenLower = ['run rsi mean reversion on ETH since 2021, period 14 with 30/70', 'make the lower 25'];

/** "go back to what we had" with no "originally" takes back the last change (before: nothing was read). */
describe('"back to what we had" undoes the last change', () => {
  it.each(['hmm actually go back to what we had', 'back to what I had before', 'ok switch back to what we had earlier', 'go back to what i had', 'hmm no, go back to what you had before'])('"%s"', (text) => {
    expect(userStrategiesOf(text, rsiThenLower)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }]);
  });

  it('the rest of the message applies on top', () => {
    expect(userStrategiesOf('go back to what we had, period 20', rsiThenLower)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 20, lower: 30, upper: 70 } }]);
  });

  it.each([
    // Must not change: "originally" still means the first message's settings.
    ['go back to what we had originally', [...rsiThenLower, 'and period 20'], { period: 14, lower: 30, upper: 70 }],
    // Must not change: with two changes, only the last is taken back.
    ['go back to what we had', [...rsiThenLower, 'and period 20'], { period: 14, lower: 25, upper: 70 }],
  ])('"%s" after %j', (text, history, params) => {
    expect(userStrategiesOf(text, history)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });
});
