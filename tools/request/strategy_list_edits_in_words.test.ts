import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, userStrategiesOf } from './test_support/spec_of.js';

/** "lose the bollinger one", "put buy and hold next to it": casual words for dropping or adding a strategy. */
const three = ['compare macd, ema 12/26 and bollinger on eth in 2023'];
const names = (text: string, history: string[]) => userStrategiesOf(text, history).map((strategy) => strategy.name);

describe('casual verbs of dropping', () => {
  it.each([
    ['lose the bollinger one', ['macd', 'ema_crossover']],
    ['drop the bollinger', ['macd', 'ema_crossover']],
    ['get rid of macd', ['ema_crossover', 'bollinger_bands']],
    ['ditch the ema one', ['macd', 'bollinger_bands']],
    ['scrap macd', ['ema_crossover', 'bollinger_bands']],
  ])('"%s"', (text, expected) => {
    expect(names(text, three)).toEqual(expected);
  });
  it('the ema keeps its numbers', () => {
    expect(userStrategiesOf('lose the bollinger one', three)[1]).toEqual({ name: 'ema_crossover', params: { short: 12, long: 26 } });
  });
});

describe('a strategy put beside the others', () => {
  it.each([
    'also put plain buy and hold next to it as a second strategy',
    'put buy and hold alongside it',
    'run buy and hold next to it',
  ])('"%s"', (text) => {
    expect(names(text, ['rsi on spy 2000-2010'])).toEqual(['rsi_mean_reversion', 'buy_and_hold']);
  });
  it('"macd as a second strategy"', () => {
    expect(names('macd as a second strategy', ['rsi on spy 2000-2010'])).toEqual(['rsi_mean_reversion', 'macd']);
  });
});

describe('must not change', () => {
  it('"can\'t afford to lose more than 20%" is a drawdown limit', () => {
    const outcome = parseRequest("sma on btc 2022, I can't afford to lose more than 20%", { today: PHRASE_TEST_TODAY });
    expect(outcome.ok && outcome.spec.targets.max_drawdown).toEqual({ operator: '>=', value: -0.2 });
  });
  it('"compared with just holding it" leaves holding as the benchmark', () => {
    expect(names('rsi on spy 2000-2010 compared with just holding it', [])).toEqual(['rsi_mean_reversion']);
  });
});

describe('must not change: "lose" in a story', () => {
  it('"watch me lose $3k on LUNA" drops nothing', () => {
    const outcome = parseRequest("My partner, who's been skeptical ever since she watched me lose $3k on LUNA in 2022, asked what happens if we do the exact same thing on ether instead. Just swap the coin.", { today: PHRASE_TEST_TODAY, history: ['run sma 20/50 on btc for 2023'] });
    expect(outcome.ok && outcome.spec.symbols).toEqual(['ETH']);
  });
});

describe('"compare with just holding it": the verb leading straight into holding makes it the baseline', () => {
  it.each([
    'ada ema cross 2019-2022 and compare with just holding it',
    'rsi on btc 2020, then compare against just holding',
    'macd on spy 2015-2020 and compare to holding it',
    'bollinger on gld 2012-2016 and compare with simply keeping it',
    'sma on eth 2021 then compare versus simply holding',
  ])('"%s"', (text) => {
    expect(names(text, [])).not.toContain('buy_and_hold');
  });
  it('must not change: a comparison naming both sides, a follow-up adding holding, and buy and hold by name list holding', () => {
    expect(names('I want to try an EMA 12/26 on ETH for 2024 and compare it to just holding.', [])).toContain('buy_and_hold');
    expect(names('now compare with just holding', ['rsi on spy 2000-2010'])).toContain('buy_and_hold');
    expect(names('compare buying when the 20 day average crosses above the 50 day against just holding it. AAPL, 2016-2019', [])).toContain('buy_and_hold');
    expect(names('ada ema cross 2019-2022 vs buy and hold', [])).toContain('buy_and_hold');
  });
});
