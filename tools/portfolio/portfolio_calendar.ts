/** The bars on which every symbol of a portfolio has a bar. */
export interface PortfolioCalendar {
  /** Open time of each portfolio bar, strictly increasing. */
  time: Float64Array;
  /** Per symbol (in the order given): the index into that symbol's own series of each portfolio bar. */
  indices: Int32Array[];
}

/**
 * The intersection of the symbols' calendars: a bar time is kept when every series has a bar that
 * opens at exactly that time. One pass: each time of the first series, with every other series'
 * cursor moved up to it. Series whose times are all the same share one index column, with no merge.
 * Each series' times must be strictly increasing (the loader guarantees it).
 */
export function intersectCalendars(times: readonly Float64Array[]): PortfolioCalendar {
  const first = times[0]!;
  if (times.every((time) => sameTimes(time, first))) {
    const identity = new Int32Array(first.length);
    for (let bar = 0; bar < first.length; bar++) identity[bar] = bar;
    return { time: first, indices: times.map(() => identity) };
  }
  const count = times.length;
  const capacity = Math.min(...times.map((time) => time.length));
  const time = new Float64Array(capacity);
  const indices = times.map(() => new Int32Array(capacity));
  const cursor = new Int32Array(count);
  let bars = 0;
  scan: for (let at = 0; at < first.length; at++) {
    const candidate = first[at]!;
    for (let symbol = 1; symbol < count; symbol++) {
      const series = times[symbol]!;
      let position = cursor[symbol]!;
      while (position < series.length && series[position]! < candidate) position++;
      cursor[symbol] = position;
      if (position >= series.length) break scan;
      if (series[position] !== candidate) continue scan;
    }
    time[bars] = candidate;
    indices[0]![bars] = at;
    for (let symbol = 1; symbol < count; symbol++) indices[symbol]![bars] = cursor[symbol]!;
    bars++;
  }
  // Views, not copies: a million-bar calendar is not copied again.
  return { time: time.subarray(0, bars), indices: indices.map((column) => column.subarray(0, bars)) };
}

function sameTimes(a: Float64Array, b: Float64Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let at = 0; at < a.length; at++) if (a[at] !== b[at]) return false;
  return true;
}
