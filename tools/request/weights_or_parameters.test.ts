import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY as TODAY, specOf } from './test_support/spec_of.js';

/** What a bare split means in a follow-up: weights for the symbols it adds, or the strategy's numbers. */
describe('a split in a follow-up that adds a symbol weights the symbols', () => {
  const DONCHIAN_ON_BTC = ['donchian 20/10 $BTC since jan 2024', 'switch to 4h'];

  it('"add $ETH too, 50/50" after "donchian 20/10 $BTC": BTC and ETH half each, donchian keeps 20/10', () => {
    const spec = specOf('add $ETH too, 50/50', DONCHIAN_ON_BTC);
    expect(spec.symbols).toEqual(['BTC', 'ETH']);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
    expect(spec.strategies[0]).toEqual({ name: 'donchian_breakout', params: { period: 20, exit_period: 10 } });
    expect(spec.interval).toBe('4h');
  });

  it.each([
    ['and ETH too, split 70/30', ['BTC', 'ETH'], { BTC: 0.7, ETH: 0.3 }],
    ['ETH as well, 60/40', ['BTC', 'ETH'], { BTC: 0.6, ETH: 0.4 }],
    ['now SOL too, 60/40', ['BTC', 'SOL'], { BTC: 0.6, SOL: 0.4 }],
    ['add ETH and SOL too, 50/30/20', ['BTC', 'ETH', 'SOL'], { BTC: 0.5, ETH: 0.3, SOL: 0.2 }],
    ['drop BTC, add ETH and SOL, 50/50', ['ETH', 'SOL'], { ETH: 0.5, SOL: 0.5 }],
  ])('"%s" after "sma 20/50 on BTC": the split weights the symbols it leaves, sma keeps 20/50', (text, symbols, weights) => {
    const spec = specOf(text, ['sma 20/50 on BTC since 2022']);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.portfolio?.weights).toEqual(weights);
    expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
  });

  describe('must not change', () => {
    it('"now 20/50" with no symbol added stays the strategy\'s new numbers', () => {
      const spec = specOf('now 20/50', ['sma 10/30 on BTC since 2022']);
      expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
      expect(spec.portfolio).toBeNull();
    });

    it('"add ETH too, now 10/30": a split short of 100 is the strategy\'s numbers, not weights', () => {
      const spec = specOf('add ETH too, now 10/30', ['sma 20/50 on BTC since 2022']);
      expect(spec.symbols).toEqual(['BTC', 'ETH']);
      expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 10, long: 30 } });
      expect(spec.portfolio).toBeNull();
    });

    it('"make it 70/30" on a two-symbol conversation reweights it', () => {
      expect(specOf('make it 70/30', ['sma 20/50 on BTC and ETH']).portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
      expect(specOf('make it 70/30', ['60/40 BTC ETH, sma 20/50']).portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
    });

    it('"now ETH, 50/50" replaces BTC, so the two weights are refused for one symbol', () => {
      const outcome = parseRequest('now ETH, 50/50', { today: TODAY, history: ['sma 20/50 on BTC since 2022'] });
      expect(outcome.ok ? undefined : outcome.error.code).toBe('bad_weights');
    });
  });
});
