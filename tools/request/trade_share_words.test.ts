import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.js';
import { matchShareAfterPercent, matchShareName } from './trade_share_words.js';

/** The words read, and which side they named, from the start of `text`. */
function read(match: typeof matchShareAfterPercent, text: string): { losing: boolean; words: string } | undefined {
  const tokens = tokenize(text);
  const found = match(tokens, 0);
  return found && { losing: found.losing, words: tokens.slice(0, found.end).map((token) => token.text).join(' ') };
}

describe('the trades that win or lose, after a percentage', () => {
  it.each([
    ['winners', false, 'winners'],
    ['winning trades', false, 'winning trades'],
    ['profitable positions please', false, 'profitable positions'],
    ['of trades should be winners', false, 'of trades should be winners'],
    ['of my trades need to end up in profit', false, 'of my trades need to end up in profit'],
    ['of all the trades profitable', false, 'of all the trades profitable'],
    ['losers', true, 'losers'],
    ['losing trades at most', true, 'losing trades'],
    ['loss-making trades', true, 'loss - making trades'],
    ['of trades in the red', true, 'of trades in the red'],
  ])('"%s" names the %s side', (text, losing, words) => {
    expect(read(matchShareAfterPercent, text)).toStrictEqual({ losing, words });
  });

  it.each(['of my capital', 'of trades', 'of the time', 'winrate', 'in BTC', 'of my trades in BTC'])('"%s" names no trades', (text) => {
    expect(read(matchShareAfterPercent, text)).toBeUndefined();
  });
});

describe('the trades that win or lose, where a metric name would stand', () => {
  it.each([
    ['winning trades above', false, 'winning trades'],
    ['the share of winners', false, 'the share of winners'],
    ['percentage of losing trades', true, 'percentage of losing trades'],
    ['losers must', true, 'losers'],
  ])('"%s" names the %s side', (text, losing, words) => {
    expect(read(matchShareName, text)).toStrictEqual({ losing, words });
  });

  it.each(['the number of winners', 'trades', 'winrate'])('"%s" is no share', (text) => {
    expect(read(matchShareName, text)).toBeUndefined();
  });
});
