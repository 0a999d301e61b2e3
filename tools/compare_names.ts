/**
 * Orders names (files, symbols, intervals) the same on every machine, case aside: by their
 * lower-case code units, then as written. Not localeCompare: its order follows the locale, and its
 * first call loads ICU's collation data, some 8 ms of every command's start-up.
 */
export function compareNames(a: string, b: string): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
