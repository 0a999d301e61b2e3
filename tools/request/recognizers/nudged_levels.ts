import type { Recognizer } from '../clauses.js';
import type { BacktestPilotError } from '../../errors.js';
import { levelsOutOfOrder } from '../unappliable_edits.js';
import type { PlacedClause } from '../read_clauses.js';
import type { StrategyRequest } from '../request_spec.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { settingsOf } from './scaled_parameters.js';

/**
 * "bring both bands 5 points closer to 50", "move the levels 10 further from the middle", "push the
 * thresholds out from 50 by 5": an oscillator's lower and upper levels moved by the same number of
 * points towards (or away from) its midline. Only the midline of 50 is read: a level "closer to 40"
 * is some other wish, left unread.
 */
const VERBS = phrases('bring|move|pull|push|shift|nudge|put|set');
const LEVELS = phrases('both|the|my|its|all bands|levels|thresholds|lines', 'both the|all the|both of the bands|levels|thresholds|lines',
  'the|both rsi bands|levels|thresholds', 'bands|levels|thresholds', 'them', 'both');
const INWARD = phrases('closer|nearer to', 'in closer|nearer to', 'towards|toward', 'in towards|toward');
const OUTWARD = phrases('further|farther from', 'further|farther away from', 'away from', 'out from', 'out further|farther from');
const MIDLINE = phrases('the middle|midline|center|centre|midpoint', 'the mid line|point');
const POINTS = phrases('points', 'point', 'pts', 'pt');
const RSI_MIDLINE = 50;

/** "5 points", "by 5", "by 5 pts": the distance, if written at `index`. */
function readPoints(tokens: readonly Token[], index: number): { points: number; end: number } | undefined {
  const at = isWord(tokens[index], 'by') ? index + 1 : index;
  const amount = tokens[at];
  if (!isNumber(amount) || !(amount.value > 0)) return undefined;
  return { points: amount.value, end: matchLongest(tokens, at + 1, POINTS)?.end ?? at + 1 };
}

/** "closer to 50", "away from the middle": which way, if the line named is the midline. */
function readDirection(tokens: readonly Token[], index: number): { inward: boolean; end: number } | undefined {
  const inward = matchLongest(tokens, index, INWARD);
  const way = inward ?? matchLongest(tokens, index, OUTWARD);
  if (!way) return undefined;
  const middle = matchLongest(tokens, way.end, MIDLINE);
  if (middle) return { inward: inward !== undefined, end: middle.end };
  const line = tokens[way.end];
  return isNumber(line) && line.value === RSI_MIDLINE ? { inward: inward !== undefined, end: way.end + 1 } : undefined;
}

export const recognizeNudgedLevels: Recognizer = (tokens, index) => {
  const verb = matchLongest(tokens, index, VERBS);
  const levels = verb && matchLongest(tokens, verb.end, LEVELS);
  if (!levels) return undefined;
  const before = readPoints(tokens, levels.end);
  const direction = readDirection(tokens, before?.end ?? levels.end);
  const after = direction && !before ? readPoints(tokens, direction.end) : undefined;
  const distance = before ?? after;
  if (!direction || !distance) return undefined;
  const end = after?.end ?? direction.end;
  const points = direction.inward ? distance.points : -distance.points;
  return { end, clauses: [{ kind: 'nudge_levels', points, written: writtenText(tokens.slice(index, end)) }] };
};

/** The strategies with the message's nudged levels applied, a note for each, and a refusal for levels that cannot move so far. */
export function nudgeLevels(strategies: readonly StrategyRequest[], placed: readonly PlacedClause[], notes: string[], refusals: BacktestPilotError[]): StrategyRequest[] {
  let result = [...strategies];
  for (const { clause } of placed) {
    if (clause.kind !== 'nudge_levels') continue;
    const owners = result.filter((strategy) => settingsOf(strategy)?.lower !== undefined && settingsOf(strategy)?.upper !== undefined);
    if (owners.length === 0) notes.push(`ignored "${clause.written}": no strategy has lower and upper levels`);
    result = result.map((strategy) => (owners.includes(strategy) ? nudged(strategy, clause.points, clause.written, notes, refusals) : strategy));
  }
  return result;
}

/** Lower up and upper down by `points` (down and up when negative); levels that would cross or leave 0–100 are refused. */
function nudged(strategy: StrategyRequest, points: number, written: string, notes: string[], refusals: BacktestPilotError[]): StrategyRequest {
  const { lower, upper } = settingsOf(strategy)!;
  const moved = { lower: lower! + points, upper: upper! - points };
  if (moved.lower >= moved.upper || moved.lower <= 0 || moved.upper >= 100) {
    refusals.push(levelsOutOfOrder(strategy.name, { lower: lower!, upper: upper! }, moved, written));
    return strategy;
  }
  notes.push(`read "${written}" as ${strategy.name} levels ${lower}/${upper} → ${moved.lower}/${moved.upper}`);
  return { ...strategy, params: { ...strategy.params, ...moved } };
}
