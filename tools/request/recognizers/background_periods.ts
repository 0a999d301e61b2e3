import type { Clause, Recognizer } from '../clauses.js';
import { writtenText } from '../token_matchers.js';
import { isInLifeClause } from './life_clauses.js';

/**
 * Marks the periods a message may mention as background rather than as the run's window: one said
 * in a clause about someone's own life ("I've traded BNB since 2019"), or one still to come ("a
 * crypto sleeve for next year"). Whether it is set aside is settled once the whole message is read
 * (background_periods.ts): only beside exactly one other window.
 */
export function markingBackground(recognize: Recognizer): Recognizer {
  return (tokens, index, context) => {
    const match = recognize(tokens, index, context);
    if (!match) return match;
    const life = isInLifeClause(tokens, index, match.end);
    const written = writtenText(tokens.slice(index, match.end));
    const mark = (clause: Clause): Clause => {
      if (clause.kind !== 'dates' || clause.context !== undefined) return clause;
      const future = clause.start !== undefined && clause.start > context.today;
      return life || future ? { ...clause, aside: { written, reason: life ? 'life' : 'future' } } : clause;
    };
    return { ...match, clauses: match.clauses.map(mark) };
  };
}
