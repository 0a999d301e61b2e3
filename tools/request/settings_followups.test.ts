import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('"lookback 200 and put it next to holding spy": the run placed beside holding keeps its strategy', () => {
  const momentum = ['momentum on spy 2000-2010'];
  it.each([
    'lookback 200 days pls and put it next to simply holding spy',
    'lookback 200 and run it alongside just holding',
    'lookback 200 days and compare it to just holding spy',
  ])('"%s"', (text) => {
    const names = specOf(text, momentum).strategies.map((strategy) => strategy.name);
    expect(names).toEqual(['momentum', 'buy_and_hold']);
    expect(specOf(text, momentum).strategies[0]?.params).toEqual({ lookback: 200 });
  });

  it('must not change: "put buy and hold next to it" adds holding', () => {
    expect(specOf('put buy and hold next to it', momentum).strategies.map((strategy) => strategy.name)).toEqual(['momentum', 'buy_and_hold']);
  });
});

describe('"put the deviation in 3", "the capital initial of 5 thousand": settings in Romance word order', () => {
  const bands = ['Hi, I want test the bollinger bands in Cardano for the year of 2021 please'];
  it.each([
    ['Obrigado! Now can you put the deviation in 3 and the capital initial of 5 thousand dollars?', 3, 5000],
    ['put the deviation in 3', 3, 10000],
    ['set the std in 2.5 and the capital inicial of 20000', 2.5, 20000],
  ])('"%s"', (text, stdDev, capital) => {
    const spec = specOf(text, bands);
    expect(spec.strategies[0]?.params?.std_dev).toBe(stdDev);
    expect(spec.initial_capital).toBe(capital);
  });

  it('must not change: "in" after a name elsewhere is a preposition', () => {
    expect(specOf('check the period in 2022', bands).date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });
});

describe('"the win rate\'s at least 55%": "\'s" after a metric is "is"', () => {
  const rsi = ['rsi on doge 2021 to 2024'];
  it.each([
    ["can u tune it so the win rate's at least 55%", 'win_rate', '>=', 0.55],
    ["optimise so the drawdown's under 20%", 'max_drawdown', '>=', -0.2],
    ["tune it till sharpe's above 1.5", 'sharpe_ratio', '>', 1.5],
  ])('"%s"', (text, metric, operator, value) => {
    const spec = specOf(text, rsi);
    expect(spec.targets?.[metric as 'win_rate']).toEqual({ operator, value });
    expect(spec.optimization_required).toBe(true);
  });

  it('must not change: "last year\'s data" stays a period', () => {
    expect(specOf("rsi on doge, last year's data").date_range?.start).toBe('2025-01-01');
  });
});

describe('"pwede din po lagyan ng fee 0.1%": a follow-up asking only for costs sets them among foreign words', () => {
  const golden = ['Golden cross on SPY since 2005 please'];
  it.each([
    ['pwede din po lagyan ng fee 0.1% and slippage 0.05%? salamat po', 10, 5],
    ['bitte noch Gebühren 0,1% und slippage 5 bps dazu, danke schön', 10, 5],
    ['kaya mo ba lagyan ng fee 0.2% salamat', 20, undefined],
  ])('"%s"', (text, fees, slippage) => {
    const spec = specOf(text, golden);
    expect(spec.fees_bps).toBe(fees);
    expect(spec.slippage_bps).toBe(slippage);
    expect(spec.strategies[0]?.name).toBe('sma_crossover');
  });

  it('must not change: a first message of costs among unknown words is still not understood', () => {
    const outcome = parseRequest('pwede din po lagyan ng fee 0.1% and slippage 0.05%? salamat po', { today: '2026-01-10', history: [] });
    expect(outcome.ok).toBe(false);
  });
});

describe('"put the std where it was before": a strategy number named by its own name goes back', () => {
  const widened = ['bollinger 20 2 on ada since 2021', 'make the std 3'];
  it.each([
    'hmm nope, put the std where it was before',
    'revert the std',
    'set the deviation back to how it was',
    'put the std the way it was',
  ])('"%s"', (text) => {
    expect(userStrategiesOf(text, widened)).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]);
  });

  it.each([
    ['reset std to 2.5', 2.5],
    ['put the std to 2.5', 2.5],
  ])('must not change: a value named is a setting: "%s"', (text, stdDev) => {
    expect(userStrategiesOf(text, widened)[0]?.params?.std_dev).toBe(stdDev);
  });

  it('must not change: "put the fees where they were" takes the fees back', () => {
    expect(specOf('put the fees where they were', ['sma 20/50 on ada since 2021', 'fees 30 bps']).fees_bps).toBe(10);
  });
});
