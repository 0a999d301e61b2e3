import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';

const widened = ['rsi on sol 14 period, 25/75, from march 2022 to march 2024', 'change the bands to 20 and 80'];
const firstBands = [{ name: 'rsi_mean_reversion', params: { period: 14, lower: 25, upper: 75 } }];
const cashBumped = ['eth momentum 30 day lookback, past year, start with 10k', 'bump starting cash to 50k'];
const datesMoved = ['msft macd 2016 to 2020', 'change to 2017 through 2021'];
const channelSet = ['run donchian breakout on BTC since 2020', 'make the entry channel 55 days'];
const symbolSwapped = ['compare macd and rsi on ETH for 2023', 'now try QQQ for the same year'];

describe('follow-ups that undo a change or point back to an earlier message', () => {
  it.each([
    'nah that was worse, put em back how they were',
    'put them back the way they were',
    'put those back to how they were',
    'put it back how it was',
  ])('"%s" undoes the last change', (text) => {
    expect(userStrategiesOf(text, widened)).toEqual(firstBands);
  });

  it.each(['meh forget the cash bump', 'scrap the capital increase', 'undo the starting cash change'])('"%s" puts the capital back', (text) => {
    expect(specOf(text, cashBumped).initial_capital).toBe(10000);
  });

  it.each(['hmm nah the earlier dates were better, keep macd tho', 'the old dates were fine', 'forget the dates change'])('"%s" puts the dates back', (text) => {
    expect(specOf(text, datesMoved).date_range).toEqual({ start: '2016-01-01', end: '2020-12-31' });
  });

  it.each([
    'hmm actually scratch the 55, leave the channel how it was originally',
    'scratch the 55',
    'leave the channel how it was',
    'leave the channel how it was originally',
    'put the parameters back to what I had originally',
  ])('"%s" takes the channel change back', (text) => {
    expect(userStrategiesOf(text, channelSet)[0]?.params ?? {}).toEqual({});
  });

  it.each([
    'ok the one I asked for first, but put 0.05% slippage on it',
    'go back to the run we did first, with 0.05% slippage',
    'the one I first asked for, 0.05% slippage',
  ])('"%s" is the first run, with the new slippage', (text) => {
    const spec = specOf(text, symbolSwapped);
    expect([spec.symbols, spec.slippage_bps]).toEqual([['ETH'], 5]);
  });
});

describe('one way back to the first message\'s strategy numbers', () => {
  const tightened = ['rsi 21 with 25/75 on BTC, 2020-2024', 'tighten the bands to 20/80', 'use 2023'];
  it.each([
    'put the levels back to what I had originally but make the upper 70',
    'go back to the levels I had at first but make the upper 70',
  ])('"%s": the new value said with it still applies', (text) => {
    expect(userStrategiesOf(text, tightened)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 21, lower: 25, upper: 70 } }]);
  });

  it('"go back to 2020 but use 20/80" moves the dates and keeps the new bands', () => {
    const spec = specOf('go back to 2020 but use 15/85', tightened);
    expect(spec.strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 21, lower: 15, upper: 85 } });
    expect(spec.date_range?.start).toBe('2020-01-01');
  });
});

/** Whether the message ran and took nothing back: no note of a setting put back or a message undone. */
function tookNothingBack(text: string, history: string[]): boolean {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history });
  return outcome.ok && !outcome.notes.some((note) => /^(put the|undid|went back)/.test(note));
}

describe('must not change', () => {
  it('"scratch the 30", a number no strategy holds, is refused as not understood, taking nothing back', () => {
    const outcome = parseRequest('scratch the 30', { today: PHRASE_TEST_TODAY, history: widened });
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('not_understood');
  });

  it('"bump the cash to 50k" sets the capital and takes nothing back', () => {
    const history = ['eth momentum 30 day lookback, start with 10k'];
    expect(tookNothingBack('bump the cash to 50k', history)).toBe(true);
    expect(specOf('bump the cash to 50k', history).initial_capital).toBe(50_000);
  });

  it.each<[string, string[]]>([
    ['keep the channel, use 2021', channelSet],
    ['put them back', widened],
    ['the one I asked for had macd', symbolSwapped],
  ])('"%s" takes nothing back', (text, history) => {
    expect(tookNothingBack(text, history)).toBe(true);
  });
});
