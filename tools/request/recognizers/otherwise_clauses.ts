import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * A clause saying what would happen were the request not followed: "Allow shorts, otherwise it's
 * just a fancy long-only filter", "or else it's long-only", "without shorts it's only long-only".
 * Its shorting words describe the alternative turned down, so they never undo what was asked
 * ("long only please" still asks). Looked for only behind a shorting phrase, a few tokens back.
 */

/** Words opening the alternative: "otherwise", "or else", "if not", and a bare "else" only before a consequence ("else it's long-only"). */
const OTHERWISE_LEADS = phrases('otherwise', 'or else', 'else', 'if not', 'failing that');
/** A condition against the request, at a clause's start, when a consequence follows it: "without shorts it's …". */
const CONTRARY_CONDITIONS = phrases('without short|shorts|shorting', 'with|if no short|shorts|shorting');
/** The consequence after a lead or condition: "it's", "it would be", "you get". */
const CONSEQUENCES = phrases("it's", "it'd", "it'll", 'it is|was|would|will|becomes|just|only|ends', "that's", 'that is|would', 'this is|would',
  "you're", "you'd", 'you get|have|are|end', "we're", 'we get|have|are|end');
/** After a consequence, words that accept the condition, so it is asked: "Without shorts it's fine, rerun". */
const ACCEPTING = ['fine', 'ok', 'okay', 'good', 'better', 'safer', 'enough', 'what', 'how'];
/** Words after which a condition heads its own clause, rather than following a verb ("run it without shorts"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['because', 'since', 'as', 'cause', 'cos', 'coz', 'cuz', 'bc', 'and', 'but']);
/** Words that close the clause before them: a shorting phrase after them is asked again ("otherwise fine, but long only"). */
const CLAUSE_CLOSERS: ReadonlySet<string> = new Set(['but', 'so', 'though', 'however', 'still', 'anyway']);
/** How far back from a shorting phrase the clause's lead is looked for. */
const LOOKBACK = 8;

function startsSentence(tokens: readonly Token[], index: number): boolean {
  return index === 0 || tokens[index - 1]!.sentence !== tokens[index]!.sentence;
}

function opensClause(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return startsSentence(tokens, index) || isPunct(before, ',', ';', ':', '—', '–', '-', '(') || isWord(before, ...CLAUSE_OPENERS);
}

/** The end of a consequence at `index`, past a comma ("otherwise, it's …"). */
function consequenceEnd(tokens: readonly Token[], index: number): number | undefined {
  return matchLongest(tokens, isPunct(tokens[index], ',') ? index + 1 : index, CONSEQUENCES)?.end;
}

/** "without shorts it's …" at `index`: a contrary condition heading its clause, then a consequence; the consequence's end. */
function contraryConditionEnd(tokens: readonly Token[], index: number): number | undefined {
  const condition = opensClause(tokens, index) ? matchLongest(tokens, index, CONTRARY_CONDITIONS) : undefined;
  const end = condition && matchLongest(tokens, condition.end, CONSEQUENCES)?.end;
  return end !== undefined && !isWord(tokens[end], ...ACCEPTING) ? end : undefined;
}

/**
 * "otherwise …" at `index`, where it means "or else", not "apart from that": inside a sentence
 * ("allow shorts, otherwise long only"), or with a consequence ("Otherwise it's long-only"); a
 * sentence's "Otherwise, long only please." asks. The lead's end.
 */
function otherwiseLeadEnd(tokens: readonly Token[], index: number): number | undefined {
  const lead = matchLongest(tokens, index, OTHERWISE_LEADS);
  if (!lead) return undefined;
  // "keep everything else the same and allow shorts": a bare "else" is "other" unless a consequence follows.
  const needsConsequence = startsSentence(tokens, index) || (lead.end === index + 1 && isWord(tokens[index], 'else'));
  return !needsConsequence || consequenceEnd(tokens, lead.end) !== undefined ? lead.end : undefined;
}

/** Whether the phrase at `index` is a contrary condition ("without shorts" in "without shorts it's long-only"), not a request. */
export function isContraryCondition(tokens: readonly Token[], index: number): boolean {
  // "with no shorts you get …": the shorting phrase is "no shorts", its condition starts a word before.
  return contraryConditionEnd(tokens, isWord(tokens[index - 1], 'with', 'if') ? index - 1 : index) !== undefined;
}

/** Whether the words at `index` are in a clause of what would otherwise be ("otherwise it's just a long-only filter"). */
export function isInOtherwiseClause(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  for (let at = index - 1; at >= Math.max(0, index - LOOKBACK); at--) {
    const token = tokens[at]!;
    if (token.sentence !== sentence || isWord(token, ...CLAUSE_CLOSERS)) return false;
    const leadEnd = otherwiseLeadEnd(tokens, at) ?? contraryConditionEnd(tokens, at);
    if (leadEnd !== undefined && leadEnd <= index) return true;
    // "otherwise, it's long-only": a comma right after the lead stays inside its clause.
    const afterLead = [at - 1, at - 2].some((leadAt) => leadAt >= 0 && matchLongest(tokens, leadAt, OTHERWISE_LEADS)?.end === at);
    if (isPunct(token, ',', ';', '(') && !afterLead) return false;
  }
  return false;
}
