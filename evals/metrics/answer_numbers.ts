/**
 * The facts of an answer, as numbers: "every number in the expected answer appears in the actual
 * one" is how an eval tells a reworded report from a wrong one.
 *
 * - A date (2021-01-01) is one fact, not three numbers.
 * - "41,750.63" and "41750.63" are the same number; "0.880" and "0.88" too.
 * - 12% and 12 are different facts; the sign is ignored, because the same fact is written both ways
 *   ("a maximum drawdown of -55.51%", "a 55.51% drawdown").
 * - Digits glued to letters (a hash such as 132d6cbe5b85, "sha256", "H2") are not numbers.
 */

const ISO_DATE = /(?<![\p{L}\p{N}])\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}])/gu;
const NUMBER = /(?<![\p{L}\p{N}_.])[-−]?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\p{L}\p{N}_])(%?)/gu;

/** The distinct numbers and dates of a text, each as a canonical key ("date 2021-01-01", "317.51%", "41750.63"). */
export function numbersIn(text: string): Set<string> {
  const keys = new Set<string>();
  for (const match of text.matchAll(ISO_DATE)) keys.add(`date ${match[0]}`);
  const withoutDates = text.replace(ISO_DATE, ' ');
  for (const match of withoutDates.matchAll(NUMBER)) {
    keys.add(`${String(Number(match[1]!.replaceAll(',', '')))}${match[2]}`);
  }
  return keys;
}

/** The expected answer's numbers that the actual answer does not state, in the order found. */
export function missingNumbers(actual: string, expected: string): string[] {
  const stated = numbersIn(actual);
  return [...numbersIn(expected)].filter((key) => !stated.has(key));
}

/** The share of the expected answer's numbers the actual answer states; 1 when it expects none. */
export function numbersScore(actual: string, expected: string): number {
  const expectedCount = numbersIn(expected).size;
  return expectedCount === 0 ? 1 : 1 - missingNumbers(actual, expected).length / expectedCount;
}
