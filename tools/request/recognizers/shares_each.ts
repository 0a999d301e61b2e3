import type { Recognizer } from '../clauses.js';
import { isNumber, matchLongest, percentSignEnd, phrases } from '../token_matchers.js';
import { readFractionWords } from './written_shares.js';

/**
 * "50% each", "50% each one", "a third each", "25% apiece": the same share in every holding is an
 * equal split, and the share tells how many holdings it means (portfolio_follow_ups.ts checks that
 * count against the symbols named). A share that splits the capital into no whole number of
 * holdings ("30% each") is left unread, so it is noted as ignored rather than guessed at.
 */
const EACH = phrases('each', 'each one', 'apiece', 'a piece', 'for|in|on|to each', 'per holding|asset|stock|coin|symbol|name', 'in|on|to|for each one');

function shareAt(tokens: Parameters<Recognizer>[0], index: number): { percent: number; end: number } | undefined {
  const token = tokens[index];
  const sign = isNumber(token) ? percentSignEnd(tokens, index + 1) : undefined;
  if (isNumber(token) && sign !== undefined) return { percent: token.value, end: sign };
  return readFractionWords(tokens, index);
}

export const recognizeSharesEach: Recognizer = (tokens, index) => {
  const share = shareAt(tokens, index);
  const each = share && matchLongest(tokens, share.end, EACH);
  if (!share || !each || share.percent <= 0) return undefined;
  const count = 100 / share.percent;
  // "33% each" for three holdings: a rounded third still names a whole count.
  const whole = Math.round(count);
  if (whole < 2 || Math.abs(count - whole) * share.percent > 1) return undefined;
  return { end: each.end, clauses: [{ kind: 'portfolio_equal', count: whole }] };
};
