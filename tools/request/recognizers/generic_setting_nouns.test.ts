import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, userStrategiesOf } from '../test_support/spec_of.js';

describe('numbers after a noun for settings ("parameter 8 21 5") go by the strategy\'s parameter order', () => {
  it.each([
    ['I want test XRP use MACD, parameter 8 21 5, time is 2020 year to 2022 year, fee is 0.1%.', 'macd', { fast: 8, slow: 21, signal: 5 }],
    ['Test XRP using MACD, param 8 21 5, 2021', 'macd', { fast: 8, slow: 21, signal: 5 }],
    ['backtest macd on BTC for 2021 with parameter 8/21/5', 'macd', { fast: 8, slow: 21, signal: 5 }],
    ['Test XRP with MACD for 2021. Parameter is 8 21 5.', 'macd', { fast: 8, slow: 21, signal: 5 }],
    ['backtest macd on BTC for 2021, config 8 21 5', 'macd', { fast: 8, slow: 21, signal: 5 }],
    ['backtest macd on BTC for 2021 using inputs 8, 21, 5', 'macd', { fast: 8, slow: 21, signal: 5 }],
    ['sma crossover on BTC 2021 with setting 10/30', 'sma_crossover', { short: 10, long: 30 }],
    ['sma crossover on BTC 2021, parameter 10 30', 'sma_crossover', { short: 10, long: 30 }],
    ['donchian breakout on SOL 2023 with setting 40 20', 'donchian_breakout', { period: 40, exit_period: 20 }],
    ['bollinger on ETH 2022, param 20 2.5', 'bollinger_bands', { period: 20, std_dev: 2.5 }],
    ['rsi on ADA 2022, the numbers 14 25 75', 'rsi_mean_reversion', { period: 14, lower: 25, upper: 75 }],
    ['macd with setting 8 21 5 and ema crossover, on BTC 2022', 'macd', { fast: 8, slow: 21, signal: 5 }],
  ])('"%s"', (text, name, params) => {
    expect(userStrategiesOf(text).find((strategy) => strategy.name === name)?.params).toEqual(params);
  });

  it.each([
    ['macd on BTC 2021, parameters: 8, 21, 5', 'macd', { fast: 8, slow: 21, signal: 5 }],
    ['bollinger on ETH 2022 params 20 2.5', 'bollinger_bands', { period: 20, std_dev: 2.5 }],
    ['rsi on SOL 2023, the values 14 25 75', 'rsi_mean_reversion', { period: 14, lower: 25, upper: 75 }],
    ['MACD on BTC 2021, settings of 8, 21, 5', 'macd', { fast: 8, slow: 21, signal: 5 }],
    ['macd 8 21 5 on BTC 2021', 'macd', { fast: 8, slow: 21, signal: 5 }],
    ['macd BTC 2021 with the parameters set to 8 21 5', 'macd', { fast: 8, slow: 21, signal: 5 }],
  ])('as before: "%s"', (text, name, params) => {
    expect(userStrategiesOf(text).find((strategy) => strategy.name === name)?.params).toEqual(params);
  });

  it.each([
    ['macd on BTC 2021 parameter 8 21 5 3', '8/21/5/3'],
    ['bollinger on BTC 2021 setting 8 21 5', '8/21/5'],
  ])('numbers the strategy cannot take are noted, never dropped: "%s"', (text, written) => {
    const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY });
    expect((outcome.ok && outcome.spec.strategies.find((strategy) => !strategy.baseline)?.params) || {}).toEqual({});
    expect(outcome.ok && outcome.notes.join('\n')).toContain(`ignored: '${written}'`);
  });

  it.each([
    ['sma crossover on BTC, period 2020 to 2022', { start: '2020-01-01', end: '2022-12-31' }],
    ['rsi on ETH, window 2021 to 2022', { start: '2021-01-01', end: '2022-12-31' }],
  ])('a period after a singular noun stays the window, not settings: "%s"', (text, range) => {
    const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY });
    expect(outcome.ok && outcome.spec.date_range).toEqual(range);
    expect((outcome.ok && outcome.spec.strategies.find((strategy) => !strategy.baseline)?.params) || {}).toEqual({});
  });
});
