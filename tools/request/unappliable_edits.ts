/**
 * Follow-up edits that cannot apply to the conversation's run ("double the slippage" with none set,
 * levels nudged until they cross): refused as bad_parameters, so the run never goes ahead as if
 * the edit had been made.
 */
import { BacktestPilotError } from '../errors.js';

/** The verb people scale by: "double", "halve"; any other factor "scale". */
function scalingVerb(factor: number): string {
  if (factor === 2) return 'double';
  if (factor === 3) return 'triple';
  if (factor === 0.5) return 'halve';
  return 'scale';
}

/** "double the slippage" when the run has no slippage: a multiple of none is still none. */
export function noCostToScale(cost: 'fees' | 'slippage', factor: number, written: string): BacktestPilotError {
  const none = cost === 'fees' ? 'there are no fees' : 'there is no slippage';
  return new BacktestPilotError('bad_parameters',
    `"${written}" cannot apply: ${none} to ${scalingVerb(factor)} in this run. Set a value instead, e.g. "${cost} 5 bps"`, { written, cost, factor });
}

/** "fees same as the slippage" when the run has no slippage: there is no value to copy. */
export function noCostToMatch(cost: 'fees' | 'slippage', written: string): BacktestPilotError {
  const other = cost === 'fees' ? 'slippage' : 'fees';
  return new BacktestPilotError('bad_parameters',
    `"${written}" cannot apply: there is no ${other} set in this run to copy. Give a value instead, e.g. "${cost} 5 bps"`, { written, cost });
}

/** Levels moved past each other or out of 0–100: "30 points closer to 50" from 30/70 would be 60/40. */
export function levelsOutOfOrder(strategy: string, levels: { lower: number; upper: number }, moved: { lower: number; upper: number }, written: string): BacktestPilotError {
  const inward = moved.lower > levels.lower;
  const room = inward ? (levels.upper - levels.lower) / 2 : Math.min(levels.lower, 100 - levels.upper);
  return new BacktestPilotError('bad_parameters',
    `"${written}" cannot apply: ${strategy}'s levels ${levels.lower}/${levels.upper} would become ${moved.lower}/${moved.upper}; `
      + `the lower level must stay below the upper and both between 0 and 100. Move them by less than ${room} points, or give both, e.g. "levels 35/65"`,
    { written, strategy, lower: levels.lower, upper: levels.upper });
}
