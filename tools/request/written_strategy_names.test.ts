import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.js';
import { strategiesNamed, strategyNameAt } from './written_strategy_names.js';

describe('strategies named as written', () => {
  it('reads the longest name at a position, and no preset as a name', () => {
    expect(strategyNameAt(tokenize('moving average crossover on BTC'), 0)).toEqual({ id: 'sma_crossover', end: 3 });
    expect(strategyNameAt(tokenize('rsi 14'), 0)).toEqual({ id: 'rsi_mean_reversion', end: 1 });
    expect(strategyNameAt(tokenize('golden cross'), 0)).toBeUndefined();
    expect(strategyNameAt(tokenize('on BTC'), 0)).toBeUndefined();
  });

  it('lists every strategy a message names, presets included', () => {
    expect(strategiesNamed(tokenize('golden cross vs momentum on SPY'))).toEqual(new Set(['sma_crossover', 'momentum']));
    expect(strategiesNamed(tokenize('buy new 20-day highs on BTC'))).toEqual(new Set());
  });
});
