import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * Leads that wish for a state, after which second-language writers put the verb in the past
 * subjunctive, as Russian "нужно, чтобы … была" and German "ich wünschte, … wäre" do: "need that max
 * drawdown was not more than 25%", "I'd like that the CAGR were at least 10%", "I wish the Sharpe were
 * above 1". A bare "want" or "need" is not one: "I want the run where the Sharpe was 1.2" tells a past.
 */
const WISH_LEADS = phrases('need|needs|want|wants|hope|hoping|require|requires|wish|wishing that', "i'd|we'd|id like that", 'would like that',
  'wish', 'should|must be that', 'should|must be so that', 'important|necessary|essential that');
/** Between a wish lead and the metric: "I wish the Sharpe were", "want that my CAGR was". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'my', 'our', 'its', 'a', 'an']);
/** One wished target joined to the next: "want that Sharpe was above 1 and drawdown was under 20%". */
const JOINERS: ReadonlySet<string> = new Set(['and', 'also', 'plus']);
/** The longest wish lead, in words. */
const LONGEST_LEAD = Math.max(...WISH_LEADS.map((lead) => lead.length));
/** The past copulas a wish puts where "is" belongs. */
const PRESENT_OF_PAST: Readonly<Record<string, string>> = { was: 'is', were: 'is', "wasn't": "isn't", "weren't": "isn't", wasnt: 'isnt', werent: 'isnt' };

/** A wish lead starting at `index`: read as a goal lead, so its words are not left over. */
export function wishLeadAt(tokens: readonly Token[], index: number): { end: number } | undefined {
  return matchLongest(tokens, index, WISH_LEADS);
}

function leadEndsAt(tokens: readonly Token[], end: number): boolean {
  for (let start = Math.max(0, end - LONGEST_LEAD); start < end; start++) {
    if (wishLeadAt(tokens, start)?.end === end && tokens[start]!.sentence === tokens[end]?.sentence) return true;
  }
  return false;
}

/** A wish lead earlier in the same clause (no punctuation between but a percent sign). */
function leadInClause(tokens: readonly Token[], index: number): boolean {
  for (let end = index; end > 0 && tokens[end - 1]!.sentence === tokens[index]!.sentence; end--) {
    if (isPunct(tokens[end - 1]) && !isPunct(tokens[end - 1], '%')) return false;
    if (leadEndsAt(tokens, end)) return true;
  }
  return false;
}

/** Whether the metric at `index` is wished for: straight after a wish lead, or joined to a target that is. */
function isWished(tokens: readonly Token[], index: number): boolean {
  let before = index;
  while (before > 0 && isWord(tokens[before - 1]) && DETERMINERS.has(tokens[before - 1]!.norm)) before--;
  if (leadEndsAt(tokens, before)) return true;
  return before > 0 && isWord(tokens[before - 1]) && JOINERS.has(tokens[before - 1]!.norm) && leadInClause(tokens, before - 1);
}

/**
 * The tokens as the target at `index` means them: after a wish, "was" and "were" between the metric
 * and its bound say "is" ("need that max drawdown was not more than 25%" is max_drawdown >= -0.25).
 * Anywhere else the tokens are returned as they are, so "my max drawdown was 30% last time" stays a
 * past result, never a target.
 */
export function readAsWished(tokens: readonly Token[], index: number): readonly Token[] {
  if (!isWord(tokens[index]) || !(wishLeadAt(tokens, index) || isWished(tokens, index))) return tokens;
  const sentence = tokens[index]!.sentence;
  return tokens.map((token, position) => {
    const present = position > index && token.sentence === sentence && token.kind === 'word' ? PRESENT_OF_PAST[token.norm] : undefined;
    return present === undefined ? token : { ...token, norm: present };
  });
}
