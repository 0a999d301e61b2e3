import type { Recognizer } from '../clauses.js';
import { matchMetricAt } from '../metric_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * The metric named first and the ranking pointing back at it: "actually calmar is what i care about,
 * rank by that", "sortino matters more to me, sort by it", "i care most about calmar, so use that for
 * ranking". Only the words of caring may stand between (a closed list), so nothing else in the
 * message is swallowed: a number ("sharpe above 1.5, rank by that" is a target), a negation ("calmar
 * is not what I care about") or a symbol between leaves the sentence as it was read before.
 */
const RANK_VERBS = 'rank|ranked|ranking|sort|sorted|sorting|order|ordered|judge|judged|score|scored|compare|pick|choose';
const POINTERS = 'that|it|this';
const RANKED = 'them|everything|things|em|all|it';
const BY = 'by|on|using|with';
const POINTED_RANKING = phrases(
  `${RANK_VERBS} ${BY} ${POINTERS}`, `${RANK_VERBS} ${BY} that|this one|metric`,
  `${RANK_VERBS} ${RANKED} ${BY} ${POINTERS}`, `${RANK_VERBS} ${RANKED} ${BY} that|this one|metric`,
  `${RANK_VERBS} the results|strategies|runs|list ${BY} ${POINTERS}`,
  `use|take ${POINTERS} for|to|in rank|ranking|sort|sorting|order|ordering`, `go with ${POINTERS} for|to|in rank|ranking|sort|sorting|order|ordering`, `use|take ${POINTERS} as the ranking|sort metric|key`,
  `make ${POINTERS} the ranking|sort metric|key`,
);
/** What may stand between the metric and the ranking: how much it matters, never what to run. */
const CARING: ReadonlySet<string> = new Set(['is', 'are', "it's", 'its', 'what', 'i', 'we', "i'm", 'im', 'am', 'me', 'us', 'my', 'our', 'care', 'cares', 'about', 'matters', 'matter',
  'more', 'most', 'really', 'much', 'all', 'to', 'the', 'one', 'thing', 'metric', 'number', 'want', 'like', 'prefer', 'priority', 'important', 'counts', 'focus',
  'interested', 'in', 'main', 'key', 'so', 'and', 'then', 'please', 'pls', 'actually', 'just', 'now', 'honestly', 'really', 'for', 'should', 'be', 'which',
  'ok', 'okay', 'yeah', 'only', 'that', 'this', 'here', 'a', 'lot', 'way', 'better']);
const BETWEEN_MARKS: ReadonlySet<string> = new Set([',', '-', '.', ';', ':', '!']);
/** How far the ranking may stand from its metric, in tokens. */
const REACH = 12;

function isCaring(token: Token): boolean {
  return token.kind === 'word' ? CARING.has(token.norm) : token.kind === 'punct' && BETWEEN_MARKS.has(token.norm);
}

export const recognizeRankedByPronoun: Recognizer = (tokens, index) => {
  const named = matchMetricAt(tokens, index);
  if (!named) return undefined;
  const sentence = tokens[index]!.sentence;
  for (let at = named.end; at < named.end + REACH && tokens[at] !== undefined; at++) {
    // The ranking may open the next sentence ("Calmar matters most. Rank by that."), no further.
    if (tokens[at]!.sentence > sentence + 1) return undefined;
    const ranking = matchLongest(tokens, at, POINTED_RANKING);
    if (ranking) {
      const end = isWord(tokens[ranking.end], 'instead') ? ranking.end + 1 : ranking.end;
      return { end, clauses: [{ kind: 'rank_by', metric: named.metric }] };
    }
    if (!isCaring(tokens[at]!)) return undefined;
  }
  return undefined;
};
