/**
 * A follow-up to a question about saved runs told after a story: "My friend trades dogecoin … but
 * forget his coins. Same question, but only for ether this time." The story's coins change nothing;
 * the follow-up is its last sentence that opens like one ("same question", "what about").
 */
import { isPunct, matchLongest, phrases } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';

/** Openings that only a follow-up has, so a story's "In 2021 I …" opens none. */
const SENTENCE_LEADS = phrases('same question|q|thing|query', 'same but', 'and|n|& what|how about', 'what|how about');

/** The tokens of the follow-up sentence after a story, or `tokens` when no later sentence opens like one. */
export function followUpSentence(tokens: readonly Token[]): readonly Token[] {
  for (let index = tokens.length - 1; index > 0; index--) {
    if (isPunct(tokens[index - 1], '.', '!', '?') && matchLongest(tokens, index, SENTENCE_LEADS)) return tokens.slice(index);
  }
  return tokens;
}
