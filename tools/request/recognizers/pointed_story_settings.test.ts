import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const MANAGER = "Hey, so my manager at work trades ETH futures on the side and always tells me he uses MACD with 8/17/9. I don't want to copy him blindly. Can you run MACD with the default settings on ETH from 2022 to 2024, fees 10 bps?";

describe('numbers pointed back to by whose they are set the conversation\'s strategy', () => {
  it.each([
    ['Actually, after thinking about it over lunch, try his 8/17/9 after all and bump the fees to 15 bps.', { fast: 8, slow: 17, signal: 9 }],
    ['try his 8/17/9 after all', { fast: 8, slow: 17, signal: 9 }],
    ['ok, use her 12/26/9 instead', { fast: 12, slow: 26, signal: 9 }],
    ['go with their 8/17/9', { fast: 8, slow: 17, signal: 9 }],
    ['run his 5/35/5 then', { fast: 5, slow: 35, signal: 5 }],
  ])('%s', (text, params) => {
    const spec = specOf(text, [MANAGER]);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'macd', params }]);
    expect(spec.symbols).toEqual(['ETH']);
  });

  it('keeps the fees the follow-up changes', () => {
    expect(specOf('try his 8/17/9 after all and bump the fees to 15 bps', [MANAGER]).fees_bps).toBe(15);
  });
});

describe('must not change: weights after a possessive still split a portfolio', () => {
  it('"his 60/40" of a portfolio reweights it', () => {
    expect(specOf('use his 70/30 instead', ['60/40 BTC ETH portfolio for 2022']).portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
  });
});
