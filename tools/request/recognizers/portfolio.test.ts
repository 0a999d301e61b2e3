import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY as TODAY, specOf } from '../test_support/spec_of.js';

function errorCode(text: string): string | undefined {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? undefined : outcome.error.code;
}

describe('symbols hyphenated after a split are the split\'s list', () => {
  it('"no crazy swings pls: vol under 50% for a 60-40 ETH-BTC book running ema 20/100, since 2020"', () => {
    const spec = specOf('no crazy swings pls: vol under 50% for a 60-40 ETH-BTC book running ema 20/100, since 2020');
    expect(spec.symbols).toEqual(['ETH', 'BTC']);
    expect(spec.portfolio?.weights).toEqual({ ETH: 0.6, BTC: 0.4 });
    expect(spec.strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 20, long: 100 } });
    // "book" is read with the split, not left as an ignored word.
    expect(spec.notes?.join(' ') ?? '').not.toContain("'book'");
  });

  it.each([
    ['a 70-30 QQQ-GLD portfolio since 2018', { QQQ: 0.7, GLD: 0.3 }],
    ['50/50 SPY-GLD mix, rebalance monthly', { SPY: 0.5, GLD: 0.5 }],
    ['sma 20/50 on a 60/40 BTC-ETH book', { BTC: 0.6, ETH: 0.4 }],
  ])('"%s"', (text, weights) => {
    expect(specOf(text).portfolio?.weights).toEqual(weights);
  });

  it('must not change: a quote currency after the hyphen is one symbol\'s pair ("BTC-USD")', () => {
    expect(specOf('60/40 BTC-USD ETH-USD').portfolio?.weights).toEqual({ BTC: 0.6, ETH: 0.4 });
    expect(specOf('a 70/30 BTC-USD/ETH-USD book').portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
  });
});

describe('cashtags name the holdings of per-symbol weights', () => {
  it('"$BTC 150% / $ETH -50% portfolio, ema 9/21 since 2022" is a short leg and leverage, refused', () => {
    expect(errorCode('$BTC 150% / $ETH -50% portfolio, ema 9/21 since 2022')).toBe('bad_weights');
  });

  it.each([
    ['$BTC 120%, $ETH -20%, macd', 'bad_weights'],
    ['long $SPY 130% short $QQQ 30%', 'bad_weights'],
  ])('"%s" is refused', (text, code) => {
    expect(errorCode(text)).toBe(code);
  });

  it.each([
    ['$BTC 80% $ETH 20%, sma 20/50', { BTC: 0.8, ETH: 0.2 }],
    ['$SOL 50% $ETH 50%', { SOL: 0.5, ETH: 0.5 }],
    ['BTC 80% ETH 20%', { BTC: 0.8, ETH: 0.2 }],
  ])('"%s" weights its holdings', (text, weights) => {
    expect(specOf(text).portfolio?.weights).toEqual(weights);
  });

  it('must not change: "$5k on $BTC" is the capital and one symbol', () => {
    const spec = specOf('$5k on $BTC, sma 20/50');
    expect(spec.initial_capital).toBe(5000);
    expect(spec.symbols).toEqual(['BTC']);
    expect(spec.portfolio).toBeNull();
  });
});
