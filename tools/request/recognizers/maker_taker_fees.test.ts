import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

function readOf(text: string) {
  const outcome = parseRequest(text, { today: '2025-11-20' });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return { fees: outcome.spec.fees_bps, notes: outcome.notes };
}

/** An exchange's maker/taker schedule: fills are market orders, so the taker fee is the fee (before: both ignored). */
describe('maker and taker fees', () => {
  it.each([
    ['maker 2bps taker 5bps, sma on btc 2023', 5, 2],
    ['sma on btc 2023, 0.02% maker, 0.05% taker', 5, 2],
    ['sma on btc 2023, maker fee 0.02% / taker fee 0.05%', 5, 2],
    ['sma on btc 2023, taker 4bps and maker 1bp', 4, 1],
  ])('"%s" → the taker fee, %d bps, the maker fee set aside', (text, taker, maker) => {
    const { fees, notes } = readOf(text);
    expect(fees).toBe(taker);
    expect(notes).toContain(`used the taker fee (${taker} bps): fills are market orders at the next open, so each pays the taker fee; the maker fee (${maker} bps) was set aside`);
  });

  it.each([
    ['sma on btc 2023, maker fee 2bps', 2],
    ['sma 20/50 on btc 2022, maker fee 0.02%', 2],
    ['sma 20/50 on btc 2022, 0.1% maker fees', 10],
  ])('"%s" → a maker fee alone is charged on every fill', (text, bps) => {
    const { fees, notes } = readOf(text);
    expect(fees).toBe(bps);
    expect(notes.some((note) => note.startsWith(`used the maker fee (${bps} bps) as the fee charged on every fill`))).toBe(true);
  });

  it.each([
    // Must not change: a taker fee alone, and the slippage beside it.
    ['sma on btc 2023, taker fee 0.1%', 10, undefined],
    ['sma 20/50 on btc 2022, 0.1% taker fee and 5 bps slippage', 10, 5],
  ])('"%s" keeps its reading', (text, fees, slippage) => {
    const outcome = parseRequest(text, { today: '2025-11-20' });
    expect(outcome.ok && [outcome.spec.fees_bps, outcome.spec.slippage_bps]).toEqual([fees, slippage]);
  });
});
