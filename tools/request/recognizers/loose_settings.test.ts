import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function specOf(text: string) {
  const outcome = parseRequest(text, { today: TODAY });
  if (!outcome.ok) throw new Error(`refused "${text}": ${outcome.error.message}`);
  return outcome.spec;
}

function userStrategiesOf(text: string): unknown {
  return specOf(text).strategies.filter((strategy) => !strategy.baseline);
}

describe('a strategy\'s numbers after its symbol and year, names and years glued to their numbers', () => {
  it('"rsi14 btc2023 30/70 — 25k initial" (before: the 30/70 was lost, only the period read)', () => {
    const spec = specOf('rsi14 btc2023 30/70 — 25k initial');
    expect(spec.symbols).toEqual(['BTC']);
    expect(spec.date_range).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(spec.initial_capital).toBe(25_000);
    expect(userStrategiesOf('rsi14 btc2023 30/70 — 25k initial')).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }]);
  });

  it.each([
    // Before, the numbers after the year were ignored.
    ['sma btc2023 20/50 — 10k', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    ['macd eth2022 12/26/9 — 5k', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]],
    ['sma btc 2023 20/50', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    ['rsi14 eth2022 25/75 - 5k start', [{ name: 'rsi_mean_reversion', params: { period: 14, lower: 25, upper: 75 } }]],
    ['bb20 spy2021 2.5', [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }]],
    ['ema on sol 2024 9 21', [{ name: 'ema_crossover', params: { short: 9, long: 21 } }]],
  ])('%s', (text, expected) => {
    expect(userStrategiesOf(text)).toEqual(expected);
  });

  it.each([
    // Money and spans after the year are not the strategy's.
    ['sma on btc 2023 10k', [{ name: 'sma_crossover' }]],
    ['rsi on btc 2023 5 bps fees', [{ name: 'rsi_mean_reversion' }]],
    ['sma btc 20/50 2023', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
  ])('unchanged: %s', (text, expected) => {
    expect(userStrategiesOf(text)).toEqual(expected);
  });

  it('a joined split is still a split: "buy and hold btc and eth 60-40 2020"', () => {
    expect(specOf('buy and hold btc and eth 60-40 2020').portfolio?.weights).toEqual({ BTC: 0.6, ETH: 0.4 });
  });
});

describe('numbers said to be the customary ones are still the settings', () => {
  it.each([
    // Before, "the usual 12 26 9" was ignored.
    ['macd on xrp for 2023, the usual 12 26 9', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]],
    ['rsi on btc 2022, standard settings 14 30 70', [{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }]],
    ['bollinger on spy 2020, the default 20 and 2', [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]],
    ['macd on eth, usual settings: 12 26 9, 2021', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]],
    ['sma on spy, the classic 50 200, since 2010', [{ name: 'sma_crossover', params: { short: 50, long: 200 } }]],
    ['rsi on btc 2023, the usual 14', [{ name: 'rsi_mean_reversion', params: { period: 14 } }]],
  ])('%s', (text, expected) => {
    expect(userStrategiesOf(text)).toEqual(expected);
  });

  it('"the usual" alone asks for the defaults, and is read', () => {
    expect(userStrategiesOf('macd on xrp for 2023, the usual')).toEqual([{ name: 'macd' }]);
    const outcome = parseRequest('macd on xrp for 2023, the usual', { today: TODAY });
    expect(outcome.ok ? outcome.notes : outcome.error.code).toEqual([]);
  });

  it('unchanged: a split after "the standard" is the portfolio\'s', () => {
    expect(specOf('the standard 60/40 of spy and qqq since 2015').portfolio?.weights).toEqual({ SPY: 0.6, QQQ: 0.4 });
  });

  it('unchanged: the customary numbers turned down are not the settings', () => {
    expect(userStrategiesOf('macd on btc 2023, skip the default 12/26/9. Run 8/21/5')).toEqual([{ name: 'macd', params: { fast: 8, slow: 21, signal: 5 } }]);
  });
});
