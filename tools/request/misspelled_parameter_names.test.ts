import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function userStrategiesOf(text: string, history: string[] = []): unknown {
  const outcome = parseRequest(text, { today: TODAY, history });
  return outcome.ok ? outcome.spec.strategies.filter((strategy) => !strategy.baseline) : outcome.error.code;
}

const rsi = (params: Record<string, number>) => [{ name: 'rsi_mean_reversion', params }];

describe('a parameter name mistyped before its value is read as that name', () => {
  it.each([
    // Before, "perod" was ignored and with it the period 10.
    ['ok so etherium rsi perod 10 lower 25 upper 75 since 2021 lfg', rsi({ period: 10, lower: 25, upper: 75 })],
    ['gld vs spy rsi perod 21 lower 35 upper 65 from 2012 comma 100k capital comma 15 bps fees', rsi({ period: 21, lower: 35, upper: 65 })],
    ['rsi on eth 2022 perid 14', rsi({ period: 14 })],
    ['rsi on eth 2022 peroid 9 lowr 20 uppr 80', rsi({ period: 9, lower: 20, upper: 80 })],
    ['macd on btc 2023 signl 5', [{ name: 'macd', params: { signal: 5 } }]],
    ['macd on btc 2023 fast 8 slwo 21 singal line 5', [{ name: 'macd', params: { fast: 8, slow: 21, signal: 5 } }]],
    ['ema crossover on btc 2023 shrot 10 lnog 50', [{ name: 'ema_crossover', params: { short: 10, long: 50 } }]],
    ['momentum on spy lookbak 60 from 2015', [{ name: 'momentum', params: { lookback: 60 } }]],
    ['bollinger on spy 2020 lenght 30 standard devation 2.5', [{ name: 'bollinger_bands', params: { period: 30, std_dev: 2.5 } }]],
  ])('%s', (text, expected) => {
    expect(userStrategiesOf(text)).toEqual(expected);
  });

  it('in a follow-up: "make the perod 7 thx" (before: not_understood)', () => {
    expect(userStrategiesOf('make the perod 7 thx', ['rsi on sol 2023'])).toEqual(rsi({ period: 7 }));
  });

  it('a bad value after a mistyped name is kept for validation to refuse: "rsi perod zero…" (before: ran with the default period)', () => {
    expect(userStrategiesOf('rsi perod zero on eth 2023 lower 30 upper 70')).toEqual(rsi({ period: 0, lower: 30, upper: 70 }));
  });

  it('says which word it read as which name', () => {
    const outcome = parseRequest('rsi on eth 2022 perid 14', { today: TODAY });
    expect(outcome.ok && outcome.notes).toContain("read 'perid' as 'period'");
  });
});

describe('everyday words near a parameter name stay themselves', () => {
  it.each([
    // One edit from "lower", "short", "slow", "width": words of their own, even before a number.
    ['rsi on btc 2023 lover 25', 'lover'],
    ['sma on btc 2023, shot 10 times', 'shot'],
    ['sma on btc 2023 show 5 trades', 'show'],
    ['bollinger on spy 2020 with 2.5', 'with'],
    // Inflections of a name are no slips of it.
    ['ema crossover on btc 2023, shorter 10', 'shorter'],
    // No value after it: nothing says a parameter is meant.
    ['rsi on eth 2022, perod is fine as it is', 'perod'],
  ])('%s', (text, word) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.notes.some((note) => note.startsWith(`read '${word}'`))).toBe(false);
  });
});
