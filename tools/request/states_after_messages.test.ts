import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const symbolsAdded = ['donchian 55/20 on GLD from 2008 to 2018', 'try it on SPY', 'and QQQ'];

describe('"go back to how it was after my second message": the state that message left', () => {
  it.each([
    ['go back to how it was after my second message, just SPY', ['SPY']],
    ['go back to how it was after my second message', ['SPY']],
    ['back to the settings after my first message', ['GLD']],
    ['go back to how things looked after the 2nd message', ['SPY']],
    ['revert to the state after my first request', ['GLD']],
  ])('"%s"', (text, symbols) => {
    const spec = specOf(text, symbolsAdded);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.date_range).toEqual({ start: '2008-01-01', end: '2018-12-31' });
  });
});

describe('must not change', () => {
  it('"go back to how it was" still undoes the last message', () => {
    expect(specOf('go back to how it was', symbolsAdded).symbols).toEqual(['SPY']);
  });
});
