import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const WITH_WIN_RATE = 'tune sma on spy 2010-2020, sharpe > 1 and win rate above 50%';

describe('a target cleared by a loose name, or by the metric alone (before: not_understood)', () => {
  it.each(['forget the win rate thing', 'forget the win rate', 'drop the win rate condition', 'remove the win rate filter, thanks'])('%s', (text) => {
    expect(specOf(text, [WITH_WIN_RATE]).targets).toEqual({ sharpe_ratio: { operator: '>', value: 1 } });
  });

  it.each([
    ['drop the win rate to 40%', { sharpe_ratio: { operator: '>', value: 1 }, win_rate: { operator: '>', value: 0.4 } }],
    ['forget the win rate target', { sharpe_ratio: { operator: '>', value: 1 } }],
  ])('must not change: %s', (text, targets) => {
    expect(specOf(text, [WITH_WIN_RATE]).targets).toEqual(targets);
  });
});
