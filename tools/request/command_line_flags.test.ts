import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

/**
 * A request typed like a command line, "--key value": read as the config line "key=value" it means.
 * Before, "--sym ada" left the everyday name a word (no symbol) and "--sym" an ignored word.
 */
describe('command-line flags', () => {
  it('reads every flag of "bt --sym ada --strat ema --short 8 --long 21 --from … --to …"', () => {
    const spec = specOf('bt --sym ada --strat ema --short 8 --long 21 --from 2023-06-01 --to 2021-01-01');
    expect(spec.symbols).toEqual(['ADA']);
    expect(userStrategiesOf('bt --sym ada --strat ema --short 8 --long 21')).toEqual([{ name: 'ema_crossover', params: { short: 8, long: 21 } }]);
    expect(spec.date_range).toEqual({ start: '2023-06-01', end: '2021-01-01' });
  });

  it.each([
    ['--symbol sol --strategy rsi --from 2022-01-01 --to 2023-01-01', ['SOL']],
    ['backtest --ticker gold --strat sma --tf 4h', ['GLD']],
    ['--sym=link --strat=macd', ['LINK']],
    ['--optimize --sym ada --strat rsi', ['ADA']],
  ])('"%s" trades %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });

  it('reads the fees and outputs of "--symbol btc --strategy sma --fees 10bps --out svg,png"', () => {
    const spec = specOf('--symbol btc --strategy sma --fees 5bps --out svg,png');
    expect(spec.fees_bps).toBe(5);
    expect(spec.outputs).toEqual(['svg', 'png']);
  });
});

describe('must not change: dashes that are no flags', () => {
  it.each([
    ['trade the crossover -- sma on btc 2022', ['BTC'], { start: '2022-01-01', end: '2022-12-31' }],
    ['sma on btc 2020 - 2022', ['BTC'], { start: '2020-01-01', end: '2022-12-31' }],
    ['sym=eth strat=ema from=2021-01-01 to=2022-01-01', ['ETH'], { start: '2021-01-01', end: '2022-01-01' }],
  ])('"%s"', (text, symbols, dateRange) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.date_range).toEqual(dateRange);
  });
});

describe('must not change: a lone dashed word in prose is no command line', () => {
  it('"--drawdown under 15%" keeps its drawdown limit', () => {
    expect(specOf('sma on SPY 2020 --drawdown under 15% please').targets).toEqual({ max_drawdown: { operator: '>=', value: -0.15 } });
  });

  it('"--fees aside, how did it do?" runs with the usual fees', () => {
    expect(specOf('ema cross on BTC 2022 --fees aside, how did it do?').fees_bps).toBe(10);
  });

  it('one known flag with its value is still read: "sma on btc 2022 --fees 5bps"', () => {
    expect(specOf('sma on btc 2022 --fees 5bps').fees_bps).toBe(5);
  });
});
