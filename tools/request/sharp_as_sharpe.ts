import { pastMetricNoun } from './recognizers/metric_nouns.js';
import type { Token } from './tokenizer.js';

/**
 * "sharp above 1", "sharp > 1.2", "sharp at least 1", "sharp 1.5": "sharp" before a bound is the Sharpe
 * ratio with its "e" dropped. Everywhere else it is the adjective, and stays so: "a sharp drop", "sharp
 * falls", "the fall was sharp", "a sharp 10% drop" (a share is no Sharpe), "sharp over the summer".
 * Wished for ("want a sharp above 1") or named as a target ("forget the sharp thing") it is the Sharpe too.
 */
const COMPARISON_MARKS: ReadonlySet<string> = new Set(['>', '<', '>=', '<=', '=', ':']);
/** Words that put a bound on a metric: "above 1", "at least 1", "greater than 1", "of 1.5". */
const COMPARISON_WORDS: ReadonlySet<string> = new Set([
  'above', 'over', 'below', 'under', 'greater', 'higher', 'bigger', 'more', 'less', 'lower', 'better', 'worse', 'at', 'of', 'min', 'max', 'minimum',
  'maximum', 'exceeding', 'exceeds', 'exceed', 'beyond', 'least', 'no', 'not', 'must', 'should', 'needs', 'is', 'to', 'than', 'be', 'around',
]);
/** How far after "sharp" its bound's number may be: "sharp must be at least 1". */
const BOUND_REACH = 4;
/** Before "sharp", words that make it the adjective even before a bound: "a sharp 10 point drop", "very sharp". */
const ADJECTIVE_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'very', 'so', 'too', 'really', 'quite', 'pretty', 'fairly', 'extremely', 'how', 'was', 'were', 'is', 'are', 'be', 'been', 'more', 'most']);
/** Before "a sharp", words that wish for it, so it is the Sharpe after all: "want a sharp above 1", "looking for a sharp over 1". */
const WISHING: ReadonlySet<string> = new Set(['want', 'wants', 'wanna', 'need', 'needs', 'require', 'requires', 'target', 'targeting', 'for', 'with', 'get', 'achieve', 'hit']);
/** After "sharp", nouns of a target: "forget the sharp thing", "drop the sharp target" name the Sharpe set before. */
const TARGET_NOUNS: ReadonlySet<string> = new Set(['target', 'targets', 'constraint', 'constraints', 'requirement', 'requirements', 'goal', 'goals', 'filter', 'condition', 'limit']);
/** After a bound's number, what may follow a Sharpe: the sentence's end, a mark that is not "%", or a joining word. */
const AFTER_BOUND: ReadonlySet<string> = new Set(['and', 'or', 'but', 'with', 'on', 'for', 'in', 'please', 'pls', 'plus', 'from', 'using', 'over', 'if', 'then', 'ratio']);

/** The number of a bound at `index`, if what follows it lets it be a Sharpe ratio. */
function isBoundNumber(tokens: readonly Token[], index: number): boolean {
  const number = tokens[index];
  if (number?.kind !== 'number') return false;
  const after = tokens[index + 1];
  if (after === undefined) return true;
  if (after.kind === 'punct') return after.norm !== '%';
  return after.kind === 'word' && AFTER_BOUND.has(after.norm);
}

/**
 * "a sharp" after a wish is the wished Sharpe; an article alone leaves the adjective ("a sharp 5 day rally").
 * "no more sharp" clears something ("no more sharp constraint"); whether that is the Sharpe, its noun decides.
 */
function leadsAdjective(tokens: readonly Token[], index: number): boolean {
  const lead = tokens[index - 1]?.norm ?? '';
  if (!ADJECTIVE_LEADS.has(lead)) return false;
  const beforeLead = tokens[index - 2]?.norm ?? '';
  if (lead === 'more' && beforeLead === 'no') return false;
  return !((lead === 'a' || lead === 'an') && WISHING.has(beforeLead));
}

/** "the sharp thing", "the sharp target": the Sharpe named as a target, never after an adjective's lead ("a sharp thing to say"). */
function namesSharpeTarget(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next?.kind === 'word' && (TARGET_NOUNS.has(next.norm) || pastMetricNoun(tokens, index + 1) > index + 1);
}

/** Whether the first number within reach from `from` can be a Sharpe's bound; undefined when a mark or the reach comes first. */
function firstNumberIsBound(tokens: readonly Token[], from: number): boolean | undefined {
  for (let at = from; at < from + BOUND_REACH && at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind === 'number') return isBoundNumber(tokens, at);
    if (token.kind === 'punct' && !COMPARISON_MARKS.has(token.norm)) return undefined;
  }
  return undefined;
}

function isSharpeBound(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (next?.kind === 'word' && next.norm === 'ratio') return true;
  if (leadsAdjective(tokens, index)) return false;
  // "a sharp limit of 20% on drawdown": a share after the noun makes it a strict limit on something else.
  if (namesSharpeTarget(tokens, index)) return firstNumberIsBound(tokens, index + 2) ?? true;
  if (next?.kind === 'number') return isBoundNumber(tokens, index + 1);
  const leads = (next?.kind === 'punct' && COMPARISON_MARKS.has(next.norm)) || (next?.kind === 'word' && COMPARISON_WORDS.has(next.norm));
  return leads && (firstNumberIsBound(tokens, index + 2) ?? false);
}

export function readSharpAsSharpe(tokens: readonly Token[]): { tokens: Token[]; notes: string[] } {
  const notes: string[] = [];
  const read = tokens.map((token, index) => {
    if (token.kind !== 'word' || token.norm !== 'sharp' || !isSharpeBound(tokens, index)) return token;
    notes.push(`read '${token.text}' as 'sharpe'`);
    return { ...token, norm: 'sharpe' };
  });
  return { tokens: read, notes };
}
