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

  it('refuses unknown metrics and text that is not a comparison', () => {
    expect(() => collectTarget('sharpe>1', undefined)).toThrow(expect.objectContaining({ code: 'bad_input', message: expect.stringContaining('unknown metric "sharpe"') }));
    expect(() => collectTarget('sharpe_ratio = 1', undefined)).toThrow(expect.objectContaining({ code: 'bad_input' }));
  });
});
