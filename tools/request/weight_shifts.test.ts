import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const mix = ['buy and hold 50% btc 30% eth 20% sol since 2022'];

describe('"shift 10% from btc into sol": weight moved between two holdings, the others keep theirs', () => {
  it.each([
    ['shift 10% from btc into sol', { BTC: 0.4, ETH: 0.3, SOL: 0.3 }],
    ['move 20% out of BTC and into ETH', { BTC: 0.3, ETH: 0.5, SOL: 0.2 }],
    ['take 5% from eth and give it to btc', { BTC: 0.55, ETH: 0.25, SOL: 0.2 }],
    ['rotate 10% of btc into doge', { BTC: 0.4, ETH: 0.3, SOL: 0.2, DOGE: 0.1 }],
  ])('"%s"', (text, weights) => {
    const spec = specOf(text, mix);
    expect(spec.portfolio?.weights).toEqual(weights);
    expect(spec.symbols).toEqual(Object.keys(weights));
  });

  it('the rest of the conversation stays: its fees and its window', () => {
    const spec = specOf('shift 10% from btc into sol', [...mix, 'add 10bps fees']);
    expect(spec.fees_bps).toBe(10);
    expect(spec.date_range?.start).toBe('2022-01-01');
  });

  it('more than the holding has moves nothing, and says so', () => {
    const spec = specOf('shift 60% from btc into sol', mix);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.3, SOL: 0.2 });
    expect(spec.notes?.some((note) => note.includes('BTC holds 50%'))).toBe(true);
  });
});

describe('must not change', () => {
  it('"add SOL at 10%" still makes room pro rata', () => {
    expect(specOf('add SOL at 10%', ['buy and hold 60% btc 40% eth since 2022']).portfolio?.weights).toEqual({ BTC: 0.54, ETH: 0.36, SOL: 0.1 });
  });
});
