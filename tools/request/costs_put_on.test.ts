import { describe, expect, it } from 'vitest';
import { specOf, specsAfterTurnsOn } from './test_support/spec_of.js';

const specAfter = specsAfterTurnsOn('2025-11-20');
const FIRST = 'Can you backtest the sma crossover 20/100 on BTC from 2020 until 2023?';

describe('"put the fees on 0,25%": after a verb of setting, "on" leads the cost, as Dutch "op" and German "auf"', () => {
  it('round 124: the same run for ether, fees 25 bps', () => {
    const spec = specAfter([FIRST, 'Okay, and now the same but for ether, and put the fees on 0,25%.']);
    expect(spec.symbols).toEqual(['ETH']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 100 } }]);
    expect(spec.date_range).toEqual({ start: '2020-01-01', end: '2023-12-31' });
    expect(spec.fees_bps).toBe(25);
  });

  it.each([
    ['set the slippage on 5 bps', { fees: 10, slippage: 5 }],
    ['put the fees on 0.1%', { fees: 10, slippage: undefined }],
    ['please set my fees on 3 bps', { fees: 3, slippage: undefined }],
  ])('%j', (followUp, costs) => {
    const spec = specAfter([FIRST, followUp]);
    expect({ fees: spec.fees_bps, slippage: spec.slippage_bps }).toEqual(costs);
  });

  it.each([
    ['put the fees on 10 bps and slippage on 0.05%', { fees: 10, slippage: 5 }],
    ['set fees on 3 bps, the slippage on 2 bps', { fees: 3, slippage: 2 }],
    ['put the slippage on 0.02% and the fees on 0.1%', { fees: 10, slippage: 2 }],
  ])('a cost joined to an earlier one shares its verb: %j', (followUp, costs) => {
    const spec = specAfter([FIRST, followUp]);
    expect({ fees: spec.fees_bps, slippage: spec.slippage_bps, notes: spec.notes }).toEqual({ ...costs, notes: undefined });
  });

  describe('must not change: "on" as a place', () => {
    it('"put fees at 0.1% and slippage on my exchange is 0.05%": the joined "on" names a place', () => {
      expect(specOf('sma on btc 2022, put fees at 0.1% and slippage on my exchange is 0.05%').slippage_bps).toBe(5);
    });

    it('"set fees to 0.1%. Slippage on 5 trades": another sentence shares no verb', () => {
      expect(specOf('sma on btc 2022, set fees to 0.1%. Slippage on 5 trades').slippage_bps).toBeUndefined();
    });

    it('"fees on my broker are 0.2%"', () => {
      expect(specOf('sma on btc 2022, fees on my broker are 0.2%').fees_bps).toBe(20);
    });

    it('"put fees on my account at 0.2%": "on" leads no amount when a place follows it', () => {
      const spec = specOf('rsi on BTC 2023, put fees on my account at 0.2%');
      expect({ fees: spec.fees_bps, capital: spec.initial_capital }).toEqual({ fees: 20, capital: 10000 });
    });

    it('"invest on 5 stocks" sets no capital', () => {
      expect(specOf('sma on btc 2022, invest on 5 stocks').initial_capital).toBe(10000);
    });
  });
});
