import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

/**
 * A name that is also a person's, then a comma, greets someone only when a question or request to
 * them follows; a strategy after the comma makes the name the coin (before: "Ada," was a greeting, so no_symbol).
 */
describe('a name and a comma before a strategy name the coin', () => {
  it.each([
    ['ada, ema 9/21, past 12 months — did it lose less than just holding would have?', ['ADA']],
    ['sol, rsi 14, 2023: how did it do?', ['SOL']],
    ['ada, macd since 2022, was it any good?', ['ADA']],
    ['sol, 4h rsi, 2024 — worth it?', ['SOL']],
  ])('"%s" runs on %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });

  it.each([
    // Must not change: a greeting, then a request to the listener.
    ['Ada, could you run sma on btc 2023', ['BTC']],
    ['Sol, can you test macd on eth for 2022?', ['ETH']],
  ])('"%s" greets someone and runs on %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});

/** A known name modifying a move of the market is what moved (before: "the sol run" named nothing, so no_symbol). */
describe('a name before a move noun is what moved', () => {
  it.each([
    ['would a 20 day donchian with a 5 day exit have caught the sol run from mid-2023 to early 2024?', ['SOL']],
    ['did bollinger do ok during the gold rally of 2024?', ['GLD']],
    ['macd through the sol bull run of 2021', ['SOL']],
    ['the sol dump of 2022 with rsi', ['SOL']],
    ['how did rsi handle the ada crash in 2022?', ['ADA']],
  ])('"%s" runs on %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });

  it.each([
    // Must not change: an unknown name there is the cause of the move, not a symbol asked for.
    ['how MACD coped with the FTX collapse in late 2022 on bitcoin', ['BTC']],
    ['during the gold rush of 1849, macd on spy 2020', ['SPY']],
  ])('"%s" runs on %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });

  it('a move noun alone names no symbol', () => {
    const outcome = parseRequest('would rsi have caught the run in 2021?', { today: PHRASE_TEST_TODAY });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('no_symbol');
  });
});

/**
 * Two coin names that are also words, joined by "or"/"vs" where the sentence asks which does better,
 * or beside one already read as a symbol, are both symbols (before: both were words, so no_symbol,
 * or the second one was lost).
 */
describe('two ambiguous names compared, or joined to one in context', () => {
  it.each([
    ['Is sol or ada the better fit for rsi mean reversion — H1 2023?', ['SOL', 'ADA']],
    ['is sol or ada better with macd in 2024?', ['SOL', 'ADA']],
    ['which is better for sma, sol or ada', ['SOL', 'ADA']],
    ['sol or ada - which did better with the rsi in 2023?', ['SOL', 'ADA']],
    ['rsi on sol or ada 2023', ['SOL', 'ADA']],
    ['sol or ada with macd since 2022', ['SOL', 'ADA']],
    ['link or dot, which is better for momentum in 2021?', ['LINK', 'DOT']],
  ])('"%s" runs on %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });

  it.each([
    // Must not change: joined without a comparison or a symbol's context, they stay words.
    ['sma on eth 2022, sol and ada will review it', ['ETH']],
    ['btc or eth, sma 2022, ask ada', ['BTC', 'ETH']],
    ['which is better on btc in 2023, the sol or the ada of my notes? use sma', ['BTC']],
  ])('"%s" runs on %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});
