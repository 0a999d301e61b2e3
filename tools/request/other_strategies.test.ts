import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';

const COMPARED = ['compare golden cross and macd on spy 2010-2020', 'just the golden cross'];

describe('"the other one": of the strategies the conversation has named, the one it is not running now', () => {
  it.each([
    'nah teh other one',
    'nah the other one',
    'actually the other strategy',
    'try the other one instead',
    'ok then the other one',
  ])('"%s" after a comparison narrowed to the golden cross', (text) => {
    expect(userStrategiesOf(text, COMPARED).map((strategy) => strategy.name)).toEqual(['macd']);
  });

  it('keeps the other strategy\'s own settings', () => {
    const history = ['sma 10/30 and rsi on btc 2022', 'only rsi'];
    expect(userStrategiesOf('the other one please', history)).toEqual([{ name: 'sma_crossover', params: { short: 10, long: 30 } }]);
  });

  it('must not change: "the other coin" is not a strategy', () => {
    expect(specOf('the other coin', COMPARED).strategies.map((strategy) => strategy.name)).toContain('sma_crossover');
  });

  it('must not change: beside other edits "the other one" is said against them, not the run now', () => {
    const history = ['compare sma 20/50 vs ema 12/26 on eth for 2023', 'sma looks bad, remove it'];
    expect(userStrategiesOf('actually put it back and remove the other one instead', history)).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });

  it('must not change: with one strategy named there is no other one, and the message is refused', () => {
    const outcome = parseRequest('now the other one', { today: PHRASE_TEST_TODAY, history: ['sma on btc 2022'] });
    expect(outcome.ok).toBe(false);
  });

  it('leaves "one" alone when the conversation has named two symbols, where it could be either', () => {
    const history = ['sma on btc and eth 2022', 'only rsi'];
    expect(userStrategiesOf('the other one', history).map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion']);
  });
});
