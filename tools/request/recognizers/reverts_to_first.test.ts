import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from '../test_support/spec_of.js';

const tries = ['sma 20/50 on BTC 2020-2022', 'try 10/30', 'ok now 5/20'];
const smaOf = (text: string, history: string[]) => userStrategiesOf(text, history).find((strategy) => strategy.name === 'sma_crossover')?.params;

describe('"go back to the original settings": the conversation as its first message left it', () => {
  it.each([
    'nope, go back to the original settings',
    'back to the original parameters',
    'restore the initial settings',
    'ok back to square one',
    'use the original settings again',
  ])('"%s"', (text) => {
    expect(smaOf(text, tries)).toEqual({ short: 20, long: 50 });
    expect(specOf(text, tries).date_range).toEqual({ start: '2020-01-01', end: '2022-12-31' });
  });

  it('the rest of the message applies to it: "back to square one but on eth"', () => {
    const spec = specOf('back to square one but on eth', tries);
    expect(spec.symbols).toEqual(['ETH']);
    expect(smaOf('back to square one but on eth', tries)).toEqual({ short: 20, long: 50 });
  });
});

describe('must not change', () => {
  it.each(['go back to the previous settings', 'undo that'])('"%s" undoes the last step alone', (text) => {
    expect(smaOf(text, tries)).toEqual({ short: 10, long: 30 });
  });
  it('"put the fees back to the original" takes back the fees alone', () => {
    const history = ['sma 20/50 on BTC 2020-2022', 'fees 30bps', 'ok now 5/20'];
    expect(specOf('put the fees back to the original', history).fees_bps).toBe(10);
    expect(smaOf('put the fees back to the original', history)).toEqual({ short: 5, long: 20 });
  });
});
