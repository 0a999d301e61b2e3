import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf, specsAfterTurnsOn, userStrategiesOf } from './test_support/spec_of.js';

/**
 * Requests dictated by voice: letters said one by one ("p d f", "c a g r"), names split into pieces
 * ("light coin", "so lana", "don chian break out"), homophones ("by and hold"), numbers in words, and
 * a coin named by its other name in a question on how it did ("what would ripple have done").
 */
const specAfter = specsAfterTurnsOn('2025-11-20');

describe('voice-dictated requests, as heard', () => {
  it('"by and hold the q q q from two thousand and ten … and also see the r s i one with period fourteen": both strategies', () => {
    const spec = specAfter(['okay so i want to by and hold the q q q from two thousand and ten until now and also see the r s i one with period fourteen']);
    expect(spec.symbols).toEqual(['QQQ']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name).sort()).toEqual(['buy_and_hold', 'rsi_mean_reversion']);
    expect(spec.strategies.find((strategy) => strategy.name === 'rsi_mean_reversion')?.params).toEqual({ period: 14 });
    expect(spec.date_range).toEqual({ start: '2010-01-01', end: '2025-11-20' });
    expect(spec.notes).toContain("read 'by' as 'buy'");
  });

  it('"the don chian break out on light coin twenty day entry ten day exit": Donchian on LTC, and the readings are noted', () => {
    const spec = specAfter(['can you check the don chian break out on light coin twenty day entry ten day exit for the past two years and make the fees ten basis points']);
    expect(spec.symbols).toEqual(['LTC']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }]);
    expect(spec.date_range).toEqual({ start: '2023-11-20', end: '2025-11-20' });
    expect(spec.fees_bps).toBe(10);
    expect(spec.notes).toEqual(expect.arrayContaining(["read 'don chian' as 'donchian'", "read 'light coin' as 'litecoin'"]));
  });

  it('"the e m a cross over on so lana since twenty twenty one" with a sharp ratio and a draw down: SOL with both targets', () => {
    const spec = specAfter(["i'd like a sharp ratio above one point five and a draw down no worse than thirty percent using the e m a cross over on so lana since twenty twenty one"]);
    expect(spec.symbols).toEqual(['SOL']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'ema_crossover' }]);
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2025-11-20' });
    expect(spec.targets).toEqual({ sharpe_ratio: { operator: '>', value: 1.5 }, max_drawdown: { operator: '>=', value: -0.3 } });
  });

  it.each([
    ['golden cross on bitcoin and ether from twenty eighteen to twenty twenty four and right it up as a p d f', ['pdf']],
    ['sma 50 200 on spy 2020 and send an h t m l report please', ['html']],
    ['rsi on eth in 2022, save the chart as a s v g', ['svg']],
  ])('"%s": a format spelled letter by letter is that output', (text, outputs) => {
    expect(specAfter([text]).outputs).toEqual(outputs);
  });

  it('a follow-up: "and the standard deviation two point five and send me a p n g chart"', () => {
    const spec = specAfter(['test bollinger bands on the nasdaq from twenty twenty to twenty twenty three', 'make the period thirty',
      'and the standard deviation two point five and send me a p n g chart']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'bollinger_bands', params: { period: 30, std_dev: 2.5 } }]);
    expect(spec.outputs).toEqual(['png']);
  });

  it('"c a g r above ten percent": the growth rate spelled out is a target', () => {
    expect(specOf('sma 50 200 on spy 2020 with c a g r above ten percent').targets).toEqual({ cagr: { operator: '>', value: 0.1 } });
  });

  it.each([
    ['by and hold bit coin since twenty twenty', 'BTC', 'buy_and_hold'],
    ['bye n hold lite coin in 2022', 'LTC', 'buy_and_hold'],
    ['by-and-hold the nas daq for 2021', 'QQQ', 'buy_and_hold'],
    ['go by and hold spy in 2020', 'SPY', 'buy_and_hold'],
    ['mac d on dodge coin in 2022', 'DOGE', 'macd'],
    ['rsi on polka dot in 2023', 'DOT', 'rsi_mean_reversion'],
    ['turtle break out on micro soft for 2021', 'MSFT', 'donchian_breakout'],
  ])('"%s" → %s, %s', (text, symbol, name) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual([symbol]);
    expect(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name)).toEqual([name]);
  });

  it('"what would ripple have done with the r s i thirty seventy strategy …": XRP, levels 30/70, a thousand dollars', () => {
    const spec = specAfter(['what would ripple have done with the r s i thirty seventy strategy over the last twelve months if i started with a thousand dollars']);
    expect(spec.symbols).toEqual(['XRP']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'rsi_mean_reversion', params: { lower: 30, upper: 70 } }]);
    expect(spec.date_range).toEqual({ start: '2024-11-20', end: '2025-11-20' });
    expect(spec.initial_capital).toBe(1000);
  });

  it.each([
    ['how did ripple do with the macd in 2022', 'XRP'],
    ['how would polygon have fared with bollinger bands in 2023', 'MATIC'],
    ['how has gold performed under the golden cross since 2015', 'GLD'],
    ['would link have done better with the rsi in 2022', 'LINK'],
  ])('"%s": the subject of a question on how it did is the instrument (%s)', (text, symbol) => {
    expect(specOf(text).symbols).toEqual([symbol]);
  });
});

describe('must not change: ordinary words beside the dictated pieces', () => {
  it.each([
    // A phrasal "stand by", a verb "break out", "by and large", "so," before a name: no join, no homophone.
    ['stand by and hold on, rsi on eth 2022', 'rsi_mean_reversion'],
    ['break out the results by year for rsi on eth 2022', 'rsi_mean_reversion'],
    ['by and large the rsi on eth in 2022 looks fine', 'rsi_mean_reversion'],
  ])('"%s" names only %s', (text, name) => {
    expect(userStrategiesOf(text).map((strategy) => strategy.name)).toEqual([name]);
  });

  it.each([
    ['so, lana wants rsi on eth 2022', ['ETH']],
    ['keep it light, coin flip odds are fine: rsi on eth 2022', ['ETH']],
    ['would a ripple have done anything to spy with the macd in 2022', ['SPY']],
  ])('"%s" names only %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });

  it('"what would ada have done": a person\'s name there asks about someone, not the coin', () => {
    const outcome = parseRequest('what would ada have done with the rsi in 2022', { today: '2026-01-10' });
    expect(outcome.ok ? outcome.spec.symbols : []).not.toContain('ADA');
  });

  it.each([
    // Single letters in ordinary text spell nothing; a typed format keeps its reading.
    ['sma on eth 2022, i a m not sure', undefined],
    ['sma 10 40 on spy 2021 and a pdf', ['pdf']],
  ])('"%s" has outputs %j', (text, outputs) => {
    expect(specOf(text).outputs).toEqual(outputs);
  });
});
