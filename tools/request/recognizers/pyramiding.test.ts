import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

function errorOf(text: string) {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history: [] });
  return outcome.ok ? undefined : outcome.error;
}

/** Adding to a position as it rises (pyramiding) is refused, like adding on a fall (before: the strategy ran without it). */
describe('pyramiding is an unsupported rule', () => {
  it.each([
    ["A friend of mine who trades full time told me his secret is to add more to his position every time it goes up another 10%, so your winners get bigger. I'd love to see if that works with a golden cross on SPY from 2005 to 2020.", 'add more to his position every time it goes up another 10%'],
    ['golden cross on spy 2005-2020, add to winners every 5% up', 'add to winners every 5% up'],
    ['sma on spy 2010-2020, buy more each time it rises 10%', 'buy more each time it rises 10%'],
    ['sma on spy 2010-2020, scale in as it goes up', 'scale in as it goes up'],
    ['sma on spy 2010-2020 and pyramid into the position', 'pyramid into'],
    ['sma on btc 2021 with pyramiding', 'pyramiding'],
    ['sma on spy 2010-2020, if it rises 10% I buy more', 'if it rises 10% I buy more'],
    ['rsi on eth 2022, add to winning trades', 'add to winning trades'],
    ['golden cross on spy 2010, double down on winners', 'double down on winners'],
    ['macd on qqq 2015-2020, scaling into the position as the price rises', 'scaling into the position as the price rises'],
  ])('"%s"', (text, written) => {
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule: 'add_on_rise', written });
  });

  it('adding on a fall stays add_on_fall', () => {
    expect(errorOf('buy and hold spy since 2000 and add to it whenever it falls 5%')).toMatchObject({ code: 'unsupported_rule', rule: 'add_on_fall' });
    expect(errorOf('sma on spy 2010, add more to my position every time it drops 10%')).toMatchObject({ code: 'unsupported_rule', rule: 'add_on_fall' });
  });

  it.each([
    // Must not change: a momentum entry told as a rise, adding a symbol, the fraud and the monuments.
    'buy spy when it goes up 10% in 90 days, 2010-2020',
    'add ETH to the portfolio',
    'bitcoin is a pyramid scheme lol, sma on btc 2020',
    'I visited the pyramids in egypt, sma on btc 2020',
    'sma on btc 2021, no pyramiding',
  ])('"%s" runs', (text) => {
    expect(specOf(text).symbols.length).toBeGreaterThan(0);
  });
});
