import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY } from '../test_support/spec_of.js';

/** The names of the strategies a request asks for, baselines left out. */
function namesOf(text: string): string[] {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY });
  if (!outcome.ok) throw new Error(`no spec for "${text}": ${outcome.error.code}`);
  return outcome.spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name);
}

describe('whose a strategy is, and what the writer thinks of it, is no strategy name', () => {
  it.each([
    ["I'm more curious about a boring strategy: SMA 10/30 on DOGE over the past year, nothing fancy.", 'sma_crossover'],
    ['Give me a plain strategy: RSI on ETH for 2022.', 'rsi_mean_reversion'],
    ['Something conservative, a lazy system: buy and hold SPY for 2020.', 'buy_and_hold'],
    ['He finally posted his system: a channel breakout on BNB for H2 2024.', 'donchian_breakout'],
    ['She shared her strategy with me, MACD on BTC for 2021. Can you test it?', 'macd'],
    ['My uncle swears by his secret strategy: EMA 12/26 on ETH for 2023.', 'ema_crossover'],
  ])('%s', (text, strategy) => {
    expect(namesOf(text)).toEqual([strategy]);
  });
});

describe('must not change: names we do not have stay unknown strategies', () => {
  it.each([
    ['Run the ichimoku strategy on BTC for 2022', 'ichimoku'],
    ['Test a volatility breakout strategy on ETH for 2021', 'volatility_breakout'],
    ['Backtest the supertrend system on SPY for 2020', 'supertrend'],
  ])('%s', (text, name) => {
    expect(namesOf(text)).toEqual([name]);
  });
});
