import type { StrategyRequest } from './request_spec.js';

/** The values one message wrote for each of its strategies' parameters, so none is replaced silently. */
export type WrittenValues = Map<StrategyRequest, Record<string, number>>;

/**
 * Records the values a message gives `owner`'s parameter and, when the same message already gave it
 * another ("sma 20/50 with a 10 day short window"), says which one is used: the one applied last (a
 * parameter's name beats the unnamed numbers), but a number the user wrote is never dropped without a word.
 */
export function writeValues(written: WrittenValues, owner: StrategyRequest, parameter: string, values: readonly number[], notes: string[]): void {
  const earlier = written.get(owner)?.[parameter];
  if (earlier !== undefined && !values.includes(earlier)) {
    notes.push(`${owner.name} ${parameter} was given ${earlier} and ${values.join(', ')}: ${values.length > 1 ? 'ran' : 'used'} ${values.join(', ')}`);
  }
  written.set(owner, { ...written.get(owner), [parameter]: values[values.length - 1]! });
}
