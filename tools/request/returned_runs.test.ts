import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const threeRuns = ['ema crossover 9/21 on SOL 2023', 'try 20/50', 'and 50/100'];

/** "the second one was better, go back to that": the run the second message made, brought back whole (before: the third stayed). */
describe('a run named by its place in the conversation comes back', () => {
  it.each([
    'the second one was better, go back to that',
    'the 2nd run was better so go back to it',
    'go back to the second one',
    'back to the second version again',
    'the second attempt looked best, use that one',
  ])('"%s"', (text) => {
    expect(userStrategiesOf(text, threeRuns)).toEqual([{ name: 'ema_crossover', params: { short: 20, long: 50 } }]);
  });

  it('the rest of the message applies on top', () => {
    const spec = specOf('the second one was better, go back to that and add 10 bps fee', threeRuns);
    expect(spec.strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 20, long: 50 } });
    expect(spec.fees_bps).toBe(10);
  });

  it.each([
    // The run just made, or one the conversation never made: the settings stay, with a note.
    ['the third one was best, use that', 'latest run'],
    ['go back to the fourth one', 'no run 4'],
  ])('"%s" keeps the latest settings', (text, said) => {
    const spec = specOf(text, threeRuns);
    expect(spec.strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 50, long: 100 } });
    expect(spec.notes?.join(' ')).toContain(said);
  });

  it.each([
    // Must not change: a judgement with no going back, and a place in a list of strategies with numbers.
    ['the second one was better', threeRuns, [{ name: 'ema_crossover', params: { short: 50, long: 100 } }]],
    ['make the second one 10/30', ['sma 20/50 and ema 9/21 on btc 2023'], [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'ema_crossover', params: { short: 10, long: 30 } }]],
  ])('"%s"', (text, history, strategies) => {
    expect(userStrategiesOf(text, history)).toEqual(strategies);
  });
});
