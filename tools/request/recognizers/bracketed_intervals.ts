import type { Token } from '../tokenizer.js';
import { isPunct, isYearNumber } from '../token_matchers.js';

/**
 * "T = [2021-01-01, 2024-12-31]", "(2021-01-01; 2024-12-31)", "[2019, 2023]": an interval as mathematics
 * writes one, its two ends alone in brackets, is one range; before, the comma made them two periods (a
 * day each). Written dates may stand in either bracket; bare years only after "[", as "(2021, 2023)"
 * is as often two years named in passing.
 */
const INTERVAL_SEPARATORS = [',', ';'];

/** Past the separator at `at` when it joins an interval's two ends, alone in brackets, else undefined. */
export function bracketedIntervalEnd(tokens: readonly Token[], at: number): number | undefined {
  if (!isPunct(tokens[at], ...INTERVAL_SEPARATORS) || !isPunct(tokens[at - 2], '(') || !isPunct(tokens[at + 2], ')')) return undefined;
  const [start, end] = [tokens[at - 1], tokens[at + 1]];
  // Ends in order only: "[2024-12-31, 2021-01-01]" is no interval, and stays two dates.
  const dated = start?.kind === 'iso_date' && end?.kind === 'iso_date' && start.norm <= end.norm;
  const years = isYearNumber(start) && isYearNumber(end) && start!.value <= end!.value && tokens[at - 2]!.text === '[';
  return dated || years ? at + 1 : undefined;
}
