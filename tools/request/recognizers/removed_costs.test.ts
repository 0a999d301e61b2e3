import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const HISTORY = ['sma on btc 2023 with 10 bps fees and 5 bps slippage'];

describe('a cost removed or said free is 0', () => {
  it.each([
    'drop the fees, run it fee-free', 'run it fee-free', 'fee free please', 'drop the fees', 'no fees', 'without fees', 'zero fees',
    'remove the commission', 'get rid of the fees', 'ditch the commissions', 'take out the fees', 'turn off fees',
  ])('"%s" after fees of 10 bps is fees 0, slippage kept', (text) => {
    const spec = specOf(text, HISTORY);
    expect(spec.fees_bps).toBe(0);
    expect(spec.slippage_bps).toBe(5);
  });

  it.each(['ignore costs', 'ignore all costs', 'no transaction costs', 'run it cost-free', 'drop all costs'])('"%s" is every cost 0', (text) => {
    const spec = specOf(text, HISTORY);
    expect(spec.fees_bps).toBe(0);
    expect(spec.slippage_bps).toBe(0);
  });

  it('"ditch the slippage" is slippage 0, fees kept', () => {
    expect(specOf('ditch the slippage', HISTORY)).toMatchObject({ fees_bps: 10, slippage_bps: 0 });
  });

  it.each(['sma on btc 2023 fee-free', 'sma on btc 2023 commission-free', 'sma on btc 2023, no fees'])('"%s" is fees 0 (not the year as fees)', (text) => {
    expect(specOf(text).fees_bps).toBe(0);
  });
});

describe('must not change: a new amount for the cost, or keeping it', () => {
  it.each([
    ['drop the fees to 5 bps', 5], ['fees 0.1%', 10], ['cut the fees in half', 5], ["don't drop the fees, use 2022 instead", 10], ['drop ETH', 10],
  ])('"%s" is fees %i bps', (text, bps) => {
    expect(specOf(text, HISTORY).fees_bps).toBe(bps);
  });
});
