import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const twoTargets = ['sma crossover 15/60 on SOL 2022-2024, sharpe over 1.2', 'also want max drawdown below 35%'];

describe('"keep the drawdown one": a target the run has stays as it was', () => {
  it.each([
    'forget the sharpe condition, keep the drawdown one',
    'keep the drawdown one but drop sharpe',
    'keep the drawdown limit as is and remove the sharpe target',
    'drop the sharpe target, keep the max drawdown',
  ])('"%s"', (text) => {
    expect(specOf(text, twoTargets).targets).toEqual({ max_drawdown: { operator: '>=', value: -0.35 } });
  });

  it('keeping one target alone changes nothing', () => {
    expect(specOf('keep the sharpe one', twoTargets).targets).toEqual({ sharpe_ratio: { operator: '>', value: 1.2 }, max_drawdown: { operator: '>=', value: -0.35 } });
  });
});

describe('must not change', () => {
  it('"keep the drawdown under 20%" is a new limit', () => {
    expect(specOf('keep the drawdown under 20%', twoTargets).targets.max_drawdown).toEqual({ operator: '>=', value: -0.2 });
  });
});

describe('"one" in words never sizes a percentage', () => {
  it.each(['sma on btc 2022, keep the drawdown one', 'sma on btc 2022, max drawdown one'])('"%s" sets no limit of -100 %%, and says so', (text) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual({});
    expect(spec.notes?.join(' ')).toContain("ignored 'max_drawdown one'");
  });

  it('"sharpe above one" stays a Sharpe target (must not change)', () => {
    expect(specOf('sma on btc 2022, sharpe above one').targets).toEqual({ sharpe_ratio: { operator: '>', value: 1 } });
  });
});
