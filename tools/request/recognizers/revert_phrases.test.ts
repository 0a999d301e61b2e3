import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const HISTORY = ['sma 20/50 on eth 2022-2024', 'now 2021'];

/**
 * Going back to an earlier run speaks of the conversation, not of a story: "back to what we started
 * with but 2023 only" is the first run's settings over 2023. Before, "started" and "we" made 2023
 * background, and the first run's 2022–2024 window ran instead.
 */
describe('a period beside a phrase going back to the first run', () => {
  it.each([
    'back to what we started with but 2023 only',
    'go back to what I had originally but 2023 only',
    'revert to what I first ran but in 2023',
    'back to what we started with but for 2023',
    'back to what we began with, just 2023',
  ])('"%s" runs the first settings over 2023', (text) => {
    const spec = specOf(text, HISTORY);
    expect(spec.date_range).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(spec.symbols).toEqual(['ETH']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });

  it('a story told in its own sentence is still background', () => {
    const spec = specOf('back to what we started with. I lost a lot in 2023 though', HISTORY);
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2024-12-31' });
  });

  it('"back to what we started with" alone keeps the first window', () => {
    expect(specOf('back to what we started with', HISTORY).date_range).toEqual({ start: '2022-01-01', end: '2024-12-31' });
  });
});
