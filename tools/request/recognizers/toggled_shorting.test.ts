import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const SHORTING = 'sma crossover on XRP 2019-2024 with shorting allowed';
const LONG = 'sma crossover on XRP 2019-2024';

describe('shorting switched in a follow-up, everything else kept', () => {
  it.each([
    ['turn shorting back off', SHORTING, false],
    ['turn shorting off', SHORTING, false],
    ['switch off shorting', SHORTING, false],
    ['turn off shorts again', SHORTING, false],
    ['turn the short side off', SHORTING, false],
    ['shorting back off', SHORTING, false],
    ['no shorts anymore', SHORTING, false],
    ["don't allow shorting anymore", SHORTING, false],
    ['long only now', SHORTING, false],
    ['turn shorts on', LONG, true],
    ['turn shorting back on', LONG, true],
    ['put shorting back on', LONG, true],
    ['shorts back on please', LONG, true],
    ['turn on shorting for this run', LONG, true],
    ['allow shorting this time', LONG, true],
    ["don't turn shorting off", SHORTING, true],
  ])('%s (after "%s")', (text, history, allowShort) => {
    const spec = specOf(text, [history]);
    expect([spec.allow_short, spec.symbols, spec.strategies.map((strategy) => strategy.name), spec.date_range])
      .toEqual([allowShort, ['XRP'], ['sma_crossover', 'buy_and_hold'], { start: '2019-01-01', end: '2024-12-31' }]);
  });
});

describe('must not change: "short" naming a window or a symbol\'s side', () => {
  it('"with short 10 and long 50" sets the fast window', () => {
    const spec = specOf('with short 10 and long 50', [LONG]);
    expect([spec.allow_short, spec.strategies[0]]).toEqual([undefined, { name: 'sma_crossover', params: { short: 10, long: 50 } }]);
  });

  it('"shorting back off, and try eth" switches shorting off and swaps the symbol', () => {
    const spec = specOf('shorting back off, and try eth', [SHORTING]);
    expect([spec.allow_short, spec.symbols]).toEqual([false, ['ETH']]);
  });

  it('"rerun that but allow shorts" still turns it on', () => {
    expect(specOf('rerun that but allow shorts', [LONG]).allow_short).toBe(true);
  });
});
