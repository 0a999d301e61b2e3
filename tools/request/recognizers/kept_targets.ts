import type { Recognizer } from '../clauses.js';
import { matchMetricAt } from '../metric_vocabulary.js';
import { isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';

/**
 * "forget the sharpe condition, keep the drawdown one", "leave the win rate target as is": a target
 * the run already has stays as it is, which every follow-up does. Before, "the drawdown one" was read
 * as a new drawdown limit of 1 (100%). Only a metric the run has a target for is kept; what follows must
 * end the clause, so "keep the drawdown under 30%" stays a new target (targets.ts).
 */
const KEEP = phrases('keep|keeping|leave|leaving');
const LEADS: ReadonlySet<string> = new Set(['the', 'my', 'that', 'this']);
const TARGET_NOUNS = ['one', 'target', 'goal', 'condition', 'constraint', 'requirement', 'limit', 'cap', 'floor', 'filter', 'rule', 'bar', 'hurdle', 'threshold'];
const AS_BEFORE = phrases('as is', 'as it is', 'as before', 'the same', 'unchanged', 'in place', 'in');
const CLAUSE_ENDS = [',', '.', ';', '!', '?', ')'];

export const recognizeKeptTarget: Recognizer = (tokens, index, context) => {
  const keep = matchLongest(tokens, index, KEEP);
  const named = keep && matchMetricAt(tokens, skipWords(tokens, keep.end, LEADS));
  if (!named || context.earlier?.targets[named.metric] === undefined) return undefined;
  const nounEnd = isWord(tokens[named.end], ...TARGET_NOUNS) ? named.end + 1 : named.end;
  const end = matchLongest(tokens, nounEnd, AS_BEFORE)?.end ?? nounEnd;
  const next = tokens[end];
  const endsClause = next === undefined || isPunct(next, ...CLAUSE_ENDS) || isWord(next, 'and', 'but', 'please', 'pls', 'though', 'then');
  return endsClause ? { end, clauses: [] } : undefined;
};
