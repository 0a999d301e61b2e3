import type { Clause, Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNegation, isNumber, isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { COST_LEADS, COST_WORDS, type CostKind, isGenericCost, readCostValue } from './money.js';

/**
 * A cost taken away by a verb of removing: "drop the fees", "remove the commission", "ditch the
 * slippage", "get rid of the fees", "turn off costs". Nothing is left of it, so it is 0; but a new
 * amount after it ("drop the fees to 5 bps", "drop fees by 5 bps") or a share ("cut the fees in half")
 * is a change, read elsewhere, so the cost must stand alone. "cut", "lower" and "reduce" only shrink a
 * cost and are not read here.
 */
const REMOVING = phrases('drop|remove|ditch|scrap|kill|strip|lose|disable|skip|forget|nix', 'get rid of', 'take|turn|switch off|out',
  'do away with');
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'any', 'all', 'those', 'these', 'my', 'trading', 'of']);
/** After the cost, words that bring its new amount or a share of it: "to 5 bps", "by half", "in half", "down". */
const CHANGE_WORDS = ['to', 'by', 'in', 'down', 'from', 'at', 'a', 'an', 'half', 'further', 'lower', 'some', 'slightly', 'bit', 'little'];

/** Whether a new amount of the cost follows it: "to 5 bps", "= 3", "5 bps", or any word of change. */
function bringsAmount(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (isWord(next, ...CHANGE_WORDS) || isPunct(next, '=', ':', '(') || isNumber(next)) return true;
  return readCostValue(tokens, skipWords(tokens, end, COST_LEADS)) !== undefined;
}

export const recognizeRemovedCost: Recognizer = (tokens, index) => {
  // "don't drop the fees" keeps them.
  if (isNegation(tokens[index - 1])) return undefined;
  const verb = matchLongest(tokens, index, REMOVING);
  if (!verb) return undefined;
  const nounAt = skipWords(tokens, verb.end, DETERMINERS);
  const kind = (['fees', 'slippage'] as const).find((cost: CostKind) => matchLongest(tokens, nounAt, COST_WORDS[cost]));
  if (!kind) return undefined;
  const noun = matchLongest(tokens, nounAt, COST_WORDS[kind])!;
  if (bringsAmount(tokens, noun.end)) return undefined;
  const clauses: Clause[] = [{ kind, bps: 0 }];
  // "drop all costs": costs said generically are every cost, slippage too.
  if (kind === 'fees' && isGenericCost(tokens, nounAt, noun.end)) clauses.push({ kind: 'slippage', bps: 0 });
  return { end: noun.end, clauses };
};
