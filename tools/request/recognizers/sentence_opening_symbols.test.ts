import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

/** An ambiguous name ("gold", "sol") opening a later sentence, followed by what to do with it, is the instrument (symbols.ts). */
describe('an ambiguous name opening a later sentence', () => {
  it.each([
    ["I don't want something that's trading all the time, fewer than 20 trades in total. Gold since 2010 with the macd, find me the best numbers.", 'GLD'],
    ['hello. Gold since 2010 with the macd', 'GLD'],
    ['max drawdown 20%. gold from 2015 to 2020, rsi', 'GLD'],
    ['Keep costs at 5 bps please! sol ema 12/26 in 2023', 'SOL'],
  ])('%s', (text, symbol) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.symbols).toEqual([symbol]);
  });

  it('is not a symbol in a sentence that only mentions the word', () => {
    const outcome = parseRequest('I like gold. rsi on spy since 2020', { today: TODAY });
    expect(outcome.ok && outcome.spec.symbols).toEqual(['SPY']);
  });
});

describe('a verb of searching, then the best numbers', () => {
  it.each([
    ['Gold since 2010 with the macd, find me the best numbers.', true],
    ['rsi on btc 2022, find the best values', true],
    ['rsi on btc 2022, get me the optimal inputs', true],
    ["rsi on btc 2022, the best numbers I've seen", false],
  ])('%s', (text, optimise) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.optimization_required).toBe(optimise);
  });
});

/** A name that is also a word, opening a terse request with a date straight after it, is what to trade (before: no_symbol). */
describe('an ambiguous name opening a request, then a date', () => {
  it.each([
    ['ada march 2021, buy and hold vs sma 10/30, which one won?', 'ADA'],
    ['ada 2021, buy and hold vs sma 10/30', 'ADA'],
    ['sol jan 2024 rsi', 'SOL'],
    ['sol may 2024 rsi 14', 'SOL'],
    ['ada march 3 2021 to june 2021 sma 10/30', 'ADA'],
    ['Fees at 5 bps. sol sept 2023 macd', 'SOL'],
  ])('%s', (text, symbol) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.symbols).toEqual([symbol]);
  });

  it('"may" without a number is the verb: "sol may be better than eth"', () => {
    const outcome = parseRequest('sol may be better than eth, rsi 2024', { today: TODAY });
    expect(outcome.ok && outcome.spec.symbols).toEqual(['ETH']);
  });
});
