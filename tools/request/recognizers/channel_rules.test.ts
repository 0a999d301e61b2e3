import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from '../test_support/spec_of.js';


/** A breakout written out in words is one donchian with those channels (before: a default one ran beside it, or the windows were lost). */
describe('a breakout and its exit written out', () => {
  it.each([
    ['Security guard, read a book about the turtles. Fifty-five day breakout and a twenty day exit on gold, from 2008 until 2012.', 55, 20],
    ['a 40-day high breakout with a 15-day low exit on btc in 2023', 40, 15],
    ['55-day high breakout and 20-day low exit on btc in 2023', 55, 20],
    ['donchian on btc in 2023 with a 40-day high breakout and a 15-day low exit', 40, 15],
    ['I heard about the turtles. 55 day breakout and 20 day exit on eth in 2022', 55, 20],
  ])('"%s"', (text, period, exitPeriod) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'donchian_breakout', params: { period, exit_period: exitPeriod } }]);
  });

  it.each([
    // Must not change: a preset asked about in its own question is a run of its own.
    ['is the golden cross any good? try sma 20/50 on btc in 2023', 2],
    ['Read about the turtles. Test the turtle system on btc in 2023', 1],
  ])('"%s" keeps its runs', (text, count) => {
    expect(userStrategiesOf(text)).toHaveLength(count);
  });
});
