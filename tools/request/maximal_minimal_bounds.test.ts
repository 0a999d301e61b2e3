import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"maximal" and "minimal" as German and Dutch writers use them: at most and at least', () => {
  it.each([
    ['momentum on QQQ 2010-2020. The drawdown should be maximal 35 percent.', { max_drawdown: { operator: '>=', value: -0.35 } }],
    ['sma on btc 2022, sharpe minimal 1.2', { sharpe_ratio: { operator: '>=', value: 1.2 } }],
    ['sma on btc 2022, maximal drawdown 30%', { max_drawdown: { operator: '>=', value: -0.3 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});
