import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

/** The user's strategies by name, holding included when listed as a run. */
function namesOf(text: string, history: string[] = []): string[] {
  return userStrategiesOf(text, history).map((strategy) => strategy.name);
}

/**
 * Holding put beside a run keeps that run: "compare it with just buying and holding" (the gerund pair
 * reads as "holding", and "just" hedges the compared side), "compare against holding" (as "to" and
 * "with" do), and a story's strategy pointed back to ("compare that to simply holding SPY").
 * Before, the other run was dropped or holding silently became only the baseline.
 */
describe('holding compared with a run keeps the run', () => {
  const macd = ['macd on QQQ 2015 to 2020', 'make it 8/21/5'];
  it.each([
    'and compare it with just buying and holding',
    'compare it to simply buying and holding',
    'compare against just buying and holding',
    'and compare with just buying and holding',
    'and compare it with just buy and hold',
    'how does it do against only buying and hodling',
  ])('"%s" keeps macd 8/21/5 and lists holding', (text) => {
    const strategies = userStrategiesOf(text, macd);
    expect(strategies).toEqual([{ name: 'macd', params: { fast: 8, slow: 21, signal: 5 } }, { name: 'buy_and_hold' }]);
  });

  it.each([
    'use a 7 period with 25 and 75 as the levels, compare against holding and rank by sortino',
    'period 7, compare it versus holding',
    'compare that against holding',
  ])('"%s" lists holding beside the rsi', (text) => {
    expect(namesOf(text, ['rsi on DOGE last year'])).toEqual(['rsi_mean_reversion', 'buy_and_hold']);
  });

  it.each([
    ["I've always owned the S&P 500. He says there's a thing where you buy when the 50 day average goes above the 200 day average. Could you compare that to simply holding SPY, from the year 2000 through 2022?", 50, 200],
    ['My friend says you buy when the 50 day average rises above the 200 day. Could you compare that to just holding QQQ in 2010 to 2020?', 50, 200],
    ['My uncle says you buy when the 20 day average moves above the 100 day average. Please compare it with holding SPY for 2015 to 2020.', 20, 100],
  ])('the story\'s rule pointed back to stays a run: "%s"', (text, short, long) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'sma_crossover', params: { short, long } }, { name: 'buy_and_hold' }]);
  });

  it.each(['Maybe the simple moving average crossover on BTC for 2020 and also just buying and holding?', 'sma crossover on BTC 2018 to 2021 plus simply holding'])(
    'holding added to the list is a run: "%s"', (text) => {
      expect(namesOf(text).sort()).toEqual(['buy_and_hold', 'sma_crossover']);
    });

  describe('must not change', () => {
    it('"does it beat just holding" measures against holding', () => {
      expect(namesOf('sma crossover on BTC 2018 to 2021, does it beat just holding?')).toEqual(['sma_crossover']);
    });

    it('"just" or "only" alone still keeps nothing else', () => {
      expect(namesOf('only buy and hold', macd)).toEqual(['buy_and_hold']);
      expect(namesOf('switch to just rsi', macd)).toEqual(['rsi_mean_reversion']);
    });

    it('holding after a bare compare verb, with a strategy named, is the yardstick', () => {
      expect(namesOf('rsi on DOGE last year and compare against holding')).toEqual(['rsi_mean_reversion']);
    });

    it('a story strategy stays background when the ask names another one', () => {
      const text = 'My friend says you buy when the 50 day average goes above the 200 day. Could you compare that to holding SPY and the rsi for 2015 to 2020?';
      expect(namesOf(text)).toEqual(['buy_and_hold', 'rsi_mean_reversion']);
    });
  });
});

/** Ranking words: "classify them by", "sort them by which one had the smallest drawdown", "rank them from the lowest drawdown". */
describe('more ways to say the ranking metric', () => {
  const base = 'sma crossover and ema crossover on AAPL 2016 to 2019';
  it.each([
    [`${base}, and classify them by calmar ratio.`, 'calmar_ratio'],
    [`${base}, classified by sortino`, 'sortino_ratio'],
    [`${base}, order them by sortino`, 'sortino_ratio'],
    [`${base}. Please sort them by which one had the smallest drawdown, that scares me.`, 'max_drawdown'],
    [`${base}, rank by whichever has the best sortino`, 'sortino_ratio'],
    [`${base}, rank them by which of them had the best calmar`, 'calmar_ratio'],
    [`${base}, rank them from the lowest drawdown`, 'max_drawdown'],
    [`${base}, rank them by the smallest drawdown`, 'max_drawdown'],
  ])('"%s" ranks by %s', (text, metric) => {
    expect(specOf(text).rank_by).toBe(metric);
  });

  describe('must not change', () => {
    it('"from" with no metric after it is not a ranking', () => {
      const spec = specOf(`${base}, rank them from best to worst by sortino`);
      expect(spec.rank_by).toBe('sortino_ratio');
      expect(specOf(`${base}, sort by which one is best`).rank_by).toBe('sharpe_ratio');
    });
  });
});
