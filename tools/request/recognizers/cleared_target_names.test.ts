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

describe('a target pointed at as "the X one", "the X bar", or cleared by "lose", "scrap", "get rid of" (before: kept)', () => {
  const SHARPE_AND_WIN_RATE = 'ema 10/30 on ETH since 2022, sharpe > 1 and win rate above 50%';

  it('"drop the win rate one, and raise the sharpe bar to 1.5"', () => {
    expect(specOf('drop the win rate one, and raise the sharpe bar to 1.5', [SHARPE_AND_WIN_RATE]).targets).toEqual({ sharpe_ratio: { operator: '>', value: 1.5 } });
  });

  it.each([
    ['lose the win rate condition', { sharpe_ratio: { operator: '>', value: 1 } }],
    ['get rid of the win rate requirement please', { sharpe_ratio: { operator: '>', value: 1 } }],
    ['scrap the sharpe bar', { win_rate: { operator: '>', value: 0.5 } }],
    ['ditch the win rate', { sharpe_ratio: { operator: '>', value: 1 } }],
    ['forget the sharpe one', { win_rate: { operator: '>', value: 0.5 } }],
  ])('%s', (text, targets) => {
    expect(specOf(text, [SHARPE_AND_WIN_RATE]).targets).toEqual(targets);
  });

  it('a fear of losing money is no clearing ("i don\'t want to lose more than 20%")', () => {
    expect(specOf("i don't want to lose more than 20%", [SHARPE_AND_WIN_RATE]).targets).toMatchObject({ sharpe_ratio: { operator: '>', value: 1 }, win_rate: { operator: '>', value: 0.5 } });
  });
});

describe('every target cleared at once, and a plain run (before: "both" and "plain" left the targets and the search)', () => {
  const history = ['sma 50/200 btc since 2018', 'make it cagr over 40%', 'and drawdown better than -50%'];
  it.each([
    'forget both targets, just run it plain',
    'drop both targets',
    'forget the targets',
    'no targets, just run it straight',
    'remove all of the goals',
    'forget the targets and run it straight',
  ])('"%s"', (text) => {
    const spec = specOf(text, history);
    expect(spec.targets).toEqual({});
    expect(spec.optimization_required).toBe(false);
  });

  it('"just run it plain" alone keeps the targets and searches nothing', () => {
    const spec = specOf('just run it plain', history);
    expect(Object.keys(spec.targets)).toEqual(['cagr', 'max_drawdown']);
    expect(spec.optimization_required).toBe(false);
  });

  it('one target dropped keeps the other ("drop the drawdown one")', () => {
    expect(Object.keys(specOf('drop the drawdown one', history).targets)).toEqual(['cagr']);
  });

  it('"run it straight through 2024" is a window, not a plain run', () => {
    expect(specOf('run it straight through 2024', history).optimization_required).toBe(true);
  });
});
