import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

/**
 * A name that is also a word ("ada", "sol", "dot"), standing alone as the request's last sentence or
 * after its last comma, in a request for a run that names no other instrument, is what to run on.
 * Before: "… aiming for a cagr of 20% or better. ada" was no_symbol.
 */
describe('a lone name trailing a request for a run is its symbol', () => {
  it.each([
    ['over 2022-2023, tune the rsi thresholds, aiming for a cagr of 20% or better. ada', 'ADA'],
    ['rsi 14 since 2021, sol', 'SOL'],
    ['tune the ema crossover for 2024, ada please', 'ADA'],
    ['run the sma crossover for 2023 please. sol?', 'SOL'],
    ['macd 12/26/9 over 2022. Ada.', 'ADA'],
  ])('"%s"', (text, symbol) => {
    expect(specOf(text).symbols).toEqual([symbol]);
  });
});

describe('must not change', () => {
  it('another symbol named keeps the trailing word a word: "rsi on btc for 2023. sol"', () => {
    expect(specOf('rsi on btc for 2023. sol').symbols).toEqual(['BTC']);
  });

  it('a person addressed at the start: "Ada, could you run rsi on eth for 2023"', () => {
    expect(specOf('Ada, could you run rsi on eth for 2023').symbols).toEqual(['ETH']);
  });

  it('"sol" after a word of its sentence stays a word: "run rsi for 2023, al sol"', () => {
    const outcome = parseRequest('run rsi for 2023, al sol', { today: '2026-01-10' });
    expect(outcome.ok ? outcome.spec.symbols : outcome.error.code).not.toEqual(['SOL']);
  });

  it('no run asked for, no symbol: "thanks for the help. sol"', () => {
    const outcome = parseRequest('thanks for the help. sol', { today: '2026-01-10' });
    expect(outcome.ok ? outcome.spec.symbols : outcome.error.code).not.toEqual(['SOL']);
  });
});
