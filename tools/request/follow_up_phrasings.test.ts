import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';


describe('a follow-up keeps the numbers it does not change', () => {
  const bands = ['rsi on ETH for 2022', 'use 20 and 80 as the bands instead'];

  it.each(['now a 7-day RSI with those same bands', 'rsi 7 with the same thresholds', 'try rsi 7, keeping the same levels'])('"%s" keeps the 20/80 bands beside the new period', (text) => {
    expect(userStrategiesOf(text, bands)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 7, lower: 20, upper: 80 } }]);
  });

  it('without "same", a strategy written with some numbers starts from its defaults for the rest', () => {
    expect(userStrategiesOf('now a 7-day RSI', bands)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 7 } }]);
  });

  it('"the same bands" never overrides a number the message writes', () => {
    expect(userStrategiesOf('rsi 7 25/75 with the same bands', bands)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 7, lower: 25, upper: 75 } }]);
  });

  it('"the 9-day ema goes above the 21-day": the other window of the rule, its noun left out, is the long one and stays through the follow-ups', () => {
    const rule = 'buy BTC when the 9-day ema goes above the 21-day, sell when it drops back under. 2024';
    expect(userStrategiesOf(rule)).toEqual([{ name: 'ema_crossover', params: { short: 9, long: 21 } }]);
    expect(userStrategiesOf('swap it to ETH', [rule, 'ok now on hourly bars'])).toEqual([{ name: 'ema_crossover', params: { short: 9, long: 21 } }]);
  });

  it('"macd goes above 0" names no second window: only the crossovers read the number after the crossing', () => {
    expect(userStrategiesOf('macd goes above 0 on BTC 2022').every((strategy) => strategy.params?.slow === undefined)).toBe(true);
  });

  it('"10 n 40": chat\'s "n" is "and", so the pair is the crossover\'s windows', () => {
    expect(userStrategiesOf('make it 10 n 40', ['sma crossover on btc 2020-2023'])).toEqual([{ name: 'sma_crossover', params: { short: 10, long: 40 } }]);
  });
});

describe('follow-ups said in other words', () => {
  it.each([
    ['now run that on QQQ instead, and charge 5 bps a trade in fees', 5],
    ['charge 5 bps', 5],
    ['and assume 1.5% fees per trade, my broker is pricey', 150],
    ['pay 0.1% per side', 10],
  ])('"%s" sets the fees (%d bps)', (text, bps) => {
    expect(specOf(text, ['rsi 14 30 70 on SPY 2000-2010']).fees_bps).toBe(bps);
  });

  it('"charge 5 bps slippage": the noun after the amount says which cost it is', () => {
    const spec = specOf('charge 5 bps slippage', ['rsi on SPY 2010']);
    expect(spec.slippage_bps).toBe(5);
    expect(spec.fees_bps).toBe(10);
  });

  it.each(['rank the two that are left by calmar', 'sort the remaining ones on calmar', 'rank them by calmar'])('"%s" ranks by Calmar and keeps the strategies', (text) => {
    const history = ['compare bollinger bands and rsi on SOL over the past year', 'throw macd in there too', 'drop the bollinger one'];
    const spec = specOf(text, history);
    expect(spec.rank_by).toBe('calmar_ratio');
    expect(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion', 'macd']);
  });

  it.each(['what if I used 9 and 21?', 'if we tried 9 and 21', 'what if you use 9 and 21'])('"%s" gives the crossover in play new windows', (text) => {
    expect(userStrategiesOf(text, ['ema crossover on bitcoin, 2023'])).toEqual([{ name: 'ema_crossover', params: { short: 9, long: 21 } }]);
  });

  it('"find me the entry length that does that" searches the entry length for the target', () => {
    const spec = specOf('actually the drawdown has to stay under a fifth. find me the entry length that does that', ['channel breakout on GLD, 2010 to 2020']);
    expect(spec.optimization_required).toBe(true);
    expect(spec.targets).toEqual({ max_drawdown: { operator: '>=', value: -0.2 } });
    // A value written for the parameter is a setting, not a search.
    expect(specOf('make the entry length 30', ['channel breakout on GLD, 2010 to 2020']).optimization_required).toBe(false);
  });

  it('"50k startng cap": "starting" misspelled and "cap" for capital after it; a volatility cap stays a cap', () => {
    expect(specOf('n make it 50k startng cap thx', ['ema cross 9/21 on aapl since 2018']).initial_capital).toBe(50_000);
    expect(specOf('50k initial cap', ['ema cross 9/21 on aapl since 2018']).initial_capital).toBe(50_000);
  });

  it('"allow shortng too" allows shorting; "shorten it by 6 months" still moves the end', () => {
    expect(specOf('allow shortng too', ['golden cross spy 2000-2020']).allow_short).toBe(true);
    expect(specOf('shorten it by 6 months', ['RSI on ETH 2021-2023']).date_range).toEqual({ start: '2021-01-01', end: '2023-06-30' });
  });

  it.each(['push the slow line out to 30', 'bring the slow line up to 30', 'slow line to 30'])('"%s" sets the MACD\'s slow window', (text) => {
    expect(userStrategiesOf(text, ['macd on BTC from 2020 to 2023'])).toEqual([{ name: 'macd', params: { slow: 30 } }]);
  });

  it('"add ETH, split 50/50": "split" says the numbers are weights, not the breakout\'s windows', () => {
    const spec = specOf('add ETH, split 50/50', ['turtle breakout on BTC 2020-2023']);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
    expect(userStrategiesOf('add ETH, split 50/50', ['turtle breakout on BTC 2020-2023'])).toEqual([{ name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }]);
    // Without "split", a bare pair is the strategy's numbers when no portfolio is in play.
    expect(userStrategiesOf('now 30/15', ['turtle breakout on BTC 2020-2023'])).toEqual([{ name: 'donchian_breakout', params: { period: 30, exit_period: 15 } }]);
  });

  it('"end it dec 31 2024" moves the end only', () => {
    expect(specOf('end it dec 31 2024', ['sma on btc from 2020']).date_range).toEqual({ start: '2020-01-01', end: '2024-12-31' });
  });

  it('a message with nothing readable is still refused', () => {
    const outcome = parseRequest('what if banana smoothie', { today: '2026-01-10', history: ['ema crossover on bitcoin, 2023'] });
    expect(outcome.ok).toBe(false);
  });
});

describe('bare numbers after a change word are the running strategy\'s', () => {
  const sma = ['sma 20/50 on eth since june 2025'];

  it.each([
    'use 15/45 instead', 'use 15/45', 'using 15/45', 'let\'s use 15/45', 'lets use 15/45', '15/45 instead', 'instead 15/45',
    'what if we used 15/45', 'use 15/45 please', 'make it 15/45', 'try 15/45', 'how about 15 and 45',
  ])('"%s" fills the crossover\'s windows in order (before, slashed after "use": ignored or refused)', (text) => {
    expect(userStrategiesOf(text, sma)).toEqual([{ name: 'sma_crossover', params: { short: 15, long: 45 } }]);
  });

  it.each(['use 25/75 instead', 'how about 25 and 75', 'use 25/75'])('"%s" after an RSI with its period are its bands', (text) => {
    expect(userStrategiesOf(text, ['rsi 14 30/70 on eth since june 2025'])).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14, lower: 25, upper: 75 } }]);
  });

  it('with a portfolio in the conversation, "use 70/30" is still its weights', () => {
    const spec = specOf('use 70/30', ['btc and eth 60/40 with sma 20/50 since june 2025']);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
    expect(spec.strategies.find((strategy) => !strategy.baseline)?.params).toEqual({ short: 20, long: 50 });
  });

  it('with two strategies, "use 15/45" goes to the latest, as "make it 15/45" does', () => {
    const two = ['sma 20/50 and ema 10/30 on eth since june 2025'];
    expect(userStrategiesOf('use 15/45', two)).toEqual(userStrategiesOf('make it 15/45', two));
  });

  it('"use 2022" is still a date and a bare "15/45" still refused', () => {
    expect(specOf('use 2022', sma).date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(userStrategiesOf('use 2022', sma)).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
    expect(parseRequest('15/45', { today: '2026-01-10', history: sma }).ok).toBe(false);
  });
});
