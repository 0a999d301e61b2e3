import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const rsiThenAda = ['rsi on sol, 2024, period 10', 'add ADA too, equal weight'];
const macdThenBands = ['macd on qqq since 2018', 'add bollinger bands to compare'];
const seventyInBtc = ['momentum lookback 60 on BTC, ETH, SOL equal weight, 2022 to 2024', 'take SOL out', 'put 70% in btc'];

describe('"undo that last bit, just sol": an undo named loosely, then the symbol it keeps', () => {
  it.each(['actually undo that last bit, just sol', 'scrap the last part', 'undo my last addition', 'ok only sol please'])('"%s"', (text) => {
    const spec = specOf(text, rsiThenAda);
    expect(spec.symbols).toEqual(['SOL']);
    expect(userStrategiesOf(text, rsiThenAda)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 10 } }]);
  });
});

describe('"switch the ticker to spy": the noun says the word after "to" is an instrument', () => {
  it.each([
    ['drop the macd, and switch the ticker to spy', ['SPY']],
    ['change the symbol to sol', ['SOL']],
    ['switch the coin to sol please', ['SOL']],
  ])('"%s"', (text, symbols) => {
    expect(specOf(text, macdThenBands).symbols).toEqual(symbols);
  });
});

describe('"the rest eth" in a follow-up: the holding takes what the weights leave', () => {
  it.each(['and the rest eth obviously. also rank by calmar', 'the rest in eth', 'remainder to eth'])('"%s"', (text) => {
    expect(specOf(text, seventyInBtc).portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
  });
});

describe('"50% each one": the same share in every holding is an equal split', () => {
  it.each([
    ['golden cross in the Apple and Microsoft, 50% each one, from 2008 until today', { AAPL: 0.5, MSFT: 0.5 }],
    ['btc eth sol, a third each, sma 2022', { BTC: 1 / 3, ETH: 1 / 3, SOL: 1 / 3 }],
    ['spy qqq gld msft 25% apiece, buy and hold 2020', { SPY: 0.25, QQQ: 0.25, GLD: 0.25, MSFT: 0.25 }],
  ])('"%s"', (text, weights) => {
    const got = specOf(text).portfolio?.weights ?? {};
    expect(Object.keys(got)).toEqual(Object.keys(weights));
    for (const [symbol, weight] of Object.entries(weights)) expect(got[symbol]).toBeCloseTo(weight, 3);
  });
});

describe('must not change', () => {
  it('"undo that" takes back the last message', () => {
    expect(specOf('undo that', rsiThenAda).symbols).toEqual(['SOL']);
  });
  it('"drop the macd, and switch to spy"', () => {
    const spec = specOf('drop the macd, and switch to spy', macdThenBands);
    expect(spec.symbols).toEqual(['SPY']);
    expect(userStrategiesOf('drop the macd, and switch to spy', macdThenBands).map((strategy) => strategy.name)).toEqual(['bollinger_bands']);
  });
  it('"put 70% in btc" as a first message is refused', () => {
    expect(() => specOf('put 70% in btc, sma 2022')).toThrow(/unsaid/);
  });
  it('"equal weight" portfolios', () => {
    expect(specOf('btc and eth equal weight, sma 2022').portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
  });
  it('"70% btc, the rest eth" in one message', () => {
    expect(specOf('70% btc, the rest eth, sma 2022').portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
  });
});
