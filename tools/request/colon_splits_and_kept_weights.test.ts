import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from './test_support/spec_of.js';

describe('weights joined by colons: a split that makes 100, or a ratio', () => {
  it.each([
    ['ETH and SOL portfolio 70 : 30 ratio, buy and hold 2021', { ETH: 0.7, SOL: 0.3 }],
    ['ETH and SOL 70:30, buy and hold 2021', { ETH: 0.7, SOL: 0.3 }],
    ['btc eth 1:1 2021 buy and hold', { BTC: 0.5, ETH: 0.5 }],
    ['spy qqq gld 2:1:1 buy and hold 2015', { SPY: 0.5, QQQ: 0.25, GLD: 0.25 }],
  ])('"%s"', (text, weights) => {
    expect(specOf(text).portfolio?.weights).toEqual(weights);
  });

  it('a clock time is no split (must not change)', () => {
    const spec = specOf('my flight is at 7:45 so quick one: death cross on ETH in 2022');
    expect(spec.portfolio ?? null).toBeNull();
    expect(spec.strategies.find((strategy) => !strategy.baseline)?.params).toEqual({ short: 50, long: 200 });
  });

  it('"sma 10:50" stays no portfolio (must not change)', () => {
    expect(specOf('sma 10:50 on btc 2021').portfolio ?? null).toBeNull();
  });
});

describe('a holding added at a weight beside the others\' written weights: those stand as written', () => {
  const sixtyForty = ['60/40 SPY GLD buy and hold since 2005'];

  it('"add QQQ at 20%, keep SPY at 60 and GLD at 40" keeps the 120% as written (validation refuses it), never scaled down in silence', () => {
    expect(specOf('add QQQ at 20%, keep SPY at 60 and GLD at 40', sixtyForty).portfolio?.weights).toEqual({ SPY: 0.6, GLD: 0.4, QQQ: 0.2 });
  });

  it('"add QQQ at 20%, SPY at 50 and GLD at 30" makes 100%', () => {
    expect(specOf('add QQQ at 20%, SPY at 50 and GLD at 30', sixtyForty).portfolio?.weights).toEqual({ SPY: 0.5, GLD: 0.3, QQQ: 0.2 });
  });

  it('short of 100% with the added weight, the message names all three', () => {
    const outcome = parseRequest('add QQQ at 20%, SPY at 50 and GLD at 20', { today: PHRASE_TEST_TODAY, history: sixtyForty });
    expect(!outcome.ok && outcome.error.message).toContain('the weights 50/20/20 add up to 90%');
  });

  it('"add QQQ at 20%" alone shrinks the others pro rata (must not change)', () => {
    expect(specOf('add QQQ at 20%', sixtyForty).portfolio?.weights).toEqual({ SPY: 0.48, GLD: 0.32, QQQ: 0.2 });
  });
});
