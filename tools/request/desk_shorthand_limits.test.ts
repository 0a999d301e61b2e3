import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';

function errorOf(text: string) {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history: [] });
  return outcome.ok ? undefined : outcome.error;
}

describe('leverage clipped to "lev" beside its multiple is refused', () => {
  it.each([
    ['doge bb 20 2.5 w/ 3x lev, 2021', '3x lev'],
    ['sma 20/50 on btc lev 3 2021', 'lev 3'],
    ['sma 20/50 on btc, lev 2x, 2021', 'lev 2x'],
    ['sma 20/50 on btc 2x levered 2021', 'levered'],
  ])('"%s"', (text, written) => {
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule: 'leverage', written });
  });
});

describe('desk shorthand for rankings, limits and parameter names', () => {
  it('"winner by cagr" ranks', () => {
    expect(specOf('ada: mom 30 vs sma 10/30, past yr, winner by cagr').rank_by).toBe('cagr');
    expect(specOf('sma vs ema on btc 2021, pick the winner on sortino').rank_by).toBe('sortino_ratio');
  });
  it.each([
    ['gld/spy 50-50 2007 through 2012, want dd inside 15%', -0.15],
    ['sma on btc 2020, max drawdown inside of 20%', -0.2],
    ['ema crossing on ltc 2019 through 2023, as long as it never loses more than half at any point', -0.5],
    ['ema on ltc 2019, it never loses more than a third at any time', -1 / 3],
    ['ema on ltc 2019, as long as it never loses more than a quarter', -0.25],
  ])('"%s"', (text, value) => {
    expect(specOf(text).targets.max_drawdown!.value).toBeCloseTo(value, 6);
  });
  it.each([
    ['Bonjour, can you do the RSI on Solana, période 10, buy at 35 and sell at 65, since the 1 of january 2024?', 'rsi_mean_reversion', { period: 10, lower: 35, upper: 65 }],
    ['rsi periodo 7 en btc 2022', 'rsi_mean_reversion', { period: 7 }],
    ['bollinger Periode 30 auf eth 2021', 'bollinger_bands', { period: 30 }],
  ])('"%s"', (text, name, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params }]);
  });
});

describe('must not change', () => {
  it('a loss that triggers a sale stays a stop, not a drawdown limit', () => {
    expect(errorOf('ema on ltc 2019, if it loses more than 10% I sell')).toMatchObject({ code: 'unsupported_rule', rule: 'stop_loss' });
  });
  it('"lev" without a multiple is no rule', () => {
    expect(errorOf('sma 20/50 on btc 2021 lev')).toBeUndefined();
  });
  it('"inside" a span of years sets no target', () => {
    expect(specOf('sma on btc 2020 inside 3 years').targets).toEqual({});
  });
  it('"winner by cagr > 20%" is a target, not a ranking', () => {
    expect(specOf('sma vs ema on btc 2021, winner by cagr > 20%').targets).toEqual({ cagr: { operator: '>', value: 0.2 } });
  });
});
