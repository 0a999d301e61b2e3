import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const EMA_ON_MSFT = 'ema crossover on MSFT from 2012 to 2016';
const EARLIER_WINDOW = { start: '2012-01-01', end: '2016-12-31' };

describe('where someone works is their story, not a symbol to run, and its year no window', () => {
  it.each([
    ['my wife has worked at microsoft since 2014 lol. same thing but for apple', ['AAPL']],
    ['my mom retired from microsoft back in 2018, try apple instead', ['AAPL']],
    ['my brother has been working for Microsoft since 2011. same setup for SPY please', ['SPY']],
    ['she has a job at apple since 2015, run it on QQQ instead', ['QQQ']],
    ['my cousin used to work at google from 2010 to 2013. same thing with apple', ['AAPL']],
    ['a coworker of mine interned at apple in 2013. same thing on msft and spy', ['MSFT', 'SPY']],
  ])('%s', (text, symbols) => {
    const spec = specOf(text, [EMA_ON_MSFT]);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.date_range).toEqual(EARLIER_WINDOW);
  });

  it('reads the same in a first message', () => {
    expect(specOf('my wife has worked at microsoft since 2014 lol. ema crossover on apple from 2012 to 2016').symbols).toEqual(['AAPL']);
  });
});

describe('must not change: a company asked for, or a strategy that works for one', () => {
  it.each([
    ['same thing but for microsoft', ['MSFT']],
    ['does it work for apple too?', ['MSFT', 'AAPL']],
    ['my strategy works for apple? no, i mean run it on SPY', ['SPY']],
  ])('%s', (text, symbols) => {
    expect(specOf(text, [EMA_ON_MSFT]).symbols).toEqual(symbols);
  });

  it('a clause that asks keeps its period', () => {
    expect(specOf('she works at apple, so test it from 2014', [EMA_ON_MSFT]).date_range).toEqual({ start: '2014-01-01', end: '2016-12-31' });
  });
});
