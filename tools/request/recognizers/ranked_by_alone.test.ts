import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';
import { parseMemoryQuestion } from './memory_question.js';

const REQUEST = 'ema 12/26 on eth and sol since 2022, rank by sharpe';

describe('"and by calmar?" after a request ranks its results by that metric, everything else kept', () => {
  it.each([
    ['and by calmar?', 'calmar_ratio'],
    ['by sortino instead', 'sortino_ratio'],
    ['same but by calmar', 'calmar_ratio'],
    ['ok, by total return then', 'total_return'],
    ['n by calmar', 'calmar_ratio'],
    ['what about by the sortino?', 'sortino_ratio'],
  ])('%s', (text, metric) => {
    const before = specOf(REQUEST);
    const spec = specOf(text, [REQUEST]);
    expect(spec.rank_by).toBe(metric);
    expect({ ...spec, rank_by: before.rank_by }).toEqual(before);
  });

  it('must not change: a threshold after the metric sets a target; "by" inside a clause ranks nothing', () => {
    const target = specOf('by sharpe above 1', [REQUEST]);
    expect(target.rank_by).toBe('sharpe_ratio');
    expect(target.targets.sharpe_ratio).toEqual({ operator: '>', value: 1 });
    expect(specOf('sma 10/50 on btc 2022').rank_by).toBe('sharpe_ratio');
  });

  it('must not change: after a question about saved runs the same words ask it again', () => {
    expect(parseMemoryQuestion('and by calmar?', '2025-11-20', ['best sharpe on btc in the last 7 days']))
      .toEqual({ tool: 'best_experiment', args: { metric: 'calmar_ratio', symbol: 'BTC', days: 7 } });
  });
});
