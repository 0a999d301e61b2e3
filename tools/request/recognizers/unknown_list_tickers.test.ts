import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

/**
 * A lower-case ticker we have no data for, listed with a known symbol in a split that weighs it,
 * is named as unknown (before: dropped, then no_symbol, bad_weights or not_understood).
 */
describe('an unknown lower-case ticker in a weighted list', () => {
  // Validation then answers unknown_symbol naming TLT.
  it.each([
    ['spy tlt 60/40 2020', ['SPY', 'TLT']],
    ['60/40 spy tlt 2020', ['SPY', 'TLT']],
    ['spy and tlt 60/40 2020', ['SPY', 'TLT']],
    ['60/40 spy/tlt 2020', ['SPY', 'TLT']],
    ['qqq, tlt 70/30 since 2015', ['QQQ', 'TLT']],
    ['sma on spy tlt 60/40 2020', ['SPY', 'TLT']],
  ])('"%s" holds TLT, as written', (text, symbols) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.symbols).toEqual(symbols);
  });

  it.each([
    ['spy etf 2020', ['SPY']],
    ['btc chart 2022', ['BTC']],
    ['eth pls 2023', ['ETH']],
    ['spy gld 60/40 2020', ['SPY', 'GLD']],
  ])('must not change: "%s"', (text, symbols) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.symbols).toEqual(symbols);
  });
});
