import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/**
 * "make it ada instead", "change it to sol", "switch that over to link", "run it on dot", "let's do
 * ada instead": a follow-up that points at the run ("it", "that") and names what it should be on now.
 * The frame says the word ("ada", "sol", "link") is the instrument, not everyday English.
 */
const POINTERS = ['it', 'this', 'that', 'them', 'one'];
/** "make it ada": the new instrument straight after the pointer. */
const MAKE_VERBS = ['make', 'making', 'made'];
/** "change it to ada", "run it on sol", "do it with link": a preposition before the new instrument. */
const RETARGET_VERBS = ['change', 'switch', 'swap', 'move', 'set', 'turn', 'flip', 'run', 'rerun', 'redo', 'do', 'try', 'repeat', 'test', 'make'];
const PREPOSITIONS = ['to', 'into', 'on', 'with', 'for'];
/** Before "instead", these make the name an everyday noun: "send the link instead", "I spy instead". */
const EVERYDAY_LEADS = ['the', 'a', 'an', 'this', 'that', 'my', 'your', 'our', 'their', 'its', 'his', 'her', 'i', 'we', 'you', 'they', 'he', 'she'];

/** Index of the verb before the pointer ending right before `at`, past "this one", if there is a pointer. */
function verbBeforePointer(tokens: readonly Token[], at: number): number | undefined {
  if (!isWord(tokens[at - 1], ...POINTERS)) return undefined;
  // "make this one ada": "one" only after "this"/"that".
  if (isWord(tokens[at - 1], 'one')) return isWord(tokens[at - 2], 'this', 'that') ? at - 3 : undefined;
  return at - 2;
}

/** Whether the name at `index` is what a pointed-at run is made, changed or run on. */
export function isRetargetedName(tokens: readonly Token[], index: number): boolean {
  const made = verbBeforePointer(tokens, index);
  if (made !== undefined && isWord(tokens[made], ...MAKE_VERBS)) return true;
  // "switch it over to sol": "over" may stand before the preposition.
  const preposition = index - 1;
  if (!isWord(tokens[preposition], ...PREPOSITIONS)) return namedInstead(tokens, index);
  const pointerEnd = isWord(tokens[preposition - 1], 'over') ? preposition - 1 : preposition;
  const verb = verbBeforePointer(tokens, pointerEnd);
  return (verb !== undefined && isWord(tokens[verb], ...RETARGET_VERBS)) || namedInstead(tokens, index);
}

/** "let's do ada instead", "gold instead?": a name that replaces the one the run had, not "instead of". */
function namedInstead(tokens: readonly Token[], index: number): boolean {
  return isWord(tokens[index + 1], 'instead') && !isWord(tokens[index + 2], 'of') && !isWord(tokens[index - 1], ...EVERYDAY_LEADS);
}
