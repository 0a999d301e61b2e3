import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function outcomeOf(text: string): unknown {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? outcome.spec.symbols : outcome.error.code;
}

/**
 * A lower-case ticker we have no data for, listed with a known symbol: before, it was dropped with an
 * "ignored" note (or, beside an everyday name such as "spy", nothing was read) and the run went ahead
 * without it. Read as a ticker, validation then answers unknown_symbol naming it.
 */
describe('an unknown lower-case ticker listed beside a known symbol', () => {
  it.each([
    ['btc and tlt 2020 buy and hold', ['BTC', 'TLT']],
    ['eth, nvda 2021 sma', ['ETH', 'NVDA']],
    ['spy & tlt 2020 buy and hold', ['SPY', 'TLT']],
    ['btc + tlt since 2019 rsi', ['BTC', 'TLT']],
    ['btc, eth, and tlt since 2020', ['BTC', 'ETH', 'TLT']],
    ['tlt and btc 2020', ['TLT', 'BTC']],
    ['sma on tlt & btc 2021', ['TLT', 'BTC']],
    ['btc and tlt', ['BTC', 'TLT']],
    ['btc and tlt, macd 2022', ['BTC', 'TLT']],
  ])('"%s" holds %j, as written', (text, symbols) => {
    expect(outcomeOf(text)).toEqual(symbols);
  });

  it.each([
    // Ordinary words beside symbols.
    ['btc and eth 2020', ['BTC', 'ETH']],
    ['btc and then eth 2020 sma', ['BTC', 'ETH']],
    ['spy and qqq 2020 sma', ['SPY', 'QQQ']],
    ['rsi on btc and see 2020', ['BTC']],
    ['btc and cash 2020', ['BTC']],
    ['btc, eth etc 2021 sma', ['BTC', 'ETH']],
    // Strategy and calendar words.
    ['btc and sma 2020', ['BTC']],
    ['btc and hodl 2020', ['BTC']],
    ['btc and ytd rsi', ['BTC']],
  ])('must not change: "%s"', (text, symbols) => {
    expect(outcomeOf(text)).toEqual(symbols);
  });

  it('a plural beside an everyday name stays unread: "spy and bonds 2020 buy and hold"', () => {
    expect(outcomeOf('spy and bonds 2020 buy and hold')).toBe('no_symbol');
  });
});
