/**
 * "Is gold a better buy and hold than the S&P 500", "was sol a better bet than eth", "is bitcoin a
 * better hold than gold": in a question of which holding did better, the name the question asks
 * about (right after its auxiliary) and the one after "than" are the two things compared, so a name
 * that is also a word ("gold", "sol", "link") is read as the instrument there. Only where the
 * comparison is plainly one of holdings: an investor's noun after "better" ("a better buy"), or an
 * instrument on the other side. "Is Ada a better trader than me" and "a better link than this" stay words.
 */
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

const AUXILIARIES = ['is', 'was', 'would', 'will', 'isnt', "isn't", 'wasnt', "wasn't", 'has', 'does', 'did'];
/** Between the name and the comparative: "would sol have been a better buy", "is gold really a safer hedge". */
const BETWEEN = phrases('have been', 'of been', 'be', 'been', 'really', 'actually', 'still', 'a', 'an', 'really|actually|still a|an', 'have been|be a|an');
const COMPARATIVES = ['better', 'worse', 'safer', 'riskier', 'stronger', 'weaker', 'smarter'];
/** What an investor calls a holding: "a better buy", "a safer hedge", "a better long-term hold". */
const HOLDING_NOUNS = ['buy', 'hold', 'investment', 'hedge', 'bet', 'pick', 'play', 'asset', 'performer', 'holding', 'store'];
const SENTENCE_ENDS = ['.', '!', '?', ';'];

/** Past the comparative at `index` and an investor's noun after it ("better long term buy"); the noun's index, or undefined. */
function holdingNounAfter(tokens: readonly Token[], index: number): number | undefined {
  for (let at = index + 1; at <= index + 3 && tokens[at] && !isPunct(tokens[at], ...SENTENCE_ENDS); at++) {
    if (isWord(tokens[at], ...HOLDING_NOUNS)) return at;
  }
  return undefined;
}

/** The index of "than" after `from` in the same sentence, if any. */
function thanAfter(tokens: readonly Token[], from: number): number | undefined {
  for (let at = from; tokens[at] && !isPunct(tokens[at], ...SENTENCE_ENDS); at++) {
    if (isWord(tokens[at], 'than')) return at;
  }
  return undefined;
}

/**
 * Whether the name at `index` is the subject of a question comparing it with something "than" names:
 * `namesSymbol` says whether an instrument (any name, read without context) starts at a token.
 */
export function isComparedSubject(tokens: readonly Token[], index: number, namesSymbol: (at: number) => boolean): boolean {
  if (!isWord(tokens[index - 1], ...AUXILIARIES)) return false;
  const comparativeAt = matchLongest(tokens, index + 1, BETWEEN)?.end ?? index + 1;
  if (!isWord(tokens[comparativeAt], ...COMPARATIVES)) return false;
  const than = thanAfter(tokens, comparativeAt + 1);
  if (than === undefined) return false;
  const otherAt = isWord(tokens[than + 1], 'the') ? than + 2 : than + 1;
  return holdingNounAfter(tokens, comparativeAt) !== undefined || namesSymbol(otherAt);
}

/**
 * Whether the name at `index`, right after "than" (or "than the"), is the other side of such a
 * question, whose subject is an instrument or whose comparative has an investor's noun after it.
 */
export function isComparedObject(tokens: readonly Token[], index: number, namesSymbol: (at: number) => boolean): boolean {
  const than = isWord(tokens[index - 1], 'the') ? index - 2 : index - 1;
  if (!isWord(tokens[than], 'than')) return false;
  for (let at = than - 1; at > 0 && !isPunct(tokens[at], ...SENTENCE_ENDS); at--) {
    if (!isWord(tokens[at], ...COMPARATIVES)) continue;
    const noun = holdingNounAfter(tokens, at);
    if (noun !== undefined && noun < than) return true;
    const subjectAt = isWord(tokens[at - 1], 'a', 'an') ? at - 2 : at - 1;
    return isWord(tokens[subjectAt - 1], ...AUXILIARIES) && namesSymbol(subjectAt);
  }
  return false;
}
