import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';

const holdThenSma = ['buy and hold BTC 2018-2022', 'vs sma crossover 50/200'];
const channelSet = ['run donchian breakout on BTC since 2020', 'make the entry channel 55 days'];
const feesRaised = ['rsi on btc 2022 with 15 bps fees', 'make the fees 30 bps'];
const bandsWidened = ['bollinger 20 2 on spy 2020', 'make it 30 period and 2.5 std'];

describe('a follow-up edits the one thing it names and keeps the rest', () => {
  it.each([
    'make the second strategy an ema one with the same numbers',
    'make the sma an ema one with the same numbers',
    'turn the last strategy into an ema, same windows',
    'swap the sma for an ema with the same numbers',
  ])('"%s": the sma is replaced by an ema with its numbers', (text) => {
    expect(userStrategiesOf(text, holdThenSma)).toEqual([{ name: 'buy_and_hold' }, { name: 'ema_crossover', params: { short: 50, long: 200 } }]);
  });

  it.each(['keep the channel, use 2021', 'keep the channel and do 2021', 'leave the channel as is, 2021 please'])('"%s" keeps the 55-day channel and runs 2021', (text) => {
    for (const today of ['2025-11-20', PHRASE_TEST_TODAY]) {
      const outcome = parseRequest(text, { today, history: channelSet });
      expect(outcome.ok && [outcome.spec.strategies[0], outcome.spec.date_range]).toEqual([{ name: 'donchian_breakout', params: { period: 55 } }, { start: '2021-01-01', end: '2021-12-31' }]);
      expect(outcome.ok && outcome.notes.some((note) => /^(put the|undid|went back)/.test(note))).toBe(false);
    }
  });

  it.each(['put the fees back but 20 bps', 'put the fees back, but make them 20 bps', 'revert the fees but 0.2%'])('"%s": the new fees win', (text) => {
    expect(specOf(text, feesRaised).fees_bps).toBe(20);
  });

  it.each(['put the std where it was before', 'reset the std', 'put the deviation back', 'leave the std how it was'])('"%s" puts only the std back', (text) => {
    expect(userStrategiesOf(text, bandsWidened)).toEqual([{ name: 'bollinger_bands', params: { period: 30, std_dev: 2 } }]);
  });

  it('"put the std back" finds the std\'s own last change, past a later period change', () => {
    expect(userStrategiesOf('put the std back', [...bandsWidened, 'make it 40 period'])).toEqual([{ name: 'bollinger_bands', params: { period: 40, std_dev: 2 } }]);
  });
});

describe('must not change', () => {
  it.each<[string, string[], unknown]>([
    ['make the sma 10/40', holdThenSma, [{ name: 'buy_and_hold' }, { name: 'sma_crossover', params: { short: 10, long: 40 } }]],
    ['make the second strategy 10/40', holdThenSma, [{ name: 'buy_and_hold' }, { name: 'sma_crossover', params: { short: 10, long: 40 } }]],
    ['put the bands back', bandsWidened, [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]],
    ['keep the channel at 40', channelSet, [{ name: 'donchian_breakout', params: { period: 40 } }]],
    ['leave the channel how it was', channelSet, [{ name: 'donchian_breakout' }]],
  ])('"%s" reads as before', (text, history, strategies) => {
    expect(userStrategiesOf(text, history)).toEqual(strategies);
  });

  it('"put the fees back" alone takes the fees back', () => {
    expect(specOf('put the fees back', feesRaised).fees_bps).toBe(15);
  });
});
