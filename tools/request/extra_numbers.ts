import { BacktestPilotError } from '../errors.js';
import { parameterSlotsOf } from './parameter_slots.js';
import type { PlacedClause } from './read_clauses.js';

/**
 * "sma 10 20 30 40", "sma 10/20/30": more numbers after a strategy's name than it takes are refused,
 * not run at its defaults or at a part of them; which ones were meant is the user's to say.
 */
export function checkExtraNumbers(placed: readonly PlacedClause[]): BacktestPilotError | undefined {
  for (const { clause } of placed) {
    if (clause.kind !== 'extra_numbers') continue;
    const written = clause.numbers.map((number) => number.value).join('/');
    const slots = parameterSlotsOf(clause.strategy).map((slot) => slot.name);
    return new BacktestPilotError('bad_parameters',
      `'${written}': ${clause.strategy} takes ${slots.length} (${slots.join(', ')}), not ${clause.numbers.length}; give one setting, or list the settings to compare one by one`,
      { strategy: clause.strategy, numbers: clause.numbers.map((number) => number.value) });
  }
  return undefined;
}
