import type { TargetContext } from '../types.js';
import { targetArray } from './target_array.js';

/** Entry and exit conditions of a strategy that holds its position until told otherwise. */
export interface PositionRules {
  /** First bar at which every indicator the rules read is defined; earlier bars are flat. */
  readonly firstBar: number;
  enterLong(bar: number): boolean;
  exitLong(bar: number): boolean;
  /** Read only when shorting is allowed. */
  enterShort(bar: number): boolean;
  exitShort(bar: number): boolean;
}

/**
 * Walks the bars once, keeping the position between signals: an open position is first checked
 * for its exit, and a flat one (including one that just exited) for an entry, long first. So when
 * one side's exit is the other side's entry (RSI above `upper` exits a long and enters a short),
 * the position reverses on that bar rather than sitting flat for a bar.
 */
export function runPositionStateMachine(
  length: number, context: Pick<TargetContext, 'allowShort' | 'targetBuffer'>, rules: PositionRules,
): Int8Array {
  const targets = targetArray(context, length);
  const { allowShort } = context;
  const firstBar = Math.min(Math.max(rules.firstBar, 0), length);
  targets.fill(0, 0, firstBar);
  let position = 0;
  for (let t = firstBar; t < length; t++) {
    if (position === 1 && rules.exitLong(t)) position = 0;
    else if (position === -1 && rules.exitShort(t)) position = 0;
    if (position === 0) {
      if (rules.enterLong(t)) position = 1;
      else if (allowShort && rules.enterShort(t)) position = -1;
    }
    targets[t] = position;
  }
  return targets;
}
