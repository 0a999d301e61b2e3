import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * A year after a range's yearless end, behind "in" or "during", is the whole range's: "from feb to may
 * in 2022" is February to May 2022. Before, the year alone was the window (with 'feb' ignored), or the
 * months fell in this year and the request was refused as naming two periods.
 */
describe('a year behind "in" after a yearless range', () => {
  it.each([
    ['sma on btc from feb to may in 2022', '2022-02-01', '2022-05-31'],
    ['sma on btc march to june 2023', '2023-03-01', '2023-06-30'],
    ['sma on btc from jan through apr of 2021', '2021-01-01', '2021-04-30'],
    ['sma on btc from jan through apr in 2021', '2021-01-01', '2021-04-30'],
    ['sma on btc between march and june in 2020', '2020-03-01', '2020-06-30'],
    ['sma on btc from march to june during the year 2019', '2019-03-01', '2019-06-30'],
    ['sma on btc from q1 to q3 in 2021', '2021-01-01', '2021-09-30'],
    ["sma on btc feb to may in '22", '2022-02-01', '2022-05-31'],
    ['sma on btc, from feb to may in 2022 and use 10 bps fees', '2022-02-01', '2022-05-31'],
  ])('"%s" runs %s to %s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it.each([
    // Already dated, or two years after the range: kept as before.
    ['sma on btc from march 2021 to june 2022', '2021-03-01', '2022-06-30'],
    ['sma on btc in 2022', '2022-01-01', '2022-12-31'],
  ])('"%s" keeps its reading', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it('"from march to june in 2022 and 2023" is not read as one 2022 range', () => {
    expect(() => specOf('sma on btc from march to june in 2022 and 2023')).toThrow(/several_periods/);
  });
});
