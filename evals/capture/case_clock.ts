/**
 * The clock a case's tools run on: turn n (from 0) happens at noon UTC of the case's today plus n
 * seconds. When a run is saved and what "last week" counts back from then depend on the case, not
 * on the day it is replayed, and each turn's saves sort after the turn before's.
 */
export function caseTurnTime(today: string, turnIndex: number): number {
  return Date.parse(`${today}T12:00:00.000Z`) + turnIndex * 1_000;
}
