import type { Clause, Recognizer, RecognizerMatch } from '../clauses.js';
import type { TargetOperator } from '../request_spec.js';
import type { Token } from '../tokenizer.js';
import { isNumber, matchLongest, phrases, type Phrase } from '../token_matchers.js';

/**
 * The win rate said as a count of trades in every so many: "wins more than six trades out of every
 * ten", "win at least 7 of every 10 trades", "loses no more than 4 trades in 10", "at least 6 out
 * of 10 trades should be winners". Six of ten is a share (0.6), never a count of six trades; a
 * share of losers is the win rate's complement. With no comparator the share is the least wanted.
 */
const WIN_VERBS = phrases('win|wins|winning|won on|in', 'win|wins|winning|won', 'be right|profitable on|in', 'be right|profitable', 'profit on|in');
const LOSE_VERBS = phrases('lose|loses|losing|lost on|in', 'lose|loses|losing|lost', 'be wrong on|in', 'be wrong');
const COMPARATORS: ReadonlyArray<{ operator: TargetOperator; words: readonly Phrase[] }> = [
  { operator: '>', words: phrases('more than', 'over', 'above', 'upwards of') },
  { operator: '>=', words: phrases('at least', 'no fewer|less than', 'not fewer|less than', 'a minimum of', 'minimum') },
  { operator: '<', words: phrases('fewer|less than', 'under', 'below') },
  { operator: '<=', words: phrases('at most', 'no more than', 'not more than', 'a maximum of', 'maximum', 'up to') },
];
const TRADE_NOUNS = phrases('trades', 'trade', 'positions', 'bets', 'of its|the|my|their trades|positions|bets', 'its|the|my|their trades|positions|bets');
const IN_EVERY = phrases('out of every|each', 'out of', 'of every|each', 'in every|each', 'in', 'of');
/** After "6 out of 10 trades": how they should end, winners or losers. */
const BEING = phrases('should|must be', 'need|have to be', 'should|must end up', 'are', 'be');
const WINNING_STATE = phrases('winners', 'winning', 'profitable', 'win', 'in profit', 'green');
const LOSING_STATE = phrases('losers', 'losing', 'lose', 'unprofitable', 'at a loss', 'red');
/** "wins in 3 of 5 years": a share of periods or markets, not of trades. */
const OTHER_WHOLES: ReadonlySet<string> = new Set(['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'quarters', 'periods', 'windows', 'markets', 'coins', 'symbols', 'stocks', 'assets', 'runs', 'tests', 'backtests']);
const MIRRORED: Readonly<Record<TargetOperator, TargetOperator>> = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' };

function comparatorAt(tokens: readonly Token[], index: number): { operator: TargetOperator; end: number } | undefined {
  for (const entry of COMPARATORS) {
    const found = matchLongest(tokens, index, entry.words);
    if (found) return { operator: entry.operator, end: found.end };
  }
  return undefined;
}

/** "six trades out of every ten", "7 of every 10 trades", "3 in 5": the share, and where it ends. */
function readShare(tokens: readonly Token[], index: number): { share: number; end: number } | undefined {
  const won = tokens[index];
  if (!isNumber(won)) return undefined;
  const nounAfterCount = matchLongest(tokens, index + 1, TRADE_NOUNS);
  const every = matchLongest(tokens, nounAfterCount?.end ?? index + 1, IN_EVERY);
  const whole = every && tokens[every.end];
  if (!every || !isNumber(whole) || whole.value <= 0 || won.value > whole.value || !Number.isInteger(won.value) || !Number.isInteger(whole.value)) return undefined;
  const nounAfterWhole = matchLongest(tokens, every.end + 1, TRADE_NOUNS);
  if (OTHER_WHOLES.has(tokens[every.end + 1]?.norm ?? '') || OTHER_WHOLES.has(tokens[index + 1]?.norm ?? '')) return undefined;
  return { share: Number((won.value / whole.value).toFixed(4)), end: nounAfterWhole?.end ?? every.end + 1 };
}

function winRate(losing: boolean, operator: TargetOperator, share: number, end: number): RecognizerMatch {
  const clause: Clause = losing
    ? { kind: 'target', metric: 'win_rate', operator: MIRRORED[operator], value: Number((1 - share).toFixed(4)) }
    : { kind: 'target', metric: 'win_rate', operator, value: share };
  return { end, clauses: [clause] };
}

/** "wins more than six trades out of every ten": the verb first. */
function readVerbFirst(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lost = matchLongest(tokens, index, LOSE_VERBS);
  const verb = lost ?? matchLongest(tokens, index, WIN_VERBS);
  if (!verb) return undefined;
  const comparator = comparatorAt(tokens, verb.end);
  const share = readShare(tokens, comparator?.end ?? verb.end);
  return share && winRate(Boolean(lost), comparator?.operator ?? '>=', share.share, share.end);
}

/** "at least 6 out of 10 trades should be winners": the share first, then how the trades end. */
function readShareFirst(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const comparator = comparatorAt(tokens, index);
  const share = readShare(tokens, comparator?.end ?? index);
  if (!share) return undefined;
  const being = matchLongest(tokens, share.end, BEING);
  const at = being?.end ?? share.end;
  const lost = matchLongest(tokens, at, LOSING_STATE);
  const state = lost ?? matchLongest(tokens, at, WINNING_STATE);
  return state && winRate(Boolean(lost), comparator?.operator ?? '>=', share.share, state.end);
}

export const recognizeTradesWonOutOf: Recognizer = (tokens, index) => readVerbFirst(tokens, index) ?? readShareFirst(tokens, index);
