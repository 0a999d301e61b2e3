import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY as TODAY, specOf } from './test_support/spec_of.js';

function errorOf(text: string): { code: string; message: string } | undefined {
  const outcome = parseRequest(text, { today: TODAY, history: [] });
  return outcome.ok ? undefined : { code: outcome.error.code, message: outcome.error.message };
}

describe('weights written with trade verbs ("put", "allocate", "invest", "long", "short")', () => {
  it('refuses a short leg with leverage, saying what was written and what is allowed (before: buy and hold with "20", "put", "120" ignored)', () => {
    const error = errorOf('Short 20% DOGE and put 120% into BTC, hold it for all of 2021');
    expect(error?.code).toBe('bad_weights');
    expect(error?.message).toContain('DOGE -20%, BTC 120%');
    expect(error?.message).toContain('no short legs or leverage');
    expect(error?.message).toContain('from 0 to 100%, all adding up to 100%');
  });

  it('refuses long/short books however the direction is written', () => {
    const books: Array<[string, string]> = [
      ['long 130% BTC short 30% ETH', 'BTC 130%, ETH -30%'],
      ['long BTC 130% short ETH 30%, 2021', 'BTC 130%, ETH -30%'],
      ['invest 50% in gold and short 50% nasdaq', 'GLD 50%, QQQ -50%'],
      ['-20% doge +120% btc', 'DOGE -20%, BTC 120%'],
      ['20% short DOGE and 120% long BTC, 2021', 'DOGE -20%, BTC 120%'],
      ['DOGE 20% short, BTC 120% long, 2021', 'DOGE -20%, BTC 120%'],
      ['go long 60% btc and go short 40% eth since 2022', 'BTC 60%, ETH -40%'],
      // The rest of a short leg is leverage in the other holding.
      ['short 20% DOGE, the rest in BTC, 2021', 'DOGE -20%, BTC 120%'],
    ];
    for (const [text, written] of books) {
      const error = errorOf(text);
      expect(error?.code, text).toBe('bad_weights');
      expect(error?.message, text).toContain(written);
    }
  });

  it('refuses one short or leveraged holding', () => {
    expect(errorOf('short 20% DOGE in 2021')).toMatchObject({ code: 'bad_weights', message: expect.stringContaining('DOGE -20% is a short leg') });
    expect(errorOf('put 120% into BTC for 2021')).toMatchObject({ code: 'bad_weights', message: expect.stringContaining('BTC 120% is leverage') });
  });

  it('reads long weights after a trade verb as the portfolio, the verb no longer left unread', () => {
    const spec = specOf('put 60% in SPY and 40% in QQQ');
    expect(spec.portfolio).toEqual({ weights: { SPY: 0.6, QQQ: 0.4 } });
    // No strategy named: the portfolio holds each symbol, as for weights written without a verb.
    expect(spec.strategies).toEqual([{ name: 'buy_and_hold', baseline: true }]);
    expect(specOf('allocate 70% to btc, 30% to eth in 2022').portfolio).toEqual({ weights: { BTC: 0.7, ETH: 0.3 } });
    expect(specOf('invest 60% in SPY and 40% in GLD, sma crossover, 2015-2020').portfolio).toEqual({ weights: { SPY: 0.6, GLD: 0.4 } });
    expect(specOf('put 50% of my money in BTC and 50% in ETH, 2021').portfolio).toEqual({ weights: { BTC: 0.5, ETH: 0.5 } });
    expect(specOf('long 70% BTC and 30% ETH, 2021').portfolio).toEqual({ weights: { BTC: 0.7, ETH: 0.3 } });
    const outcome = parseRequest('put 60% in SPY and 40% in QQQ', { today: TODAY, history: [] });
    expect(outcome.ok && outcome.notes.join('\n')).not.toContain('ignored');
  });

  it('treats one holding under 100 % like weights short of 100 %: refused unless the rest is cash', () => {
    for (const text of ['put 80% into BTC', 'invest 50% in gold since 2015', 'allocate 80% to ETH, 2021']) {
      const error = errorOf(text);
      expect(error?.code, text).toBe('bad_weights');
      expect(error?.message, text).toContain('the rest in cash');
    }
    expect(specOf('put 80% into BTC, the rest in cash, 2021').portfolio).toEqual({ weights: { BTC: 0.8 } });
    // The phrasing the refusal suggests.
    expect(specOf('80% in BTC, the rest in cash').portfolio).toEqual({ weights: { BTC: 0.8 } });
    // All of the capital in one symbol is that symbol alone.
    const whole = specOf('put 100% into BTC for 2021');
    expect([whole.symbols, whole.portfolio]).toEqual([['BTC'], null]);
  });

  it('reads no holding from a single leg told as a story or advice, but does from the writer\'s own wish', () => {
    const story = specOf('My nephew keeps telling me to put 10% into Bitcoin because it went up 150% in 2024. Could you backtest sma on Bitcoin for 2023?');
    expect([story.symbols, story.portfolio]).toEqual([['BTC'], null]);
    expect(specOf('my brother wants to put 10% into Bitcoin. Backtest sma on btc 2021').portfolio).toBeNull();
    expect(errorOf('I want to put 80% into BTC, 2021')?.code).toBe('bad_weights');
    expect(errorOf("I'd like to short 20% DOGE in 2021")?.code).toBe('bad_weights');
  });

  it('leaves "short" and "long" as strategy settings, shorting and pairs as before', () => {
    expect(specOf('sma short window 20 on btc 2021').strategies[0]).toMatchObject({ name: 'sma_crossover', params: { short: 20 } });
    expect(specOf('sma short 20 long 50 btc 2021').strategies[0]).toMatchObject({ params: { short: 20, long: 50 } });
    const weighted = specOf('50% BTC 50% ETH short 20 long 50 sma 2021');
    expect([weighted.portfolio?.weights, weighted.strategies[0]?.params]).toEqual([{ BTC: 0.5, ETH: 0.5 }, { short: 20, long: 50 }]);
    expect(specOf('BTC 50% ETH 50% short window 20, sma 2021').portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
    expect(specOf('allow shorts sma btc 2021').allow_short).toBe(true);
    expect(errorOf('long btc short eth 2021')?.code).toBe('unsupported_rule');
    // A minus sign on a target or a range is no short leg.
    expect(specOf('max drawdown -20% btc sma 2021').targets).toEqual({ max_drawdown: { operator: '>=', value: -0.2 } });
    expect(specOf('backtest btc from 2020-2021, 50% btc 50% eth').portfolio).toEqual({ weights: { BTC: 0.5, ETH: 0.5 } });
  });
});

describe('a long-short book written as a split', () => {
  it('"Test a 120/-20 BTC/ETH long-short book from 2021 to 2024." is refused, naming the short leg and the leverage (before: a baseline with 120 and 20 ignored)', () => {
    const error = errorOf('Test a 120/-20 BTC/ETH long-short book from 2021 to 2024.');
    expect(error?.code).toBe('bad_weights');
    expect(error?.message).toContain('BTC 120%, ETH -20%');
    expect(error?.message).toContain('a short leg (ETH) and leverage (BTC over 100%)');
  });

  it.each([
    ['130/30 long-short on SPY/QQQ, 2020-2024', 'SPY 130%, QQQ -30%'],
    ['backtest a 130/30 SPY QQQ long/short book since 2015', 'SPY 130%, QQQ -30%'],
    ['150/-50 btc eth in 2023', 'BTC 150%, ETH -50%'],
    ['a 110/-10 portfolio of spy and gld since 2018', 'SPY 110%, GLD -10%'],
  ])('"%s" is refused as %s', (text, written) => {
    expect(errorOf(text)).toMatchObject({ code: 'bad_weights', message: expect.stringContaining(written) });
  });

  it('a strategy\'s numbers beside "long-short" stay the strategy\'s, and allow shorting', () => {
    const spec = specOf('ema crossover 20/50 btc eth long-short 2022');
    expect(spec.strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 20, long: 50 } });
    expect(spec.portfolio).toBeNull();
    expect(spec.allow_short).toBe(true);
  });

  it('an unsigned split without the label stays a long-only portfolio: "60/40 SPY/GLD since 2010"', () => {
    expect(specOf('60/40 SPY/GLD since 2010').portfolio).toEqual({ weights: { SPY: 0.6, GLD: 0.4 } });
  });
});
