/**
 * Thins a series to at most ~`maxPoints` points for display without losing its extremes: the
 * series is cut into maxPoints/2 buckets and each keeps its minimum and maximum, in time order
 * (the first and last points always stay). A 10,000-bar curve drawn at 1,000 points shows every
 * peak and trough, which every-n-th sampling would miss.
 */
export function downsampleMinMax(length: number, values: (index: number) => number, maxPoints: number): number[] {
  if (length <= maxPoints) return Array.from({ length }, (_, index) => index);
  const buckets = Math.max(1, Math.floor((maxPoints - 2) / 2));
  const kept: number[] = [0];
  const inner = length - 2;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const from = 1 + Math.floor((bucket * inner) / buckets);
    const to = 1 + Math.floor(((bucket + 1) * inner) / buckets);
    if (to <= from) continue;
    let low = from;
    let high = from;
    for (let index = from + 1; index < to; index++) {
      const value = values(index);
      if (value < values(low)) low = index;
      if (value > values(high)) high = index;
    }
    if (low === high) kept.push(low);
    else kept.push(Math.min(low, high), Math.max(low, high));
  }
  kept.push(length - 1);
  return kept;
}
