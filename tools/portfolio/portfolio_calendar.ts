/** The bars on which every symbol of a portfolio has a bar. */
export interface PortfolioCalendar {
  /** Open time of each portfolio bar, strictly increasing. */
  time: Float64Array;
  /** Per symbol (in the order given): the index into that symbol's own series of each portfolio bar. */
  indices: Int32Array[];
}

/**
 * The intersection of the symbols' calendars, in one merge pass over all of them: a bar time is
 * kept when every series has a bar that opens at exactly that time. Each series' times must be
 * strictly increasing (the loader guarantees it).
 */
export function intersectCalendars(times: readonly Float64Array[]): PortfolioCalendar {
  const count = times.length;
  const capacity = Math.min(...times.map((time) => time.length));
  const time = new Float64Array(capacity);
  const indices = times.map(() => new Int32Array(capacity));
  const cursor = new Int32Array(count);
  let bars = 0;
  outer: for (;;) {
    // The latest of the current times: no earlier time can be in every series.
    let candidate = -Infinity;
    for (let symbol = 0; symbol < count; symbol++) {
      if (cursor[symbol]! >= times[symbol]!.length) break outer;
      const value = times[symbol]![cursor[symbol]!]!;
      if (value > candidate) candidate = value;
    }
    let everyMatches = true;
    for (let symbol = 0; symbol < count; symbol++) {
      const series = times[symbol]!;
      let at = cursor[symbol]!;
      while (at < series.length && series[at]! < candidate) at++;
      cursor[symbol] = at;
      if (at >= series.length) break outer;
      if (series[at] !== candidate) everyMatches = false;
    }
    if (!everyMatches) continue;
    time[bars] = candidate;
    for (let symbol = 0; symbol < count; symbol++) {
      indices[symbol]![bars] = cursor[symbol]!;
      cursor[symbol]!++;
    }
    bars++;
  }
  // Views, not copies: a million-bar calendar is not copied again.
  return { time: time.subarray(0, bars), indices: indices.map((column) => column.subarray(0, bars)) };
}
