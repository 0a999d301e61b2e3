import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * A target asks for a search for settings that meet it, unless the user turns the search down: a
 * negated tuning verb ("no tuning", "don't tweak anything", "no parameter search") or the settings
 * kept as given ("just run it", "just the defaults", "as is", "leave the settings alone").
 */
describe('a refusal to tune wins over a target', () => {
  it.each([
    // before: optimised, as every target did
    ["I'd like to know whether msft momentum with a 120-day lookback managed a cagr above 15% from 2010 to 2020 — no tuning please, just the one run.", { cagr: { operator: '>', value: 0.15 } }],
    ['sol macd 2023 sharpe above 1.5 and dd better than -40%... dont optimise anything just run it', { sharpe_ratio: { operator: '>', value: 1.5 }, max_drawdown: { operator: '>=', value: -0.4 } }],
    ["don't optimise anything, just the defaults: macd on LTC during Q3 2022, and I'd like to see at least 5 trades", { num_trades: { operator: '>=', value: 5 } }],
    ['rsi on eth 2021 sortino above 1, leave the settings alone', { sortino_ratio: { operator: '>', value: 1 } }],
    ['bollinger on spy 2019 win rate over 55% — run it as is', { win_rate: { operator: '>', value: 0.55 } }],
    ["macd on btc 2022 sharpe over 1, don't tweak anything", { sharpe_ratio: { operator: '>', value: 1 } }],
    ['ema on sol 2023, calmar above 1, no parameter search please', { calmar_ratio: { operator: '>', value: 1 } }],
  ])('"%s" keeps its targets and runs once', (text, targets) => {
    const spec = specOf(text);
    expect([spec.targets, spec.optimization_required]).toEqual([targets, false]);
  });

  it('must not change: a target alone, a turned-down refusal, or "just run it on …" still searches', () => {
    expect(specOf('sma on btc 2022, sharpe above 1').optimization_required).toBe(true);
    expect(specOf("sma on btc 2022 with sharpe above 1, optimise it, don't just run the defaults").optimization_required).toBe(true);
    expect(specOf('just run it on eth with sma 2022 and sharpe above 1').optimization_required).toBe(true);
  });
});
