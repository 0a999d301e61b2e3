import type { Token } from '../tokenizer.js';

/**
 * "put the std where it was before", "reset the lookback": a strategy number named by its own name
 * takes back only that number; "the thresholds", "the channel" name all of a strategy's numbers.
 */
const PARAMETER_OF_NOUN: ReadonlyMap<string, string> = new Map([
  ['std', 'std_dev'], ['stdev', 'std_dev'], ['sd', 'std_dev'], ['deviation', 'std_dev'], ['sigma', 'std_dev'], ['multiplier', 'std_dev'],
  ['lookback', 'lookback'],
]);

/** The parameters a revert's words name one by one, or undefined when they name the numbers as a whole. */
export function parametersNamed(tokens: readonly Token[]): string[] | undefined {
  const named = [...new Set(tokens.flatMap((token) => PARAMETER_OF_NOUN.get(token.norm) ?? []))];
  return named.length > 0 ? named : undefined;
}
