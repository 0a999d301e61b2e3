import { describe, expect, it } from 'vitest';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

const TODAY = '2025-11-20';

const specAfter = specsAfterTurnsOn(TODAY);

describe('"flip the weights": the two holdings trade weights', () => {
  const split = ['test sma 20/50 on btc and eth since 2022, 60/40 split'];

  it.each(['flip the weights', 'swap the weights', 'reverse the split', 'the other way round on the weights', 'flip the weights around', 'swap the allocation'])(
    '"%s": BTC 40%, ETH 60% (before: not understood)', (text) => {
      expect(specAfter([...split, text]).portfolio?.weights).toEqual({ BTC: 0.4, ETH: 0.6 });
    },
  );

  it('must not change: "swap the weights to 70/30" names the new weights', () => {
    expect(specAfter([...split, 'swap the weights to 70/30']).portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
  });

  it('must not change: "swap btc for sol" swaps a holding', () => {
    expect(Object.keys(specAfter([...split, 'swap btc for sol']).portfolio?.weights ?? {})).toContain('SOL');
  });

  it('with three holdings which way to flip is unclear: the weights stay and a note says why', () => {
    const spec = specAfter(['sma 20/50 on btc, eth, sol 2022, 50/30/20', 'reverse the split']);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.3, SOL: 0.2 });
    expect(spec.notes?.join(' ')).toMatch(/which way to flip is unclear/);
  });

  it('with no portfolio there is nothing to flip: a note says so', () => {
    expect(specAfter(['sma 20/50 on btc 2022', 'flip the weights']).notes?.join(' ')).toMatch(/no portfolio weights to flip/);
  });
});
