import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * The money a run starts from, however it is said: "I have 10k", "with my 10k", "my 10k account",
 * "a $50,000 start", "50k to start", "a 50k starting stake". Money a story tells of stays out.
 */
describe('the sum the trader has or starts from is the capital', () => {
  it.each([
    // Before: 50,000 and "start" were ignored, and the run started from the default 10,000.
    ['What would 40% QQQ / 60% SPY have looked like since 2000 with 5 bps slippage and a $50,000 start?', 50_000],
    ['ema 12/26 on ETH 2023 with a €30k start', 30_000],
    ['rsi on spy since 2015, 50k to start', 50_000],
    ['macd on QQQ 2020-2022, $25,000 to begin with', 25_000],
    ['donchian on btc 2021, a 40k starting stake', 40_000],
    ['bollinger on gold 2019, assume an initial pot of $15,000', 15_000],
    // Before: "with my 30k" was taken for a story (a person's own money) and ignored.
    ['sma on btc 2022 with my 30k', 30_000],
    ['momentum on ada 2023, using our $40k', 40_000],
    ['I have 10k. Could a turtle strategy on BTC have turned it into 20k or more between 2020 and 2022?', 10_000],
    ['sma on btc 2022, my 30k account', 30_000],
    // Before: "starting allocation" was no capital noun, and the run started from 10,000.
    ['qqq sma 2000-2003 on a $1,000,000 starting allocation', 1_000_000],
    ['qqq sma 2020-2023, starting allocation of $250k', 250_000],
    ['qqq sma 2020-2023, initial allocation 50000', 50_000],
  ])('"%s" starts with %d', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it.each([
    // A year before "start" is a date, not money.
    'sma on btc with a 2020 start',
    // Money a story tells of, or money managed for others.
    'I took a $2,000 course. sma on btc 2022',
    'sma on btc 2022 with my $2,000 course',
    "We've each put in $500 a month since 2018. Test Bollinger on AAPL for 2021.",
    'We are a small fund ($2m AUM). Test momentum on BTC for 2023.',
    'I lost my 30k on luna. sma on btc 2022',
  ])('"%s" keeps the default capital', (text) => {
    expect(specOf(text).initial_capital).toBe(10_000);
  });
});
