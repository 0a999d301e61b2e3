import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

describe('numbers written after a preset name and a symbol replace the preset values', () => {
  it.each([
    ['turtle on btc 55/20 since 2018, shorts ok, need calmar > 1.5', 'donchian_breakout', { period: 55, exit_period: 20 }],
    ['turtle on eth 40 15, 2021', 'donchian_breakout', { period: 40, exit_period: 15 }],
    ['golden cross on btc 20/50 2021', 'sma_crossover', { short: 20, long: 50 }],
  ])('"%s"', (text, name, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params }]);
  });
});

describe('a foreign "and" joins two numbers of one setting', () => {
  it.each([
    ['Hola, quiero probar el cruce de medias 50 y 200 en el bitcoin, desde 2018 hasta 2022', { short: 50, long: 200 }],
    ['cruce de medias 10 y 30 en eth 2021', { short: 10, long: 30 }],
    ['sma 20 und 50 auf btc 2021', { short: 20, long: 50 }],
    ['media mobile 20 e 50 su eth 2022', { short: 20, long: 50 }],
    ['moyennes mobiles 20 et 50 sur btc 2022', { short: 20, long: 50 }],
    ['sma 12 og 26 btc 2021', { short: 12, long: 26 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'sma_crossover', params }]);
  });
});

describe('must not change', () => {
  it.each([
    ['turtle 55/20 on btc 2021', { period: 55, exit_period: 20 }],
    ['donchian on btc 55 20 2021', { period: 55, exit_period: 20 }],
    ['channel breakout on btc 55/20 2020', { period: 55, exit_period: 20 }],
    ['turtle on btc 2021', { period: 20, exit_period: 10 }],
    ['turtle system on btc 20/10 2021', { period: 20, exit_period: 10 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'donchian_breakout', params }]);
  });
  it('English "at" between a window and a level joins nothing', () => {
    expect(userStrategiesOf('rsi 14 at 30 on btc 2022')).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30 } }]);
  });
});
