import type { Clause, Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, matchLongest, phrases, skipWords, writtenText, type Phrase } from '../token_matchers.js';
import { recognizeRevert } from './reverts.js';

/**
 * "meh, the first numbers were better. go back to those", "I liked the original settings more",
 * "the earlier dates were better, go back to them": a judgement that an earlier setting was better
 * asks for it back. The first message's ("first", "original", "initial") or the one before the last
 * change ("earlier", "old", "previous"), as "the earlier dates were better" already reads (reverts.ts).
 * The "go back to those" after it points at what was judged, so it is read with it: alone it names nothing.
 */
const FIRST = 'first|original|initial|1st';
const EARLIER = 'earlier|old|older|previous|prior';
/** The strategies' numbers; the whole run. Not "the first one", which may be a strategy of the list (ordinal_strategies.ts). */
const NUMBER_NOUNS = 'numbers|values|parameters|params|lengths';
const WHOLE_NOUNS = 'settings|version|run|setup|config';
const JUDGED = ['was|were|looked|seemed|worked|did better|best|nicer', 'was|were|looked|seemed|worked|did way|much|far|actually|definitely|honestly better'];
const LIKED = ['i|we liked|preferred', 'i|we liked the', 'i|we preferred the'];

function judgements(qualifiers: string, nouns: string): readonly Phrase[] {
  return phrases(
    ...JUDGED.flatMap((judged) => [`the|my|those ${qualifiers} ${nouns} ${judged}`, `the very first ${nouns} ${judged}`]),
    ...LIKED.flatMap((liked) => [`${liked} ${qualifiers} ${nouns} better|more|best`, `${liked} ${qualifiers} ${nouns}`]),
  );
}

const JUDGED_PHRASES: ReadonlyArray<{ words: readonly Phrase[]; clause: (written: string) => Clause }> = [
  // The first message's numbers come back as its strategies, the way every "numbers I had at first" does (reverts.ts).
  { words: judgements(FIRST, NUMBER_NOUNS), clause: (written) => ({ kind: 'recalled_turn', part: 'strategies', written }) },
  { words: judgements(EARLIER, NUMBER_NOUNS), clause: (written) => ({ kind: 'revert', field: 'parameters', written }) },
  { words: judgements(FIRST, WHOLE_NOUNS), clause: (written) => ({ kind: 'revert', field: 'first_message', written }) },
  { words: judgements(EARLIER, WHOLE_NOUNS), clause: (written) => ({ kind: 'revert', field: 'last_message', written }) },
];

/** Words that end a judgement ("… were better"): only after one does "go back to those" point at it. */
const JUDGEMENT_ENDS: ReadonlySet<string> = new Set(['better', 'best', 'nicer', 'more']);
const TAIL_FILLERS: ReadonlySet<string> = new Set(['so', 'and', 'just', 'ok', 'okay', 'lets', 'let\'s', 'please', 'pls', 'plz', 'then']);
const BACK_TO_THOSE = phrases('go|going|switch|change|revert|get back to those|them|that|it|these', 'back to those|them|that|it|these',
  'use|try|run|do those|them|that|it again', 'put|bring|set those|them|that|it back', 'let us go back to those|them|that|it');

/** ". go back to those", ", so let's use them again": the judged setting asked for again. */
function readBackToThose(tokens: readonly Token[], index: number): number | undefined {
  const after = isPunct(tokens[index], '.', ',', ';', '-', '!') ? index + 1 : index;
  return matchLongest(tokens, skipWords(tokens, after, TAIL_FILLERS), BACK_TO_THOSE)?.end;
}

export const recognizePreferredEarlierSetting: Recognizer = (tokens, index, context) => {
  for (const { words, clause } of JUDGED_PHRASES) {
    const found = matchLongest(tokens, index, words);
    if (!found) continue;
    const end = readBackToThose(tokens, found.end) ?? found.end;
    return { end, clauses: [clause(writtenText(tokens.slice(index, end)))] };
  }
  // "the earlier dates were better, go back to them": a judged setting reverts.ts reads, with what points back at it.
  const judged = recognizeRevert(tokens, index, context);
  const last = judged && tokens[judged.end - 1];
  const tail = last && JUDGEMENT_ENDS.has(last.norm) ? readBackToThose(tokens, judged.end) : undefined;
  return judged && tail !== undefined ? { ...judged, end: tail } : undefined;
};
