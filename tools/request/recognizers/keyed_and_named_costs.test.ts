import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/** Costs as a programmer writes them ("fees_bps=5") and fees named by their kind ("0.15% taker fee"). */
describe('a cost whose key names its unit', () => {
  it('reads the settings of a request written as code', () => {
    const spec = specOf('sma_crossover short=15 long=60 on QQQ, 2005-01-01 -> 2024-12-31, fees_bps=5, slippage_bps=3, rank by sharpe');
    expect(spec).toMatchObject({ symbols: ['QQQ'], fees_bps: 5, slippage_bps: 3, rank_by: 'sharpe_ratio', date_range: { start: '2005-01-01', end: '2024-12-31' } });
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'sma_crossover', params: { short: 15, long: 60 } }]);
  });

  it.each([
    ['sma 20/50 on btc 2022 fees_pct=0.1', 10, undefined],
    ['sma 20/50 on btc 2022 fee_bps: 7 slippage_pct=0.05', 7, 5],
    ['sma 20/50 on btc 2022 fees=0.1%', 10, undefined],
    ['sma 20/50 on btc 2022 slippage: 2bps', 10, 2],
    ['sma 20/50 on btc 2022 fee 5 bps', 5, undefined],
    ['sma 20/50 on btc 2022 --fees 5 --slippage 2', 5, 2],
  ])('"%s" → fees %d, slippage %s', (text, fees, slippage) => {
    const spec = specOf(text);
    expect(spec.fees_bps).toBe(fees);
    expect(spec.slippage_bps).toBe(slippage);
  });

  it.each([
    ['sma 20/50 on btc 2022 capital=50000', 50_000],
    ['sma 20/50 on btc 2022 initial_capital: 25k', 25_000],
  ])('"%s" → capital %d', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });
});

describe('a fee named by its kind', () => {
  it.each([
    ['doge momentum over the past year, allow shorting, $3k, 0.15% taker fee', 15],
    ['sma 20/50 on btc 2022, maker fee 0.02%', 2],
    ['sma 20/50 on btc 2022, commission of 0.1% a side', 10],
    ['sma 20/50 on btc 2022, trading fee 10bps', 10],
    ['sma 20/50 on btc 2022, exchange fees of 0.075%', 7.5],
    ['sma 20/50 on btc 2022, 0.1% maker fees', 10],
    ['sma 20/50 on btc 2022, taker fees: 4 bps', 4],
    ['sma 20/50 on btc 2022, fees 0.1% per trade', 10],
  ])('"%s" → %d bps', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });

  it('the capital beside it is unchanged', () => {
    expect(specOf('doge momentum over the past year, allow shorting, $3k, 0.15% taker fee').initial_capital).toBe(3000);
  });

  it('slippage stays slippage', () => {
    expect(specOf('sma 20/50 on btc 2022, 0.1% taker fee and 5 bps slippage')).toMatchObject({ fees_bps: 10, slippage_bps: 5 });
  });
});

/** The commission in the writer's language, accents kept in the word (before: "comisión" split in two, the fee left at its default). */
describe('a fee named in another language', () => {
  it.each<[string, number]>([
    ['Quiero test the sma 5/15 on ada for all the 2021, with comisión of 0.2%.', 20],
    ['sma on ada 2021, comissão de 0,3%', 30],
    ['sma on ada 2021 Gebühr 0,3%', 30],
    ['sma on ada 2021, frais de 0.3%', 30],
    ['sma on ada 2021 with commissione of 0.3%', 30],
    ['sma on ada 2021, comision 0.3%', 30],
  ])('"%s"', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });
});
