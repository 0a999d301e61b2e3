import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

function errorOf(text: string) {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history: [] });
  return outcome.ok ? undefined : outcome.error;
}

describe('selling part of a position on a rise is refused (before: run without it, "half" ignored)', () => {
  it.each([
    "ema cross on eth in 2021 but sell half the position whenever it's up 20%",
    'sma on eth 2021, take a third off at +15%',
    'sma on eth 2021, trim 25% of the position every 10% rise',
    'macd on btc 2022 and sell half when up 20%',
    'rsi on sol 2023, take some profits off once it is up 30%',
  ])('"%s"', (text) => {
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule: 'partial_exit' });
  });
});

describe('adding to a position on a fall is refused (before: a plain buy and hold)', () => {
  it.each([
    "I'd like to test buy and hold on SPY since 2000, but buying more every time it drops 10%.",
    'buy and hold spy since 2000 and add to it whenever it falls 5%',
    'buy and hold spy since 2000, double down on every 20% dip',
    "buy and hold btc since 2018, if bitcoin drops 30% I'd buy more",
    'hold qqq from 2010 and average down every time it drops 15%',
  ])('"%s"', (text) => {
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule: 'add_on_fall' });
  });
});

describe('adding on a further fall told after the entry is refused (before: the plain RSI ran)', () => {
  it.each([
    "I buy ETH when the 14-day RSI drops under 30 and sell when it gets above 70. But if price falls another 10% after I'm in, I double my position to average down. Run it 2022 through 2024",
    'rsi on eth 2022-2024, when it drops 10% more I add',
    "rsi on eth 2022-2024, I'd double up if it falls 15%",
    'rsi on eth 2022-2024, averaging down on 10% dips',
    'rsi on eth 2022-2024; if it falls 10% after I buy, I double the position',
    'rsi on eth 2022-2024, and if it drops another 20% I add to it',
  ])('"%s"', (text) => {
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule: 'add_on_fall' });
  });
});

describe('neighbours that keep reading as before', () => {
  it.each([
    'I bought more when it dropped in 2022. buy and hold btc since 2018',
    'I bought more when it dropped 10% in 2022. buy and hold btc since 2018',
    '50% btc 50% eth buy and hold since 2021',
    'sma on btc 2022 with 0.1% fees',
  ])('"%s" runs', (text) => {
    expect(specOf(text).symbols.length).toBeGreaterThan(0);
  });
  it('selling on a fall is still a stop loss', () => {
    expect(errorOf('rsi on eth 2022-2024, if it drops 10% I sell')).toMatchObject({ code: 'unsupported_rule', rule: 'stop_loss' });
  });
  it('a whole exit on a rise is still a take profit', () => {
    expect(errorOf('sma on eth 2021, sell whenever a trade is up 20%')).toMatchObject({ code: 'unsupported_rule', rule: 'take_profit' });
  });
});
