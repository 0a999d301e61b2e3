import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/** Nouns for people whose era a period may name: "the turtle traders from the 80s". */
const PEOPLE: ReadonlySet<string> = new Set([
  'traders', 'trader', 'investors', 'investor', 'guys', 'folks', 'people', 'turtles', 'legends', 'pros', 'quants', 'speculators', 'gurus',
]);

/**
 * "I've been reading about the turtle traders from the 80s": a period right after people says when
 * they lived or traded, not the window, so it is the story's (background_periods.ts).
 */
export function namesPeopleOfAnEra(tokens: readonly Token[], start: number): boolean {
  return isWord(tokens[start], 'from', 'of', 'in') && isWord(tokens[start - 1]) && PEOPLE.has(tokens[start - 1]!.norm);
}
