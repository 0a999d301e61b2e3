import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/** Sums said as shares of a big unit or in the desk's shortenings: "a quarter million", "half a mill", "1.5 mil". */
describe('money as a share of a big unit', () => {
  it.each([
    ['a quarter million in gold, rsi 14 25/75, 2008 to 2012, png chart of the equity curve', 250_000],
    ['three quarters ETH and a quarter BTC, bollinger 20/2 since 2021, half a million start, svg chart', 500_000],
    ['sma 20/50 on btc 2022, capital of a million and a half', 1_500_000],
    ['sma 20/50 on btc 2022, capital three quarters of a million', 750_000],
    ['sma 20/50 on btc 2022, a quarter of a million dollars', 250_000],
    ['sma 20/50 on btc 2022 starting with quarter mil', 250_000],
    ['sma 20/50 on btc 2022 with half a mill', 500_000],
    ['sma 20/50 on btc 2022 with 1.5 mil', 1_500_000],
    ['sma 20/50 on btc 2022 with two hundred grand', 200_000],
    ['half a million into spy, sma 20/50 2022', 500_000],
    ['sma 20/50 on btc 2022, starting capital a quarter million', 250_000],
  ])('"%s" → %d', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('a share of a holding stays a weight', () => {
    expect(specOf('three quarters ETH and a quarter BTC, bollinger 20/2 since 2021').portfolio?.weights).toEqual({ ETH: 0.75, BTC: 0.25 });
    expect(specOf('half btc half eth sma 2022').portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
  });

  it.each([
    ['sma on btc since 2021 with a couple grand', 2000],
    ['sma on btc since 2021, a couple of thousand dollars', 2000],
    ['couple grand in eth, rsi since 2021', 2000],
    ['sma on btc since 2021, about 5 grand', 5000],
    ['sma on btc since 2021 with roughly ten thousand bucks', 10_000],
    ['sma on btc since 2021 with fifteen hundred dollars', 1500],
  ])('loose words "%s" → %d', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('a big count that is no money stays no capital', () => {
    expect(specOf('sma 20/50 on btc 2022 run a couple thousand times').initial_capital).toBe(10_000);
    expect(specOf('sma 20/50 on btc 2022 run it a million times').initial_capital).toBe(10_000);
    expect(specOf('sma 20/50 on btc 2022 though i only have half a million rows of data').initial_capital).toBe(10_000);
  });
});
