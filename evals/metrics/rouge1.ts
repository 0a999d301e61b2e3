/**
 * ROUGE-1 F-measure as adk-python's `response_match_score` computes it (Google's rouge_score,
 * `rouge1`, `use_stemmer=True`): lowercase, every run of characters other than a-z and 0-9 becomes
 * a space, tokens longer than 3 characters are Porter-stemmed, and F = 2PR / (P + R) over the
 * clipped unigram overlap. Text in other scripts tokenizes to nothing, as in rouge_score.
 */
import { porterStem } from './porter_stemmer.js';

export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((token) => token !== '')
    .map((token) => (token.length > 3 ? porterStem(token) : token));
}

function countTokens(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * ROUGE-1 F of `actual` against `expected`, in [0, 1]. Two texts with no tokens at all score 1
 * (nothing was expected and nothing was said); rouge_score would give 0, which would fail a turn
 * whose expected answer is empty.
 */
export function rouge1F(actual: string, expected: string): number {
  const actualTokens = rougeTokens(actual);
  const expectedTokens = rougeTokens(expected);
  if (actualTokens.length === 0 && expectedTokens.length === 0) return 1;
  const expectedCounts = countTokens(expectedTokens);
  let overlap = 0;
  for (const [token, count] of countTokens(actualTokens)) overlap += Math.min(count, expectedCounts.get(token) ?? 0);
  if (overlap === 0) return 0;
  const precision = overlap / actualTokens.length;
  const recall = overlap / expectedTokens.length;
  return (2 * precision * recall) / (precision + recall);
}
