import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from '../test_support/spec_of.js';

const bands = ['bollinger 20 2 on gld 2012-2016', 'make it 2.5 std'];
const bollingerOf = (text: string, history: string[]) => userStrategiesOf(text, history).find((strategy) => strategy.name === 'bollinger_bands')?.params;

describe('"go back to 2": the setting the previous message changed takes the number', () => {
  it.each([
    // round93:29's history.
    'hmm no, go back to 2',
    'go back to 2',
    'revert to 2',
    'put it back to 2',
    'back to 2 please',
    'nah, back to 2',
    'switch it back to 2',
  ])('"%s" after "make it 2.5 std"', (text) => {
    expect(bollingerOf(text, bands)).toEqual({ period: 20, std_dev: 2 });
  });

  it('a later message keeps it: "and add a 5 bps fee"', () => {
    const spec = specOf('and add a 5 bps fee', [...bands, 'hmm no, go back to 2']);
    expect(bollingerOf('and add a 5 bps fee', [...bands, 'hmm no, go back to 2'])).toEqual({ period: 20, std_dev: 2 });
    expect(spec.fees_bps).toBe(5);
  });

  it('the changed setting may be a cost: "go back to 10" after "fees 25 bps"', () => {
    expect(specOf('go back to 10', ['sma 20/50 on btc 2022', 'fees 25 bps']).fees_bps).toBe(10);
  });

  it('of two settings changed, the one that had the number: "go back to 20" after "make it 10/30"', () => {
    expect(userStrategiesOf('go back to 20', ['sma 20/50 on btc 2022', 'make it 10/30'])[0]?.params).toEqual({ short: 20, long: 30 });
  });

  it('of two settings changed and neither had it, nothing changes and the note asks which', () => {
    const spec = specOf('go back to 10', ['sma 20/50 on btc 2022', 'make it 10/30']);
    expect(spec.strategies[0]?.params).toEqual({ short: 10, long: 30 });
    expect(spec.notes?.some((note) => note.includes('name the one to go back'))).toBe(true);
  });
});

const averages = ['ema 9/21 on btc 2022', 'try sma 20/50'];

describe('"switch back to the ema": a strategy run before comes back with the settings it had then', () => {
  it.each([
    'switch back to the ema',
    'go back to the ema',
    'change back to the ema',
    'back to the ema',
    "let's go back to the ema crossover",
    'flip back to ema',
    'switch it back to the ema',
  ])('"%s"', (text) => {
    expect(userStrategiesOf(text, averages)).toEqual([{ name: 'ema_crossover', params: { short: 9, long: 21 } }]);
  });

  it('numbers written with it are its own: "switch back to the ema, 12/26"', () => {
    expect(userStrategiesOf('switch back to the ema, 12/26', averages)).toEqual([{ name: 'ema_crossover', params: { short: 12, long: 26 } }]);
  });
});

describe('"switch it back", "undo" after "switch to ema": the last change taken back', () => {
  const swapped = ['sma 20/50 on btc 2022', 'switch to ema'];
  it.each(['switch it back', 'undo', 'change it back', 'switch back', 'ok undo', 'revert', 'switch back to sma'])('"%s"', (text) => {
    expect(userStrategiesOf(text, swapped)).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });

  it('"switch back to eth" switches the coin back', () => {
    expect(specOf('switch back to eth', ['sma 20/50 on eth 2022', 'now on btc']).symbols).toEqual(['ETH']);
  });
});

describe('must not change', () => {
  it('"put the period back to 14" names its setting', () => {
    expect(userStrategiesOf('put the period back to 14', ['rsi 14 on spy 2020', 'make the period 20'])[0]?.params).toEqual({ period: 14 });
  });
  it('"go back to 20/50" gives both windows', () => {
    expect(userStrategiesOf('go back to 20/50', ['sma 20/50 on btc 2022', 'make it 10/30'])[0]?.params).toEqual({ short: 20, long: 50 });
  });
  it('"go back to 2019" is a date, not a setting', () => {
    const spec = specOf('go back to 2019', ['sma 20/50 on btc 2022', 'make it 10/30']);
    expect(spec.strategies[0]?.params).toEqual({ short: 10, long: 30 });
    expect(spec.date_range?.start).toBe('2019-01-01');
  });
  it('"put it back and remove the other one" brings back what was removed', () => {
    expect(userStrategiesOf('actually put it back and remove the other one instead', ['compare sma 20/50 vs ema 12/26 on eth for 2023', 'sma looks bad, remove it']))
      .toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });
  it('"switch to ema" keeps the crossover\'s numbers', () => {
    expect(userStrategiesOf('switch to ema', ['sma 20/50 on btc 2022'])).toEqual([{ name: 'ema_crossover', params: { short: 20, long: 50 } }]);
  });
  it('"back to 70" inside a rule is no going back', () => {
    expect(userStrategiesOf('rsi on spy 2020, buy below 30, sell when it\'s back to 70')[0]?.name).toBe('rsi_mean_reversion');
  });
});
