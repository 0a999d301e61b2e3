import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * The name signed under a message is the writer's, never an instrument. Before, "Best regards,
 * Martin" was read as MATIC (two edits away) and the request refused as an unknown symbol.
 */
describe('a name signed under the message is no symbol', () => {
  it.each([
    'qqq sma 50/200 2000-2003.\n\nBest regards,\nMartin',
    'qqq sma 50/200 2000-2003. Cheers, Matt',
    'qqq sma 50/200 2000-2003.\n\nThanks,\nSol',
    'qqq sma 50/200 2000-2003. Thanks, Tessa',
    'qqq sma 50/200 2000-2003. Best, Martin Berg.',
    'qqq sma 50/200 2000-2003. Thank you, Mattias',
  ])('"%s" runs on QQQ alone', (text) => {
    expect(specOf(text).symbols).toEqual(['QQQ']);
  });

  it('the Nasdaq-100 in a long email is QQQ', () => {
    const text = 'Hi team,\n\nOur committee wants to see how a trend rule held up on the Nasdaq-100 through the dot-com bust: '
      + 'a 50/200-day SMA crossover from March 2000 through December 2003.\n\nBest regards,\nMartin';
    expect(specOf(text).symbols).toEqual(['QQQ']);
  });
});

describe('neighbours that keep reading as before', () => {
  it.each([
    ['ema on ETH 2021. Thanks, SOL', ['ETH', 'SOL']],
    ['sma 50/200 on Solana 2021, thanks', ['SOL']],
    ['run sma 50/200 on etherium and bitcon 2021', ['ETH', 'BTC']],
  ])('"%s" runs on %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});
