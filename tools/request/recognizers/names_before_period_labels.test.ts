import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function readingOf(text: string): unknown {
  const outcome = parseRequest(text, { today: TODAY });
  if (!outcome.ok) return outcome.error.code;
  return [outcome.spec.symbols, outcome.spec.date_range, outcome.spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name)];
}

/**
 * An everyday-word name ("sol", "spy", "ada", "gold") opening a terse request before a quarter or a
 * half ("q1 2024", "h2 2021", "first half of 2023"): before, only a year or a month with its number
 * after the name showed it was the symbol, so these ended in no_symbol.
 */
describe('a name opening a request before a quarter or half label', () => {
  it.each([
    ['sol q1 2024 rsi', ['SOL'], '2024-01-01', '2024-03-31', 'rsi_mean_reversion'],
    ['spy q3 2022 sma', ['SPY'], '2022-07-01', '2022-09-30', 'sma_crossover'],
    ['ada h2 2021 macd', ['ADA'], '2021-07-01', '2021-12-31', 'macd'],
    ['gold q4 2021 bollinger', ['GLD'], '2021-10-01', '2021-12-31', 'bollinger_bands'],
    ["sol Q1'24 rsi", ['SOL'], '2024-01-01', '2024-03-31', 'rsi_mean_reversion'],
    ['sol first half 2023 rsi', ['SOL'], '2023-01-01', '2023-06-30', 'rsi_mean_reversion'],
    ['sol 1st quarter of 2022 rsi', ['SOL'], '2022-01-01', '2022-03-31', 'rsi_mean_reversion'],
    ['sol q1 rsi', ['SOL'], '2025-01-01', '2025-03-31', 'rsi_mean_reversion'],
    // Names no one misreads, kept as they were.
    ['eth h1 2023 macd', ['ETH'], '2023-01-01', '2023-06-30', 'macd'],
    ['btc q3 2022 sma', ['BTC'], '2022-07-01', '2022-09-30', 'sma_crossover'],
  ])('"%s"', (text, symbols, start, end, strategy) => {
    expect(readingOf(text)).toEqual([symbols, { start, end }, [strategy]]);
  });

  it.each([
    ['sol may be better', 'not_understood'],
  ])('must not change: "%s"', (text, reading) => {
    expect(readingOf(text)).toEqual(reading);
  });

  it('a greeting stays a greeting: "Ada, March was rough, rsi on btc 2022"', () => {
    expect(readingOf('Ada, March was rough, rsi on btc 2022')).toEqual([['BTC'], { start: '2022-01-01', end: '2022-12-31' }, ['rsi_mean_reversion']]);
  });
});
