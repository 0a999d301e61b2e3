const DAY_MS = 86_400_000;

/** Epoch ms of the start of a UTC day given as YYYY-MM-DD. */
export function startOfDayMs(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00.000Z`);
}

/** Epoch ms just after a UTC day given as YYYY-MM-DD ends. */
export function endOfDayMs(isoDate: string): number {
  return startOfDayMs(isoDate) + DAY_MS;
}

/** The earliest timestamp of "the last N days": N × 24 hours back from `now`. */
export function daysAgoMs(days: number, now: number): number {
  return now - days * DAY_MS;
}
