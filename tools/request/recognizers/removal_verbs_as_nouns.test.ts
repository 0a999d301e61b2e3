import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenizer.js';
import { specOf } from '../test_support/spec_of.js';
import { removalVerbStandsAsNoun } from './removal_verbs_as_nouns.js';

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  return removalVerbStandsAsNoun(tokens, tokens.findIndex((token) => token.norm === word));
};

/** A removal verb after a determiner is a noun (before: "the worst drop … on qqq" removed QQQ, so no_symbol). */
describe('a removal verb written as a noun removes nothing', () => {
  it.each([
    'how deep would the worst drop have got running macd on qqq 2020 thru 2022?',
    'what was the biggest drop with rsi on eth in 2022',
    'a 30% drop with the macd on spy in 2020, how bad was it',
    'did the sharp drop hurt the ema cross on btc in 2021?',
    'the first drop of 2022 with bollinger on gld',
  ])('"%s" keeps its symbol', (text) => {
    expect(specOf(text).symbols).toHaveLength(1);
  });

  it.each([
    ['the worst drop', 'drop', true],
    ['a 30% drop', 'drop', true],
    ['a big sharp drop', 'drop', true],
    // Must stay verbs: the object comes after them.
    ['drop eth', 'drop', false],
    ['keep the rest and drop eth', 'drop', false],
    ['then kill the macd', 'kill', false],
  ])('"%s": "%s" is a noun: %s', (text, word, noun) => {
    expect(at(text, word)).toBe(noun);
  });

  it('must not change: "drop" as a verb in a follow-up still removes', () => {
    expect(specOf('drop eth', ['sma on btc and eth 2022']).symbols).toEqual(['BTC']);
  });
});
