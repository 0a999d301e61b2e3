import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isWord } from '../token_matchers.js';

/**
 * "check apple every hour", "look at it every 15 minutes", "trade every 4 hours": a strategy looked
 * at every so many hours or minutes runs on bars that long. Days and weeks are left alone ("every
 * week" may be a rebalance or a buy), as is any recurring buy or rebalance said just before.
 */
const UNITS: Readonly<Record<string, 'h' | 'm'>> = { hour: 'h', hours: 'h', hr: 'h', hrs: 'h', minute: 'm', minutes: 'm', min: 'm', mins: 'm' };
const SINGULAR = ['hour', 'hr', 'minute', 'min'];
const SCHEDULED_DEEDS: ReadonlySet<string> = new Set(['buy', 'buys', 'buying', 'bought', 'invest', 'invests', 'investing', 'deposit', 'deposits', 'depositing', 'add', 'adds', 'adding',
  'contribute', 'contributing', 'dca', 'rebalance', 'rebalances', 'rebalancing', 'rebalanced', 'rebal', 'sell', 'sells', 'selling', 'pay', 'pays', 'paying']);
const LOOK_BACK = 6;

function scheduledBefore(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(Math.max(0, index - LOOK_BACK), index).some((token) => SCHEDULED_DEEDS.has(token.norm));
}

export const recognizeCheckedEvery: Recognizer = (tokens, index) => {
  if (!isWord(tokens[index], 'every', 'each') || scheduledBefore(tokens, index)) return undefined;
  const counted = isNumber(tokens[index + 1]) && Number.isInteger(tokens[index + 1]!.value) && tokens[index + 1]!.value > 0;
  const unitAt = counted ? index + 2 : index + 1;
  const unit = tokens[unitAt];
  if (!isWord(unit) || !Object.hasOwn(UNITS, unit!.norm) || (!counted && !SINGULAR.includes(unit!.norm))) return undefined;
  const count = counted ? tokens[index + 1]!.value : 1;
  const minutes = UNITS[unit!.norm] === 'h' ? count * 60 : count;
  if (minutes >= 1440) return undefined;
  const interval = minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
  return { end: unitAt + 1, clauses: [{ kind: 'interval', interval }] };
};
