import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

/**
 * Money and costs as everyday speech puts them: a share of one per cent ("a fifth of a percent" = 20
 * bps), a tax charged per trade ("taxes of 0.2% per operation", Portuguese "taxas"), savings and
 * "start me off with" as the capital, an end balance the run should reach, a win rate as a share of
 * trades in words, and a sum bought every month as dollar-cost averaging.
 */
/** The strategies read, baselines left out (an unknown one is refused later, by validation). */
function strategyNamesOf(text: string): string[] {
  const outcome = parseRequest(text, { today: '2026-01-10' });
  return outcome.ok ? outcome.spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name) : [outcome.error.code];
}

describe('a cost as a share of one per cent', () => {
  it.each([
    ['fees are about a fifth of a percent. sma 20/50 on spy 2024', 20],
    ['sma on spy 2024, fees of a tenth of a percent', 10],
    ['sma on spy 2024, commission half a percent', 50],
    ['sma on spy 2024, a quarter of a percent in fees', 25],
  ])('"%s" → %d bps', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });

  it('a fraction of the money stays no cost', () => {
    expect(specOf('sma on spy 2024, fees 5 bps, a fifth of my savings').fees_bps).toBe(5);
  });
});

describe('a cost as a count of tenths or hundredths of one per cent (before: the words ignored)', () => {
  it.each([
    ['sma on spy 2024, commission five hundredths of a percent', 5],
    ['sma on spy 2024, fees of two tenths of a percent', 20],
    ['sma on spy 2024, fees of a hundredth of a percent', 1],
    ['sma on spy 2024, fees of 3 hundredths of a percent', 3],
  ])('"%s" → %d bps', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });

  it('must not change: a count of tenths with no per cent after it is no cost', () => {
    expect(specOf('sma on spy 2024, fees 5 bps, two tenths of my savings').fees_bps).toBe(5);
  });
});

describe('a tax charged per trade', () => {
  it.each([
    ['sma 20/100 on sol 2022 with taxes of 0.2% per operation', 20],
    ['sma on sol 2022, tax of 0.1% per trade', 10],
    ['sma on sol 2022, taxas 0.05% per order', 5],
  ])('"%s" → %d bps', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });

  it('a tax with no trade beside it is no fee', () => {
    expect(specOf('sma on sol 2022, taxes of 20% on my gains').fees_bps).toBe(10);
  });
});

describe('the capital in everyday words', () => {
  it.each([
    ['golden cross on spy 2020. My savings amount to $250,000.', 250000],
    ['golden cross on spy 2020, my savings are $40,000', 40000],
    ['golden cross on spy 2020, start me off with $5k', 5000],
    ['start w 10k on eth ema cross 2021 to 2024', 10000],
  ])('"%s" → %d', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('a follow-up sets a fee and the capital together', () => {
    const spec = specOf('add a fee of a tenth of a percent and start me off with $5k', ['bollinger bands on bitcoin since the start of 2021']);
    expect([spec.fees_bps, spec.initial_capital]).toEqual([10, 5000]);
  });
});

describe('an end balance to reach', () => {
  it.each([
    ['start w 10k on eth ema cross 2021 to 2024, tune am make final balance reach 25k at least', '>=', 25000],
    ['ema cross on eth 2022, optimise so the ending equity hits $30,000', '>=', 30000],
    ['ema cross on eth 2022, tune it so final balance gets to over 20k', '>', 20000],
  ])('"%s"', (text, operator, value) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual({ final_equity: { operator, value } });
    expect(spec.initial_capital).not.toBe(value);
  });
});

describe('a win rate as a share of trades in words', () => {
  it.each([
    ['tune the donchian channel on litecoin so it wins more than half its trades, since 2019', '>', 0.5],
    ['tune rsi on btc 2022 so it wins at least a third of the trades', '>=', 0.333333333333],
    ['tune rsi on btc 2022 so it wins on more than 60% of its trades', '>', 0.6],
  ])('"%s"', (text, operator, value) => {
    expect(specOf(text).targets).toEqual({ win_rate: { operator, value } });
  });
});

describe('a sum bought at regular intervals', () => {
  it.each([
    'I put a hundred dollars into bitcoin every month since 2020, how would that have gone?',
    'what if I had been investing $50 in ETH each week since 2021',
    'buying $200 of SPY every month since 2015',
  ])('"%s" is dollar-cost averaging, which we do not have', (text) => {
    expect(strategyNamesOf(text)).toEqual(['dca']);
  });

  it('beside a named strategy the purchases are the story', () => {
    const spec = specOf("Since 2022 I've been putting $250 into Cardano every payday. Would an SMA crossover of 10 and 30 have done better on ADA in 2023?");
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'sma_crossover', params: { short: 10, long: 30 } }]);
  });

  it('a sum put in once is the capital', () => {
    expect(specOf('put $5,000 into bitcoin with sma crossover in 2022').initial_capital).toBe(5000);
  });
});
