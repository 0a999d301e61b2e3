import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { RequestSpecSchema } from './request_spec.js';

const TODAY = '2026-11-24';

/** Pieces of real requests, shuffled into sentences the grammar half-understands. */
const FRAGMENTS = [
  'Backtest', 'SMA', '20/50', 'on', 'BTC', 'ETH', 'and', 'sol', 'gold', 'link', 'RSI(7)', '25/75', 'MACD', 'fast 12', 'slow 26',
  'signal 9', 'Bollinger 20, 2.5 std', 'golden cross', 'HODL', 'buy and hold', 'momentum', 'lookback of 60 days', 'for 2022',
  'since 2020', 'Q1 2023', 'H2', 'last 6 months', 'YTD', 'from 2021 to 2024', '2021-2024', 'between March 2021 and June 2022',
  'from 2021-03-15 to 2022-01-31', 'target Sharpe > 1.5', 'Sharpe of at least 2', 'max drawdown under 20%', 'CAGR above 30%',
  'win rate over 55%', 'optimise', 'tune', 'find the best parameters', '60/40', 'equal-weight', 'portfolio of', '50%', 'BTC,',
  '0.1% fees', 'fees of 5 bps', 'no fees', '$25k', '25,000 USD', '1.5m', 'rank by sortino', 'allow shorting', 'long only',
  'add', 'drop', 'instead', 'too', 'replace', 'with', 'Ichimoku strategy', 'bitcon', 'etherium', 'S&P 500', 'apple', '(', ')',
  '-', '/', '%', 'to', 'until', 'no', 'not', 'the', 'make the short window 10', 'extend it to 2023', 'remove the baseline', '.',
];

const sentence = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).map((words) => words.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 }), sentence);

function checkOutcome(text: string, history: string[]): void {
  const outcome = parseRequest(text, { today: TODAY, history });
  if (outcome.ok) {
    expect(RequestSpecSchema.safeParse(outcome.spec).success).toBe(true);
    expect(outcome.spec.strategies.filter((strategy) => strategy.name === 'buy_and_hold')).toHaveLength(1);
  } else {
    // bad_parameters: a number written as a hex, octal or binary literal ("0b0") is refused, not read;
    // bad_weights: weights written short of 100 % ("60/40" beside "50%") with no word of cash.
    expect(['no_symbol', 'bad_request', 'bad_date', 'bad_parameters', 'bad_weights', 'not_understood', 'several_periods', 'unsupported_rule']).toContain(outcome.error.code);
    expect(typeof outcome.error.message).toBe('string');
  }
}

describe('parseRequest properties', () => {
  it('refuses a binary literal with bad_parameters (the case seed -198941470 found)', () => {
    expect(parseRequest('0b0', { today: TODAY, history: [] })).toMatchObject({ ok: false, error: { code: 'bad_parameters' } });
  });

  it('refuses costs above 10 % per fill as bad_parameters naming the field, as validation does', () => {
    expect(parseRequest('sma on BTC with 20% fees', { today: TODAY, history: [] }))
      .toMatchObject({ ok: false, error: { code: 'bad_parameters', field: 'fees_bps', value: 2000 } });
    expect(parseRequest('sma on BTC with 10% fees', { today: TODAY, history: [] })).toMatchObject({ ok: true, spec: { fees_bps: 1000 } });
  });

  it('never throws, and returns a spec that passes the schema or a typed error', () => {
    fc.assert(fc.property(anyText, fc.array(anyText, { maxLength: 3 }), (text, history) => checkOutcome(text, history)), { numRuns: 500 });
  });

  it('is deterministic: the same conversation gives the same outcome', () => {
    fc.assert(fc.property(sentence, fc.array(sentence, { maxLength: 2 }), (text, history) => {
      expect(parseRequest(text, { today: TODAY, history })).toStrictEqual(parseRequest(text, { today: TODAY, history }));
    }), { numRuns: 200 });
  });

  it('reads "a/b SYM SYM" as weights a% and b% that sum to 1', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), (first) => {
      const outcome = parseRequest(`${first}/${100 - first} BTC ETH`, { today: TODAY });
      const weights = outcome.ok ? outcome.spec.portfolio?.weights : undefined;
      expect(weights?.BTC).toBeCloseTo(first / 100, 12);
      expect((weights?.BTC ?? 0) + (weights?.ETH ?? 0)).toBeCloseTo(1, 12);
    }));
  });

  it('reads "p% fees" as 100·p basis points and "n bps fees" as n', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), (hundredths) => {
      const percent = (hundredths / 100).toFixed(2);
      const asPercent = parseRequest(`SMA on BTC with ${percent}% fees`, { today: TODAY });
      const asBps = parseRequest(`SMA on BTC with ${hundredths} bps fees`, { today: TODAY });
      expect(asPercent.ok && asPercent.spec.fees_bps).toBe(hundredths);
      expect(asBps.ok && asBps.spec.fees_bps).toBe(hundredths);
    }));
  });

  it('refuses a malformed today instead of guessing', () => {
    const outcome = parseRequest('SMA on BTC last year', { today: '24/11/2026' });
    expect(outcome.ok ? outcome : outcome.error.code).toBe('bad_date');
  });
});
