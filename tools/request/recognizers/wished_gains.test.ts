import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * A gain wished for ("I want to make 10% on it") is a total return goal; a yearly one is the CAGR.
 * Before: the percentage was ignored and no target was set.
 */
describe('a gain wished for is a return goal', () => {
  it.each<[string, string, string, number]>([
    ['sma on btc 2022, I want to make 10% on it', 'total_return', '>=', 0.1],
    ['sma on btc 2022, I want to earn 10%', 'total_return', '>=', 0.1],
    ["sma on btc 2022, I'd like to gain 10% on it", 'total_return', '>=', 0.1],
    ['sma on btc 2022, hoping to make 10%', 'total_return', '>=', 0.1],
    ['sma on btc 2022, need to make at least 10%', 'total_return', '>=', 0.1],
    ['sma on btc 2022, wanna make more than 20%', 'total_return', '>', 0.2],
    ['sma on btc 2022, can I make 15% with this?', 'total_return', '>=', 0.15],
    ['sma on btc 2022, I want to make 10% a year', 'cagr', '>=', 0.1],
  ])('"%s" is %s %s %d', (text, metric, operator, value) => {
    expect(specOf(text).targets).toEqual({ [metric]: { operator, value } });
  });
});

describe('must not change', () => {
  it.each([
    'sma on btc 2022, I made 10% on it last year',
    'sma on btc 2022, I want to make 10% on each trade',
    "sma on btc 2022, I don't need to make 10%, just beat hodl",
  ])('"%s" sets no target', (text) => {
    expect(specOf(text).targets ?? {}).toEqual({});
  });
});
