import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf } from './test_support/spec_of.js';

const threeWay = ['spy 50 qqq 30 gld 20, just hold it, 2008 to 2022'];
const errorOf = (text: string, history: readonly string[]): string | undefined => {
  const outcome = parseRequest(text, { today: '2025-11-20', history: [...history] });
  return outcome.ok ? undefined : outcome.error.code;
};

describe('held holdings reweighted beside two or more others: the others keep theirs', () => {
  it.each([
    ['bump gold to 30 and take spy down to 40', { SPY: 0.4, QQQ: 0.3, GLD: 0.3 }],
    ['bump gld to 30% and take spy down to 40%', { SPY: 0.4, QQQ: 0.3, GLD: 0.3 }],
    ['raise qqq to 40 and cut gld to 10', { SPY: 0.5, QQQ: 0.4, GLD: 0.1 }],
  ])('"%s"', (text, weights) => {
    expect(specOf(text, threeWay).portfolio?.weights).toEqual(weights);
  });

  it.each([
    ['take sol down to 10', ['btc 50 eth 30 sol 20, since 2022']],
    ['bump SPY up to half and leave the other two where they are', ['equal weight SPY QQQ GLD with sma crossover, 2010 to 2020']],
    ['bump gold to 40 and take spy down to 40', threeWay],
  ])('"%s" does not add up: bad_weights, never rescaled in silence', (text, history) => {
    expect(errorOf(text, history)).toBe('bad_weights');
  });
});

describe('must not change: one weight written as a percentage moves the others pro rata', () => {
  it('"cut sol down to 10%"', () => {
    expect(specOf('cut sol down to 10%', ['btc 50 eth 30 sol 20, since 2022']).portfolio?.weights).toEqual({ BTC: 0.5625, ETH: 0.3375, SOL: 0.1 });
  });
});

describe('equal splits and halves of the holdings left', () => {
  it('"add qqq and spy to the mix, all four equal"', () => {
    expect(specOf('add qqq and spy to the mix, all four equal', ['aapl msft equal weight hold from 2012 to 2022']).portfolio?.weights).toEqual({ AAPL: 0.25, MSFT: 0.25, QQQ: 0.25, SPY: 0.25 });
  });
  it('"drop spy, keep the rest equal"', () => {
    expect(specOf('drop spy, keep the rest equal', ['equal weight aapl msft spy from 2010', '100k starting']).portfolio?.weights).toEqual({ AAPL: 0.5, MSFT: 0.5 });
  });
  it.each(['Apple and Microsoft each one half, 2015 to 2019', 'Apple and Microsoft, one half each, 2015 to 2019', 'apple and msft half apiece 2015-2019'])('"%s"', (text) => {
    expect(specOf(text).portfolio?.weights).toEqual({ AAPL: 0.5, MSFT: 0.5 });
  });
});

describe('must not change', () => {
  it('"bump btc to 70" with one other holding: that one takes the rest', () => {
    expect(specOf('bump btc to 70', ['portfolio 60% btc 40% eth, 2022-2024']).portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
  });
  it('"add DOGE at 10%" still makes room pro rata', () => {
    expect(specOf('add DOGE at 10%', ['buy and hold 50% btc 30% eth 20% sol since 2022']).portfolio?.weights).toEqual({ BTC: 0.45, ETH: 0.27, SOL: 0.18, DOGE: 0.1 });
  });
  it('"cut eth to 20 and give the rest to sol": the named holding takes the difference', () => {
    expect(specOf('cut eth to 20 and give the rest to sol', ['buy and hold 50% btc 30% eth 20% sol since 2022']).portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.2, SOL: 0.3 });
  });
  it('"bump btc to 30" with no portfolio is not read as a weight in silence', () => {
    expect(errorOf('bump btc to 30', ['sma 20/50 on btc 2022'])).toBe('bad_weights');
  });
  it('"bump the short one to 30" stays a parameter', () => {
    expect(specOf('bump the short one to 30', ['sma 20/50 on btc 2022']).strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 30, long: 50 } });
  });
});
