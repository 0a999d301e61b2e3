import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

/** The strategies read, baselines left out (an unknown one is refused later, by validation), or the error's code. */
function strategyNamesOf(text: string): string[] {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY });
  return outcome.ok ? outcome.spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name) : [outcome.error.code];
}

describe('recurring buys in any form are dollar-cost averaging', () => {
  it.each([
    "if i DCA'd $100 into bitcoin every week since 2020 how much would i have now",
    'what if I had DCAed 500 dollars a month into QQQ since 2010',
    'dca-ing into eth since 2021',
    '$200 of SPY monthly since 2015',
    '$100 into bitcoin weekly since 2020',
    'put 50 bucks in btc every friday since 2022',
    'buy $100 of btc every 2 weeks since 2020',
    'put $50 in eth every other week since 2021',
  ])('"%s" → dca', (text) => {
    expect(strategyNamesOf(text)).toEqual(['dca']);
  });

  it.each([
    'buying the dip every month on qqq since 2020',
    'what if I bought the dips on eth since 2021',
    'btfd on btc 2022',
  ])('"%s" → buy_the_dip, a strategy we do not have', (text) => {
    expect(strategyNamesOf(text)).toEqual(['buy_the_dip']);
  });

  it('beside a named strategy the buying is the story', () => {
    expect(strategyNamesOf("I've been DCAing into BTC. Would an SMA crossover 20/50 have done better in 2023?")).toEqual(['sma_crossover']);
    expect(strategyNamesOf('buy the dip w/ rsi 2 on spy since 2000')).toEqual(['rsi_mean_reversion']);
  });

  it('a sum with no buying, or bars by the week, stays the capital', () => {
    expect(specOf('$10k on btc weekly sma 20/50 2022').initial_capital).toBe(10_000);
    expect(specOf('I earn $5000 a month. backtest sma 20/50 on btc 2020').initial_capital).toBe(10_000);
    expect(specOf('put $5,000 into bitcoin with sma crossover in 2022').initial_capital).toBe(5000);
  });

  it.each([
    'Every payday I put about two hundred dollars into ethereum. Could you backtest that, a little bit every month since 2022?',
    'every payday I put $200 into ethereum since 2022',
    'each month I add 100 quid to my eth, since 2022',
    'whenever I get paid I buy $50 of bitcoin, since 2020',
    'every month, I usually put 300 bucks into spy since 2015',
    'I buy $50 of btc every friday since 2022',
    'I buy a bit of btc every week since 2021, how would that have done',
    'what if I bought some eth every week since 2021',
    'eth since 2021, a little bit every month',
  ])('a habit of buying, however said: "%s" → dca', (text) => {
    expect(strategyNamesOf(text)).toEqual(['dca']);
  });

  it('must not change: a schedule that buys nothing, or buying once', () => {
    expect(strategyNamesOf('every month I rebalance btc and eth, starting with $5000, since 2021')).toEqual([]);
    expect(specOf('every month I rebalance btc and eth, starting with $5000, since 2021').initial_capital).toBe(5000);
    expect(specOf('I put about $2000 into eth in 2022, how would that have done').initial_capital).toBe(2000);
    expect(strategyNamesOf('Every payday I put $200 into ethereum. Would an SMA crossover 20/50 have done better since 2022?')).toEqual(['sma_crossover']);
    expect(strategyNamesOf('buy on mondays and sell on fridays, btc 2022')).toEqual(['unsupported_rule']);
    expect(strategyNamesOf('sma 20/50 on btc 2022, tweak it a bit every month')).toEqual(['sma_crossover']);
  });
});
