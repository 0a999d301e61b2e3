import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * A clause of what would otherwise be ("otherwise it's just a fancy long-only filter") describes the
 * alternative turned down: its shorting words never undo the shorting asked for beside it.
 */
describe('"long-only" in a clause saying what would otherwise be', () => {
  it.each([
    "Not convinced crossovers capture anything beyond beta, but humor me: SMA 10/30 vs EMA 10/30 on Bitcoin over the last 3 years. Allow shorts, otherwise it's just a fancy long-only filter imo.",
    "SMA 10/30 on BTC, allow shorts, else it's long-only",
    "SMA 10/30 on BTC, allow shorts, or else it's basically long-only",
    "SMA 10/30 on BTC, allow shorts since otherwise it's long-only",
    'SMA 10/30 on BTC, allow shorts, otherwise it would be long-only',
    "SMA 10/30 on BTC, allow shorts, otherwise, it's a long only filter",
    'SMA 10/30 on BTC, allow shorts, otherwise long only',
    "SMA 10/30 on BTC, allow shorts. Otherwise it's just a long-only filter.",
    "SMA 10/30 on BTC, allow shorts; without shorts it's only long-only",
    "SMA 10/30 on BTC, allow shorts, because without shorts it's long-only",
    'SMA 10/30 on BTC, allow shorts, with no shorts you get a long-only filter',
  ])('"%s" allows shorting', (text) => {
    expect(specOf(text).allow_short).toBe(true);
  });
});

describe('"else" as "other", and a condition accepted, ask what they say', () => {
  const H = 'run rsi on SPY from 2020 to 2023 with shorting allowed';
  const B = 'run rsi on BTC from 2022 to 2023';
  it.each([
    ['keep everything else the same and allow shorts', B, true],
    ['Something else: allow shorts please', B, true],
    ['Rerun with everything else as before and no shorts', H, false],
    ['Everything else stays the same and go long only', H, false],
    ['keep all else equal and no shorting this time', H, false],
    ['Nothing else to add except long only please', H, false],
    ["Without shorts it's fine, rerun", H, false],
  ])('%j after %j: allow_short %s', (text, first, allowed) => {
    expect(specOf(text, [first]).allow_short).toBe(allowed);
  });
});

describe('must not change', () => {
  it.each([
    'SMA 10/30 on BTC long only please',
    'SMA 10/30 on BTC without shorts',
    'SMA 10/30 on BTC. Otherwise, long only please.',
    'SMA 10/30 on BTC, otherwise fine but long only',
    "SMA 10/30 on BTC, run it without shorts, it's a long-only account",
    "SMA 10/30 on BTC, no shorts, otherwise it's not comparable",
    'SMA 10/30 on BTC. Allow shorts. Actually no, long only.',
  ])('"%s" stays long only', (text) => {
    expect(specOf(text).allow_short).toBe(false);
  });

  it('"allow shorts" alone still allows them', () => {
    expect(specOf('SMA 10/30 on BTC, allow shorts').allow_short).toBe(true);
  });
});
