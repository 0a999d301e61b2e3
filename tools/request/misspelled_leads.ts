import { distance } from 'fastest-levenshtein';
import { isNeighbourSwap } from './fuzzy_names.js';
import type { Token } from './tokenizer.js';

/**
 * A short word that leads what follows it, mistyped: "buy undr 25", "sell abve 70", "belw 30", "las 12
 * months", "fess 5 bps" before a number, and "rnak by sortino", "srot by calmar" before "by". Too short
 * for the grammar-wide pass in spelling.ts, so read only where these words are what comes, and only
 * as one letter dropped or two neighbouring letters swapped, keeping the first letter: a wrong letter
 * makes too many real words ("oven", "abode", "lost"). Before a fee's unit ("5 bps", "0.1%") nothing
 * else is meant, so there a wrong letter ("fess") is read too.
 */
const LEVEL_LEADS: readonly string[] = ['under', 'over', 'above', 'below'];
const RANKING_LEADS: readonly string[] = ['rank', 'sort', 'order'];
const SPAN_LEADS: readonly string[] = ['last'];
const COST_LEADS: readonly string[] = ['fees'];
const SPAN_UNITS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years']);
const COST_UNITS: ReadonlySet<string> = new Set(['bps', 'bp', '%', 'basis', 'percent', 'pct']);
/** Real words a dropped letter, a swap or (before a fee's unit) a wrong letter makes of a lead: "blow" of "below", "feed" of "fees", "ran" (by) of "rank". */
const OTHER_WORDS: ReadonlySet<string> = new Set(['blow', 'lats', 'fee', 'feed', 'feet', 'foes', 'fets', 'ran']);

/** One letter dropped or two neighbours swapped; with `wrongLetter`, one letter changed too. */
function misspells(word: string, lead: string, wrongLetter: boolean): boolean {
  if (word === lead || word[0] !== lead[0] || OTHER_WORDS.has(word)) return false;
  const dropped = word.length === lead.length - 1 && distance(word, lead) === 1;
  const changed = wrongLetter && word.length === lead.length && distance(word, lead) === 1;
  return dropped || changed || isNeighbourSwap(word, lead);
}

/** The lead `word` misspells, when exactly one is that close. */
function meantLead(word: string, leads: readonly string[], wrongLetter = false): string | undefined {
  const near = leads.filter((lead) => misspells(word, lead, wrongLetter));
  return near.length === 1 ? near[0] : undefined;
}

function meantLeadBefore(word: string, unit: string): string | undefined {
  if (SPAN_UNITS.has(unit)) return meantLead(word, SPAN_LEADS);
  if (COST_UNITS.has(unit)) return meantLead(word, COST_LEADS, true);
  return meantLead(word, LEVEL_LEADS);
}

/** The lead `token` misspells, by what follows it: a number (and its unit), or a ranking's "by". */
function meantLeadAt(tokens: readonly Token[], index: number): string | undefined {
  const next = tokens[index + 1];
  if (next?.kind === 'number') return meantLeadBefore(tokens[index]!.norm, tokens[index + 2]?.norm ?? '');
  return next?.kind === 'word' && next.norm === 'by' ? meantLead(tokens[index]!.norm, RANKING_LEADS) : undefined;
}

/** Runs after misspelled_units.ts, so "las 12 monts" finds its span's unit already read. */
export function correctLeads(tokens: readonly Token[]): { tokens: Token[]; notes: string[] } {
  const notes: string[] = [];
  const corrected = tokens.map((token, index) => {
    if (token.kind !== 'word') return token;
    const meant = meantLeadAt(tokens, index);
    if (!meant) return token;
    notes.push(`read '${token.text}' as '${meant}'`);
    return { ...token, norm: meant };
  });
  return { tokens: corrected, notes };
}
