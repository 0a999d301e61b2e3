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

describe('"the rest in X" names X as the holding that takes the remainder', () => {
  it('"I\'m retired and I\'d like to put a quarter of my money in gold and the rest in the S&P 500 fund. …"', () => {
    const spec = specOf("I'm retired and I'd like to put a quarter of my money in gold and the rest in the S&P 500 fund. Could you show me how that split would have done since 2010?");
    expect(spec.symbols).toEqual(['GLD', 'SPY']);
    expect(spec.portfolio?.weights).toEqual({ GLD: 0.25, SPY: 0.75 });
  });

  it.each([
    ['a third in gold and the remainder in QQQ', ['GLD', 'QQQ'], [1 / 3, 2 / 3]],
    ['half in BTC, the rest split between ETH and SOL', ['BTC', 'ETH', 'SOL'], [0.5, 0.25, 0.25]],
    ['40% SPY, the balance divided evenly among QQQ and GLD', ['SPY', 'QQQ', 'GLD'], [0.4, 0.3, 0.3]],
    ['put 20% in gold with everything else in the Nasdaq-100 ETF', ['GLD', 'QQQ'], [0.2, 0.8]],
  ])('"%s"', (text, symbols, fractions) => {
    const weights = specOf(text).portfolio?.weights ?? {};
    expect(Object.keys(weights)).toEqual(symbols);
    symbols.forEach((symbol, position) => expect(weights[symbol]).toBeCloseTo(fractions[position]!, 9));
  });

  it('must not change: "the rest in cash" stays cash', () => {
    // The portfolio holds only GLD; the 75% it leaves is cash.
    expect(specOf('25% in GLD, the rest in cash').portfolio?.weights).toEqual({ GLD: 0.25 });
    expect(specOf('a quarter in gold and the rest in cash').portfolio?.weights).toEqual({ GLD: 0.25 });
  });

  it('must not change: "put 25% in GLD" alone leaves the rest unsaid and is refused by name', () => {
    const outcome = parseRequest('put 25% in GLD', { today: TODAY });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('bad_weights');
      expect(outcome.error.message).toContain('leaves 75% of the capital unsaid');
    }
  });
});

describe('the same sum in each holding is equal weights', () => {
  it('"I\'d like to see how MACD coped with the FTX collapse in late 2022 on bitcoin and ethereum, with equal amounts in each."', () => {
    const spec = specOf("I'd like to see how MACD coped with the FTX collapse in late 2022 on bitcoin and ethereum, with equal amounts in each.");
    expect(spec.symbols).toEqual(['BTC', 'ETH']);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
  });

  it.each([
    ['equal money in each of SPY, QQQ and GLD', ['SPY', 'QQQ', 'GLD']],
    ['sma 20/50 on QQQ and GLD, the same amount in each', ['QQQ', 'GLD']],
    ['hold equal amounts of BTC, ETH and SOL since 2021', ['BTC', 'ETH', 'SOL']],
    ['rsi on SPY and GLD, same money in both', ['SPY', 'GLD']],
  ])('"%s"', (text, symbols) => {
    const weights = specOf(text).portfolio?.weights ?? {};
    expect(Object.keys(weights)).toEqual(symbols);
    symbols.forEach((symbol) => expect(weights[symbol]).toBeCloseTo(1 / symbols.length, 9));
  });

  it.each([
    ['equal-weight BTC ETH SOL', { BTC: 1 / 3, ETH: 1 / 3, SOL: 1 / 3 }],
    ['macd on bitcoin and ethereum, split evenly', { BTC: 0.5, ETH: 0.5 }],
    ['split the money evenly between gold and QQQ', { GLD: 0.5, QQQ: 0.5 }],
  ])('must not change: "%s"', (text, weights) => {
    expect(specOf(text).portfolio?.weights).toEqual(weights);
  });
});
