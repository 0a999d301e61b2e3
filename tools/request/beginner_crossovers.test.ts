import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

/**
 * Moving-average crossovers told in a beginner's or second-language writer's own words: the windows in
 * asides or counted in closes, the kind described rather than named, and the writer's own holding as background.
 */
const sma = (short: number, long: number) => [{ name: 'sma_crossover', params: { short, long } }];
const ema = (short: number, long: number) => [{ name: 'ema_crossover', params: { short, long } }];

describe('beginner crossovers', () => {
  it('reads windows in asides after the averages, the price of the instrument between', () => {
    const text = "I'm pretty new to all this. My idea: when the short average of bitcoin's price (like 10 days) goes above the long average (30 days) I buy, and when it dips back under I sell. Could you test that from 2020 until now?";
    expect(userStrategiesOf(text)).toMatchObject(sma(10, 30));
    expect(specOf(text).symbols).toEqual(['BTC']);
  });

  it('reads hedged windows in asides in sibling phrasings', () => {
    expect(userStrategiesOf('buy when the quick average (about 5 days) crosses the slow one (20 days), eth 2021')).toMatchObject(sma(5, 20));
    expect(userStrategiesOf("when the fast average of ETH's price (roughly 9 days) goes above the slow average (21 days) I buy, 2021")).toMatchObject(sma(9, 21));
  });

  it('reads averages described as weighing recent days more as exponential ones', () => {
    const text = 'the averages that weigh recent days more heavily — fast one 8 days, slow one 34 — when the fast one crosses above the slow one I buy, below I sell. on Cardano, 2022 onward';
    expect(userStrategiesOf(text)).toMatchObject(ema(8, 34));
    expect(userStrategiesOf('averages giving more weight to the latest prices, 12 and 26, on SPY 2020')).toMatchObject(ema(12, 26));
  });

  it('reads two averages counted in closes as the pair a crossover watches, with the rule restated in their windows', () => {
    const text = 'take the avg of the last 5 closes and the avg of the last 20 closes. 5 over 20 = in, 5 under 20 = out. BTC on the 1 hour chart, march 2025 to september 2025';
    expect(userStrategiesOf(text)).toMatchObject(sma(5, 20));
    expect(userStrategiesOf('the fast avg (5 days) and the slow avg (20 days), buy when fast is above. ETH 2023')).toMatchObject(sma(5, 20));
  });

  it('reads the cross of simple or exponential averages with their windows', () => {
    expect(userStrategiesOf('Hello, I want test the cross of simple averages 20 y 100 for bitcoin desde 2019 hasta 2023, with comission of 0.1%. Muchas gracias!')).toMatchObject(sma(20, 100));
    expect(userStrategiesOf('the cross of exponential averages 9 and 21 on eth 2022')).toMatchObject(ema(9, 21));
  });

  it("reads the writer's own holding beside a crossover told by its rule as background", () => {
    const text = "When the 50 day average goes above the 200 day average on Apple stock, buy. When it goes back under, sell. Test 2008 through 2024 please, I've held Apple since my first iPhone in 2009 and I'm curious.";
    expect(userStrategiesOf(text)).toEqual(sma(50, 200));
  });
});

describe('must not change', () => {
  it('keeps holding asked with its own verb a run', () => {
    expect(userStrategiesOf('When the 50 day average goes above the 200 day average on Apple, buy. 2008-2024. what if I had just held?').map((s) => s.name)).toEqual(['sma_crossover', 'buy_and_hold']);
    expect(userStrategiesOf('When the 50 day average goes above the 200 day average on Apple stock, buy. 2008-2024. Compare with buy and hold').map((s) => s.name)).toEqual(['sma_crossover', 'buy_and_hold']);
  });

  it('leaves the fast one crossing the slow one beside MACD as it was', () => {
    expect(userStrategiesOf('macd on eth, buy when the fast one crosses above the slow one').map((s) => s.name)).toEqual(['macd']);
  });

  it('keeps an ema crossover named with a rule restated as one strategy', () => {
    expect(userStrategiesOf('exponential averages, fast one 8 days, slow one 34. on Cardano, 2022 onward')).toMatchObject(ema(8, 34));
  });

  it('keeps the sma crossover named with windows', () => {
    expect(userStrategiesOf('sma crossover 10/30 on btc 2021')).toMatchObject(sma(10, 30));
  });
});
