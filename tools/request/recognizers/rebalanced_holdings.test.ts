import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const HELD = ['portfolio btc 50 eth 30 sol 20, buy and hold, since 2022'];

describe('one holding takes a new weight and one named holding alone takes (or gives) the difference', () => {
  it.each([
    ['make sol 10% and put the extra into btc', { BTC: 0.6, ETH: 0.3, SOL: 0.1 }],
    ['cut eth to 20 and give the rest to sol', { BTC: 0.5, ETH: 0.2, SOL: 0.3 }],
    ['drop btc to 40%, the difference goes to eth', { BTC: 0.4, ETH: 0.4, SOL: 0.2 }],
    ['trim btc to 30, eth gets the rest', { BTC: 0.3, ETH: 0.5, SOL: 0.2 }],
    ['set eth at 10% then send the leftover to sol', { BTC: 0.5, ETH: 0.1, SOL: 0.4 }],
    ['raise sol to 30% and take it from btc', { BTC: 0.4, ETH: 0.3, SOL: 0.3 }],
    ['bump eth to 40, take the extra out of btc', { BTC: 0.4, ETH: 0.4, SOL: 0.2 }],
    ['lower btc to 45% and the remainder should go to sol', { BTC: 0.45, ETH: 0.3, SOL: 0.25 }],
  ])('"%s"', (text, weights) => {
    expect(specOf(text, HELD).portfolio?.weights).toEqual(weights);
  });

  it.each([
    ['must not change: without a named receiver the others move pro rata', 'bump btc to 70%', { BTC: 0.7, ETH: 0.18, SOL: 0.12 }],
    ['must not change: a shift between two holdings', 'shift 10% from btc into sol', { BTC: 0.4, ETH: 0.3, SOL: 0.3 }],
    ['a payer too small to pay: the others shrink pro rata', 'raise sol to 90% and take it from btc', { BTC: 0.0625, ETH: 0.0375, SOL: 0.9 }],
  ])('%s: "%s"', (_why, text, weights) => {
    expect(specOf(text, HELD).portfolio?.weights).toEqual(weights);
  });
});
