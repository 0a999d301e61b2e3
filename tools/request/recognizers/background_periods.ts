import type { BackgroundAside, Clause, Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { writtenText } from '../token_matchers.js';
import { isInLifeClause } from './life_clauses.js';
import { storyReadingOf } from './story_clauses.js';

/**
 * Marks the periods a message may mention as background rather than as the run's window: one told
 * as part of a story ("a couple of them got burned in 2022 when the Nasdaq fell", "the 1980 top took
 * 28 years"), one said in a clause about someone's own life ("I've traded BNB since 2019"), or one
 * still to come ("a crypto sleeve for next year"). Whether it is set aside is settled once the whole
 * message is read (background_periods.ts): only beside exactly one other window, or the
 * conversation's when the message writes none.
 */
function asideReason(tokens: readonly Token[], start: number, end: number, future: boolean): BackgroundAside['reason'] | undefined {
  const story = storyReadingOf(tokens, start, end);
  const life = isInLifeClause(tokens, start, end);
  if (story === 'story') return life ? 'life_story' : 'story';
  if (life) return 'life';
  return future ? 'future' : story;
}

export function markingBackground(recognize: Recognizer): Recognizer {
  return (tokens, index, context) => {
    const match = recognize(tokens, index, context);
    if (!match) return match;
    const written = writtenText(tokens.slice(index, match.end));
    const mark = (clause: Clause): Clause => {
      if (clause.kind !== 'dates') return clause;
      const reason = asideReason(tokens, index, match.end, clause.start !== undefined && clause.start > context.today);
      return reason ? { ...clause, aside: { written, reason } } : clause;
    };
    return { ...match, clauses: match.clauses.map(mark) };
  };
}
