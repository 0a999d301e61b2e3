import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';
import { parseRequest } from './parse_request.js';

const appleMsft = ['momentum lookback 90 on aapl and msft 50/50, 2018-2023'];

describe('"put 80% in apple" after a portfolio holding it: that weight, the others fill the rest', () => {
  it.each([
    ['put 80% in apple', { AAPL: 0.8, MSFT: 0.2 }],
    ['put 80% into msft', { AAPL: 0.2, MSFT: 0.8 }],
    ['80% apple, rest msft', { AAPL: 0.8, MSFT: 0.2 }],
    ['80% apple, the rest goes to msft', { AAPL: 0.8, MSFT: 0.2 }],
    ['bump aapl to 80%', { AAPL: 0.8, MSFT: 0.2 }],
  ])('"%s"', (text, weights) => {
    const spec = specOf(text, appleMsft);
    expect(spec.portfolio?.weights).toEqual(weights);
    expect(spec.symbols).toEqual(['AAPL', 'MSFT']);
  });
});

describe('weights written before the symbols are read', () => {
  it.each([
    ['backtest momentum on a 60/40 btc eth portfolio since 2020', { BTC: 0.6, ETH: 0.4 }],
    ['momentum lookback 90 on aapl and msft 50/50, 2018-2023', { AAPL: 0.5, MSFT: 0.5 }],
    ['backtest 70/30 spy/gld momentum 2020-2023', { SPY: 0.7, GLD: 0.3 }],
    ['momentum on an 80-20 BTC ETH split 2021', { BTC: 0.8, ETH: 0.2 }],
    ['momentum on 70% btc, rest eth, 2021', { BTC: 0.7, ETH: 0.3 }],
  ])('"%s"', (text, weights) => {
    expect(specOf(text).portfolio?.weights).toEqual(weights);
  });
});

describe('must not change', () => {
  it.each([
    ['put 80% in apple', ['momentum lookback 90 on aapl 2018-2023']],
    ['put 80% in nvda', appleMsft],
    ['put 80% into BTC', []],
  ])('"%s" with no portfolio holding it is refused as 20%% unsaid', (text, history) => {
    const outcome = parseRequest(text, { today: '2026-01-10', history });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('bad_weights');
  });
  it('"80% in apple, the rest in cash" keeps the cash', () => {
    expect(specOf('80% in apple, the rest in cash', appleMsft).portfolio?.weights).toEqual({ AAPL: 0.8 });
  });
});
