import type { RecognizerContext } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { recognizeRevert } from './reverts.js';

/**
 * "back to what we started with but 2023 only", "go back to what I had originally, in 2023": the
 * past tense and the "we" of a phrase going back to an earlier run point at the conversation, not
 * at a story told. Story readers see the message with those words blanked (each made a plain "the",
 * so indexes and clause marks stay), or "started" and "we" would set the period aside as background.
 */
const BLANKED = new WeakMap<readonly Token[], readonly Token[]>();

export function withoutRevertPhrases(tokens: readonly Token[], context: RecognizerContext): readonly Token[] {
  const known = BLANKED.get(tokens);
  if (known) return known;
  let blanked: Token[] | undefined;
  for (let at = 0; at < tokens.length; at++) {
    const match = recognizeRevert(tokens, at, context);
    if (!match || match.end <= at) continue;
    blanked ??= [...tokens];
    for (let inside = at; inside < match.end; inside++) blanked[inside] = { ...tokens[inside]!, kind: 'word', text: 'the', norm: 'the', value: Number.NaN };
    at = match.end - 1;
  }
  const seen = blanked ?? tokens;
  BLANKED.set(tokens, seen);
  return seen;
}
