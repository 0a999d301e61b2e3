import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"overcome" as Romance speakers say "exceed" (superar, superare)', () => {
  it.each([
    ['momentum on SOL 2023. The drawdown must not overcome the 35%.', { max_drawdown: { operator: '>=', value: -0.35 } }],
    ['momentum on SOL 2023, drawdown can\'t overpass 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
    ['momentum on SOL 2023, sharpe should overcome 1.5', { sharpe_ratio: { operator: '>', value: 1.5 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});

describe('must not change', () => {
  it('overcoming something that is no metric sets no target', () => {
    expect(specOf('momentum on SOL 2023, I want to overcome the 2022 losses').targets).toEqual({});
  });
});
