import { describe, expect, it } from 'vitest';
import { collectTarget } from './target_option.js';

describe('--target', () => {
  it('reads metric, operator and value, percentages as fractions, and collects repeats', () => {
    const first = collectTarget('sharpe_ratio>1.5', undefined);
    expect(collectTarget('max_drawdown >= -20%', first)).toEqual({
      sharpe_ratio: { operator: '>', value: 1.5 }, max_drawdown: { operator: '>=', value: -0.2 },
    });
    expect(collectTarget('volatility<=0.4', undefined)).toEqual({ volatility: { operator: '<=', value: 0.4 } });
  });

  it('names metrics as a request does: "sharpe", "max drawdown", "Sortino"', () => {
    expect(collectTarget('sharpe>1', undefined)).toEqual({ sharpe_ratio: { operator: '>', value: 1 } });
    expect(collectTarget('max drawdown >= -20%', undefined)).toEqual({ max_drawdown: { operator: '>=', value: -0.2 } });
    expect(collectTarget('Sortino > 2', undefined)).toEqual({ sortino_ratio: { operator: '>', value: 2 } });
  });

  it('refuses unknown metrics and text that is not a comparison', () => {
    expect(() => collectTarget('sharpness>1', undefined)).toThrow(expect.objectContaining({ code: 'unknown_metric', message: expect.stringContaining('unknown metric "sharpness"; metrics: sharpe_ratio, sortino_ratio') }));
    expect(() => collectTarget('sharpe_ratio = 1', undefined)).toThrow(expect.objectContaining({ code: 'bad_flag' }));
  });
});
