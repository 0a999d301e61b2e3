import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';


describe('"50 for the short and 20 for the long": a value given to the name after "for"', () => {
  it('a crossover flipped this way is kept as written, never reordered, so validation refuses it (bad_parameters)', () => {
    expect(userStrategiesOf('now flip it, 50 for the short and 20 for the long', ['ema cross on eth 2023', 'try 20/50'])).toEqual([{ name: 'ema_crossover', params: { short: 50, long: 20 } }]);
  });

  it.each([
    ['10 for the short and 40 for the long', { short: 10, long: 40 }],
    ['15 for short, 45 for long', { short: 15, long: 45 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text, ['sma 20/50 on BTC 2022'])).toEqual([{ name: 'sma_crossover', params }]);
  });

  it('"30 for the entry, 15 for the exit" hands out a breakout\'s channels', () => {
    expect(userStrategiesOf('30 for the entry, 15 for the exit', ['donchian on eth 2022'])).toEqual([{ name: 'donchian_breakout', params: { period: 30, exit_period: 15 } }]);
  });

  it('must not change: one value alone ("1.5 for the std") is read only after a verb of choosing', () => {
    expect(userStrategiesOf('Bollinger on XRP in 2021, 1.5 for the std')).toEqual([{ name: 'bollinger_bands' }]);
    expect(userStrategiesOf('Bollinger on XRP in 2021, use 1.5 for the std')).toEqual([{ name: 'bollinger_bands', params: { std_dev: 1.5 } }]);
  });
});

describe('"actually 50/30/30": a split opening a correction takes back the weights before it', () => {
  const history = ['equal weight btc eth sol buy and hold for 2024', 'make it 50/30/20'];

  it.each(['actually 50/30/30', 'sorry, 50/30/30'])('"%s" is kept as written (110 %%), so validation refuses it (bad_weights)', (text) => {
    expect(specOf(text, history).portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.3, SOL: 0.3 });
  });

  it('"actually 60/30/10" re-weights', () => {
    expect(specOf('actually 60/30/10', history).portfolio?.weights).toEqual({ BTC: 0.6, ETH: 0.3, SOL: 0.1 });
  });

  it('without a portfolio, "actually 10/30" is the strategy\'s numbers', () => {
    expect(userStrategiesOf('actually 10/30', ['sma 20/50 on btc 2022'])).toEqual([{ name: 'sma_crossover', params: { short: 10, long: 30 } }]);
  });
});

describe('"just run 12/26": these numbers and no search', () => {
  const history = ['optimise ema crossover on BTC for 2024, target sharpe above 1', '4h candles'];

  it('"forget the target, just run 12/26" clears the targets, stops optimising and keeps the interval', () => {
    const spec = specOf('forget the target, just run 12/26', history);
    expect(spec.targets).toEqual({});
    expect(spec.optimization_required).toBe(false);
    expect(spec.interval).toBe('4h');
    expect(userStrategiesOf('forget the target, just run 12/26', history)).toEqual([{ name: 'ema_crossover', params: { short: 12, long: 26 } }]);
  });

  it('"only use 9/21" also stops the search', () => {
    expect(specOf('only use 9/21', ['optimise ema crossover on BTC for 2024']).optimization_required).toBe(false);
  });

  it('must not change: "use 9/21" alone keeps the search the conversation asked for', () => {
    expect(specOf('use 9/21', ['optimise ema crossover on BTC for 2024']).optimization_required).toBe(true);
  });
});

describe('"X + Y": each holding may carry its asset noun', () => {
  it.each([
    '50/50 Nasdaq-100 ETF + S&P fund, just buy and hold, 2000 thru 2010',
    '50/50 the Nasdaq-100 ETF and the S&P fund, buy and hold, 2000 thru 2010',
  ])('"%s"', (text) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual(['QQQ', 'SPY']);
    expect(spec.portfolio?.weights).toEqual({ QQQ: 0.5, SPY: 0.5 });
  });
});

describe('shorting said with "it" as what goes short', () => {
  it.each([
    ['tighten the bands to 25/75 and let it short', ['rsi mean reversion on ETH since 2022', 'use 14 period, 30/70']],
    ['hmm, can I also short it when it crosses down?', ['golden cross on gold since 2005']],
    ['let it go short too', ['sma 20/50 on BTC 2022']],
    ['short it on the sell signal as well', ['sma 20/50 on BTC 2022']],
  ])('"%s" allows shorting and keeps the rest', (text, history) => {
    const before = specOf(history[history.length - 1]!, history.slice(0, -1));
    const spec = specOf(text, history);
    expect(spec.allow_short).toBe(true);
    expect(spec.symbols).toEqual(before.symbols);
    expect(spec.date_range).toEqual(before.date_range);
  });

  it('the bands follow-up sets both levels beside the period', () => {
    expect(userStrategiesOf('tighten the bands to 25/75 and let it short', ['rsi mean reversion on ETH since 2022', 'use 14 period, 30/70']))
      .toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 25, upper: 75 } }]);
  });

  it('must not change: "don\'t short it" forbids shorting', () => {
    expect(specOf("don't short it", ['sma 20/50 on BTC 2022']).allow_short).toBe(false);
  });
});

describe('"a pdf instead": an output that takes the place of the others', () => {
  const history = ['donchian breakout BTC daily 2020-2023', 'output html'];

  it.each(['swap to the 55/20 turtle settings and give me a pdf instead', 'pdf instead', 'just a png'])('"%s" replaces the html report', (text) => {
    expect(specOf(text, history).outputs).toHaveLength(1);
  });

  it('the turtle settings are the channels', () => {
    expect(userStrategiesOf('swap to the 55/20 turtle settings and give me a pdf instead', history)).toEqual([{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]);
  });

  it('must not change: "and a pdf" adds one', () => {
    expect(specOf('and a pdf', history).outputs).toEqual(['html', 'pdf']);
  });
});
