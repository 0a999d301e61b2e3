import { describe, expect, it } from 'vitest';
import { correctLeads } from './misspelled_leads.js';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';
import { tokenize } from './tokenizer.js';

/**
 * Misreads found by reading the last stop's rules a second time: each new rule also matched words that
 * mean something else. Every case here used to run a strategy, weight or revert nobody asked for.
 */
const names = (text: string, history: string[] = []) => userStrategiesOf(text, history).map((strategy) => strategy.name);

describe('"the two lines cross" is a crossover only when no strategy is named', () => {
  it('beside MACD it is MACD\'s own signal: no SMA crossover is added', () => {
    expect(names('macd 12/26/9 on btc 2022, buy when the two lines cross')).toEqual(['macd']);
  });

  it('beside a named crossover it is that crossover\'s rule, never the unknown strategy "lines_cross"', () => {
    expect(userStrategiesOf('sma 20/50 on btc 2022, buy when the two lines cross')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });

  it('alone it is still the crossover (must not change)', () => {
    expect(names('on btc 2022, buy when the two lines cross')).toEqual(['sma_crossover']);
  });
});

describe('the exit leg of a crossover told in words', () => {
  it('an exit on a third average is not swallowed into the pair', () => {
    const spec = specOf('spy 2015-2020: bought when the 50-day rose above the 200-day and sold when it fell under the 100-day');
    expect((spec.notes ?? []).some((note) => note.includes('100'))).toBe(true);
  });

  it('the exit on the same average is part of the crossover (must not change)', () => {
    const spec = specOf('spy 2015-2020: bought when the 50-day rose above the 200-day and sold when it fell back under the 200-day');
    expect((spec.notes ?? []).filter((note) => note.startsWith('ignored'))).toEqual([]);
  });
});

describe('"put" is a purchase only with money after it', () => {
  it('"put the fees at 0.1% and keep it simple" adds no buy and hold run', () => {
    expect(names('put the fees at 0.1% and keep it simple, sma on btc 2022')).toEqual(['sma_crossover']);
  });

  it('"if I put $1,000 into Dogecoin in 2020 and never sold" is still buy and hold (must not change)', () => {
    expect(names('if I put $1,000 into Dogecoin in 2020 and never sold, how much would I have')).toEqual(['buy_and_hold']);
  });
});

describe('a holding set to a number with another unit is no weight', () => {
  const held = ['hold 60% btc and 40% eth from 2024-01-01 to 2025-06-30'];

  it('"set eth to 4h" is not ETH at 4 %', () => {
    expect(specOf('set eth to 4h', held).portfolio?.weights.ETH).not.toBe(0.04);
  });

  it('"set ETH to 15 minute candles" asks for an interval, not ETH at 15 %', () => {
    const spec = specOf('set ETH to 15 minute candles', held);
    expect(spec.interval).toBe('15m');
    expect(spec.portfolio?.weights.ETH).not.toBe(0.15);
  });

  it('"set eth to 30" still sets the weight (must not change)', () => {
    expect(specOf('set eth to 30', held).portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
  });
});

describe('a judgement of other things is no revert', () => {
  it('"the other coins were fine" keeps the symbols the conversation has', () => {
    const spec = specOf('the other coins were fine, drop ADA', ['rsi on btc and eth 2022', 'add sol and ada']);
    expect(spec.symbols).toEqual(['BTC', 'ETH', 'SOL']);
  });

  it('"the old dates were fine" still takes the dates back (must not change)', () => {
    expect(specOf('the old dates were fine', ['rsi on btc 2022', 'make it 2023']).date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });
});

describe('RSI\'s definition in words is the oscillator only with its window or after "compares"', () => {
  it('"show the average gain vs average loss" is a statistic, not an RSI run', () => {
    expect(names('show the average gain vs average loss on btc 2022')).toEqual([]);
  });

  it('"the average gain vs average loss over 14 days" is RSI 14 (must not change)', () => {
    expect(userStrategiesOf('btc 2022: the average gain vs average loss over 14 days, buy under 30')).toEqual([
      { name: 'rsi_mean_reversion', params: { period: 14, lower: 30 } },
    ]);
  });

  it('"0 to 100" alone is no oscillator scale: it is noted as unread', () => {
    expect((specOf('sweep weights from 0 to 100 for btc and eth').notes ?? []).some((note) => note.includes("'100'"))).toBe(true);
  });

  it('"(0 to 100 scale)" beside RSI is read and changes nothing (must not change)', () => {
    const spec = specOf('rsi on btc 2022 (0 to 100 scale)');
    expect(spec.notes ?? []).toEqual([]);
    expect(userStrategiesOf('rsi on btc 2022 (0 to 100 scale)')).toEqual([{ name: 'rsi_mean_reversion' }]);
  });
});

describe('"each half of" halves a period, not the money', () => {
  it('"run BTC and ETH on each half of 2023" is no 50/50 portfolio', () => {
    expect(specOf('run BTC and ETH on each half of 2023 with rsi').portfolio).toBeNull();
  });

  it('"each half" of the money is still 50/50 (must not change)', () => {
    expect(specOf('btc and eth each half, hold them, 2023').portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
  });
});

describe('an oversold level with its trade after a comma', () => {
  it('", I buy" after the level is that level\'s trade', () => {
    expect(userStrategiesOf('eth 2022, when oversold under 25, I buy')).toEqual([{ name: 'rsi_mean_reversion', params: { lower: 25 } }]);
  });

  it('", sell when overbought" after it begins the other half, and both levels are read', () => {
    expect(userStrategiesOf('I buy eth 2022 when oversold under 30, sell when overbought above 75')).toEqual([
      { name: 'rsi_mean_reversion', params: { lower: 30, upper: 75 } },
    ]);
  });
});

describe('words one letter from a lead or a grammar word that mean something else', () => {
  it('"ran by" is not "rank by"', () => {
    expect(correctLeads(tokenize('the one I ran by sortino')).tokens.map((token) => token.norm)).toContain('ran');
    expect(correctLeads(tokenize('rnak by sortino')).tokens.map((token) => token.norm)).toContain('rank');
  });

  it('"allotted" and "opposing" stay themselves', () => {
    const spec = specOf('sma on btc 2022 with the allotted money, the opposing view');
    expect((spec.notes ?? []).some((note) => note.includes("as 'allowed'") || note.includes("as 'opposite'"))).toBe(false);
  });
});

describe('a second read of this stop\'s own rules', () => {
  const fourWay = ['backtest btc 40%, eth 30%, sol 20%, doge 10% since 2022'];
  const code = (text: string, history: string[]) => {
    const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history });
    return outcome.ok ? 'ok' : outcome.error.code;
  };

  it('"their share" after two holdings dropped gives both weights to the one named', () => {
    expect(specOf('drop doge and sol, btc takes their share', fourWay).portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
  });

  it('a dropped weight handed to two holdings with no split is refused, never a third holding dropped', () => {
    expect(code('drop doge and give its share to btc and eth', fourWay)).toBe('bad_weights');
  });

  it('"ADA was bad, cut it to 5%" is no removal of ADA', () => {
    expect(specOf('ADA was bad, cut it to 5%', ['rsi on btc and eth 2022', 'add sol and ada']).symbols).toContain('ADA');
  });

  it('"put the lookback back" beside a strategy without a lookback takes its numbers back, as it did', () => {
    expect(userStrategiesOf('put the lookback back', ['spy donchian 20/10 since 2020', 'make it 55/20'])).toEqual([
      { name: 'donchian_breakout', params: { period: 20, exit_period: 10 } },
    ]);
  });

  it('"just keep the bands" keeps no numbers of every strategy in silence', () => {
    expect(code('just keep the bands', ['compare bollinger and rsi on spy since 2020'])).toBe('not_understood');
  });

  it('"starting with the 2000 crash" is a year, not a sum told before', () => {
    expect(specOf('I have $2000 saved. test spy sma 50/200 starting with the 2000 crash').date_range?.start).toBe('2000-01-01');
  });

  it('"rebalance … weekly" asks for no weekly bars', () => {
    expect(specOf('rebalance btc 60 eth 40 weekly since 2022').interval).toBeUndefined();
  });

  it('"oct 15 to nov 30" is never read as 2015 to 2030; "jan 31 to feb 30" is an impossible day', () => {
    // The days reach past today, so validation refuses them as future_dates; never a window of fifteen years.
    expect(parseRequest('sma on btc oct 15 to nov 30', { today: '2025-11-20' })).toMatchObject({ ok: true, spec: { date_range: { start: '2025-10-15', end: '2025-11-30' } } });
    expect(code('sma on btc jan 31 to feb 30', [])).toBe('bad_date');
  });

  it('"the earlier numbers were fine too" takes nothing back', () => {
    expect(userStrategiesOf('the earlier numbers were fine too, now try qqq', ['spy sma 20/50 since 2020', 'make it 10/30'])).toEqual([
      { name: 'sma_crossover', params: { short: 10, long: 30 } },
    ]);
  });
});

describe('"the rest to X" after a holding is dropped from whole weights', () => {
  it('"drop sol, the rest to eth" after BTC 50 / ETH 30 / SOL 20 gives SOL\'s 20 % to ETH (it ran BTC alone)', () => {
    const spec = specOf('drop sol, the rest to eth', ['btc 50 eth 30 sol 20, since 2022']);
    expect(spec.symbols).toEqual(['BTC', 'ETH']);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
  });

  it('"and the rest eth" after weights short of 100 % still fills the gap (must not change)', () => {
    const spec = specOf('and the rest eth obviously', ['momentum lookback 60 on BTC, ETH, SOL equal weight, 2022 to 2024', 'take SOL out', 'put 70% in btc']);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
  });
});
