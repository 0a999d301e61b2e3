import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEma, EmaStream } from './ema/ema.js';
import type { IndicatorStream } from './indicator_stream.js';
import { computeSma, SmaStream } from './sma/sma.js';

interface StreamedIndicator {
  name: string;
  whole(values: Float64Array, period: number): Float64Array;
  stream(values: Float64Array, period: number): IndicatorStream;
}

const INDICATORS: StreamedIndicator[] = [
  { name: 'sma', whole: computeSma, stream: (values, period) => new SmaStream(values, period) },
  { name: 'ema', whole: computeEma, stream: (values, period) => new EmaStream(values, period) },
];

/** The stream's output over consecutive blocks ending at `cuts` (and at the last bar), joined. */
function fillInBlocks(stream: IndicatorStream, length: number, cuts: number[]): Float64Array {
  const joined = new Float64Array(length).fill(-1);
  const ends = [...new Set([...cuts.map((cut) => cut % (length + 1)), length])].sort((a, b) => a - b);
  let from = 0;
  for (const to of ends) {
    const block = new Float64Array(to - from).fill(-1);
    stream.fill(block, from, to);
    joined.set(block, from);
    from = to;
  }
  return joined;
}

// A leading run of NaN stands for an input's own warm-up (the MACD line fed to its signal EMA).
const values = fc.tuple(
  fc.nat({ max: 5 }),
  fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 150 }),
).map(([leadingNaN, finite]) => Float64Array.from([...Array<number>(leadingNaN).fill(Number.NaN), ...finite]));

describe.each(INDICATORS)('$name as a stream', (indicator) => {
  it('fills any split into consecutive blocks with exactly the whole-series values, bit for bit', () => {
    fc.assert(fc.property(values, fc.integer({ min: 1, max: 40 }), fc.array(fc.nat(), { maxLength: 8 }), (series, period, cuts) => {
      if (indicator.name === 'sma' && series.some(Number.isNaN)) return;
      const whole = Array.from(indicator.whole(series, period));
      const blocks = Array.from(fillInBlocks(indicator.stream(series, period), series.length, cuts));
      // toEqual tells NaN from numbers and -0 from 0, so equal arrays are the same bits.
      expect(blocks).toEqual(whole);
    }));
  });

  it('gives a million-bar series block by block (4,096 bars a block) identical to the whole-series pass', () => {
    const series = Float64Array.from({ length: 1_000_000 }, (_, t) => 100 + 10 * Math.sin(t / 300) + (t % 17) * 0.01);
    const cuts = Array.from({ length: 244 }, (_, block) => (block + 1) * 4096);
    expect(fillInBlocks(indicator.stream(series, 50), series.length, cuts)).toEqual(indicator.whole(series, 50));
  });
});
