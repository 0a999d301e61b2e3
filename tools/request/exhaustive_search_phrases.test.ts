import { describe, expect, it } from 'vitest';
import { describeRequestSpec } from './describe_request_spec.js';
import { specOf } from './test_support/spec_of.js';

describe('asking for every parameter combination sets spec.search to "exhaustive" and implies optimising', () => {
  it.each([
    'try every combination of SMA on BTC',
    'full grid search of RSI on ETH and BTC',
    'exhaustive search: MACD on SOL',
    'test all parameter combinations for SMA and EMA on BTC',
    'SMA on BTC, try all possible combinations',
    'brute force SMA on BTC',
    'search the whole parameter space of SMA on BTC',
    'run every parameter combination of momentum on ETH',
  ])('"%s"', (text) => {
    const spec = specOf(text);
    expect(spec.search).toBe('exhaustive');
    expect(spec.optimization_required).toBe(true);
    // Every word was read: nothing of the phrase is left as an ignored note.
    expect(spec.notes).toBeUndefined();
  });

  it('reads the strategies and symbols around the phrase as usual', () => {
    const spec = specOf('test all parameter combinations for SMA and EMA on BTC and ETH');
    expect(spec.strategies.map((strategy) => strategy.name)).toEqual(['sma_crossover', 'ema_crossover', 'buy_and_hold']);
    expect(spec.symbols).toEqual(['BTC', 'ETH']);
  });

  it('btp parse shows it', () => {
    expect(describeRequestSpec(specOf('try every combination of SMA on BTC'))).toContain('Optimise:   yes, every combination (the full grid)');
    expect(describeRequestSpec(specOf('optimize SMA on BTC'))).toContain('Optimise:   yes\n');
  });

  it('a plain optimisation or grid search keeps the bounded search (no search field)', () => {
    expect(specOf('optimize SMA on BTC').search).toBeUndefined();
    expect(specOf('grid search SMA on BTC').search).toBeUndefined();
    expect(specOf('grid search SMA on BTC').optimization_required).toBe(true);
  });

  it('holds over a follow-up that changes something else, and a follow-up can ask for it', () => {
    expect(specOf('now on ETH', ['try every combination of SMA on BTC']).search).toBe('exhaustive');
    const later = specOf('try every combination', ['optimize SMA on BTC']);
    expect(later.search).toBe('exhaustive');
    expect(later.symbols).toEqual(['BTC']);
  });
});

describe('a search for settings with the strategy named inside the phrase implies optimising', () => {
  it.each([
    'Find the best ema crossover settings for ETH, Jan-Jun 2025',
    'what are the optimal RSI thresholds for SPY in 2020',
    'the ideal donchian channel lengths on GLD since 2010',
    'sma on QQQ 2000-2010; please search across the sensible combinations',
    'ema on BTC 2022, try all possible settings',
  ])('"%s" (before: ran the defaults once)', (text) => {
    expect(specOf(text).optimization_required).toBe(true);
  });

  it('a quality word far from any settings noun, or across punctuation, is no search', () => {
    expect(specOf('best sma on btc 2022, default settings').optimization_required).toBe(false);
    expect(specOf('the best thing about it: sma on btc in 2022 with 20 and 50 as the windows').optimization_required).toBe(false);
  });
});

describe('the best settings written sloppily', () => {
  it.each(['whats the best sma combo for qqq since 2015?? rank by sortino', 'find best momentun lookback for gold 2015-2024 rank by calmar'])('"%s" optimises (before: ran the defaults)', (text) => {
    expect(specOf(text).optimization_required).toBe(true);
  });
});

describe('"which … lengths" asks for a search', () => {
  it('"Which simple moving average crossover lengths would have worked best on Microsoft" optimises (before: ran the defaults)', () => {
    expect(specOf('Which simple moving average crossover lengths would have worked best on Microsoft over the last 10 years?').optimization_required).toBe(true);
  });
});

describe('"find me the fast/slow combo" names the parameters searched for', () => {
  it.each([
    'btc on 4-hour bars, macd, H1 2025 - find me the fast/slow combo that works',
    'sma on btc 2024, which fast/slow pair works best',
    'ema on eth 2023, find the short/long combo',
    'sma on btc 2024, find me the short/long windows that work',
    'donchian on gld 2015-2020, find me the entry/exit lengths',
    'sma on btc 2024, find me the fast/slow that works',
  ])('"%s" optimises (before: ran the defaults and ignored the words)', (text) => {
    const spec = specOf(text);
    expect(spec.optimization_required).toBe(true);
    expect(spec.notes ?? []).not.toEqual(expect.arrayContaining([expect.stringContaining('ignored')]));
  });

  it('one parameter, or parameters with their values, ask for no search', () => {
    expect(specOf('sma on btc 2024, find the short combo').optimization_required).toBe(false);
    expect(specOf('macd on btc 2024, fast/slow combo 12/26').optimization_required).toBe(false);
    expect(specOf('macd 12/26/9 on btc 2024').optimization_required).toBe(false);
  });
});
