import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('trades won out of every so many are the win rate, never a count of trades', () => {
  it.each([
    ['Tune the macd on XRP over the past two years so it wins more than six trades out of every ten.', '>', 0.6],
    ['optimise macd on xrp 2023 winning at least 7 out of 10 trades', '>=', 0.7],
    ['optimise macd on xrp 2023 so it loses no more than 4 trades in 10', '>=', 0.6],
    ['optimise macd on xrp 2023, at least 6 out of 10 trades should be winners', '>=', 0.6],
    ['optimise rsi on btc 2022 so it wins 3 of every 5 trades', '>=', 0.6],
    ['best sma on eth 2021 that wins over 2 in 3 trades', '>', 0.6667],
  ])('"%s"', (text, operator, value) => {
    expect(specOf(text).targets).toEqual({ win_rate: { operator, value } });
  });

  it.each([
    ['macd on xrp 2023 with more than six trades', { num_trades: { operator: '>', value: 6 } }],
    ['rsi on btc 2022, at least 60% winners', { win_rate: { operator: '>=', value: 0.6 } }],
    ['rsi on btc 2022', {}],
  ])('"%s" keeps its reading', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });

  it('"wins in 3 of 5 years" is no share of trades', () => {
    expect(specOf('optimise rsi on btc 2018-2022 so it wins in 3 of 5 years').targets.win_rate).toBeUndefined();
  });
});
