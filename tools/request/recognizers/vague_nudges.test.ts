import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY } from '../test_support/spec_of.js';

/** A direction with no amount keeps the settings and says so; the rest of the request stands. */
function read(text: string, history: string[]) {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history });
  if (!outcome.ok) throw new Error(`no spec for "${text}": ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('"a bit faster", "wider bands": kept, with a note asking for numbers', () => {
  it.each([
    ['hmm make it react a bit faster', 'momentum with a 60 day lookback on ETH 2020-2024', 'ETH', { lookback: 60 }],
    ['make it a touch slower', 'macd 12/26/9 on ada 2022-2023', 'ADA', { fast: 12, slow: 26, signal: 9 }],
    ['wider bands', 'bollinger 20 period 2 std on btc 2023', 'BTC', { period: 20, std_dev: 2 }],
    ['tighten the bands a little', 'bollinger 20 period 2 std on btc 2023', 'BTC', { period: 20, std_dev: 2 }],
    ['slower please', 'macd 12/26/9 on ada 2022-2023', 'ADA', { fast: 12, slow: 26, signal: 9 }],
  ])('"%s"', (text, first, symbol, params) => {
    const { spec, notes } = read(text, [first]);
    expect(spec.symbols).toEqual([symbol]);
    expect(spec.strategies.find((strategy) => !strategy.baseline)?.params).toEqual(params);
    expect(notes.some((note) => note.includes('gives no amount'))).toBe(true);
  });
});

describe('must not change', () => {
  it('"faster, lookback 30": the number is the change', () => {
    const { spec, notes } = read('faster, lookback 30', ['momentum with a 60 day lookback on ETH 2020-2024']);
    expect(spec.strategies.find((strategy) => !strategy.baseline)?.params).toEqual({ lookback: 30 });
    expect(notes.some((note) => note.includes('gives no amount'))).toBe(false);
  });
  it('"widen the bands to 3 std" sets the width', () => {
    expect(read('widen the bands to 3 std', ['bollinger 20 period 2 std on btc 2023']).spec.strategies.find((strategy) => !strategy.baseline)?.params).toEqual({ period: 20, std_dev: 3 });
  });
});
