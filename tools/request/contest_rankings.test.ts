import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

/**
 * Strategies pitted against each other, with the metric that decides the contest: "which ends up
 * with the better Sortino", "who wins on Calmar". The winner is the best run by that metric, so it
 * ranks the results (before, the metric was ignored and Sharpe ranked them).
 */
describe('the metric a contest is decided by ranks the runs', () => {
  it.each([
    ['pit RSI against MACD on ETH for 2023 - which one ends up with the better sortino?', 'sortino_ratio'],
    ['rsi vs macd on btc 2022, who wins on calmar?', 'calmar_ratio'],
    ['rsi vs macd on eth 2022 - whichever finishes with the higher calmar', 'calmar_ratio'],
    ['macd or donchian on sol: which has the higher calmar in 2023', 'calmar_ratio'],
    ['sma and ema on spy since 2015, the one that wins by sortino', 'sortino_ratio'],
  ])('"%s" ranks by %s', (text, metric) => {
    const spec = specOf(text);
    expect(spec.rank_by).toBe(metric);
    expect(spec.targets).toEqual({});
  });

  describe('must not change', () => {
    it('"judge them by", "better by" already rank', () => {
      expect(specOf('sma vs ema on eth 2021, judge them by sortino').rank_by).toBe('sortino_ratio');
      expect(specOf('sma vs ema on eth 2021, which one is better by calmar?').rank_by).toBe('calmar_ratio');
    });

    it('a threshold after the metric is a target, not a contest', () => {
      const spec = specOf('sma on btc 2022 with the higher sharpe above 1.5');
      expect(spec.targets).toEqual({ sharpe_ratio: { operator: '>', value: 1.5 } });
    });

    it('"win rate" and a bare "better" name no contest metric', () => {
      expect(specOf('rsi on btc 2022 with a win rate above 55%').targets).toEqual({ win_rate: { operator: '>', value: 0.55 } });
      expect(specOf('sma vs ema on btc 2022, which is the better one?').rank_by).toBe('sharpe_ratio');
    });
  });
});
