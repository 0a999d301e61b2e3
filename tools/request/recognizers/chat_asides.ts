import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/** Laughs however long they are drawn out: "haha", "hehehe", "lol", "lmaooo", "lmfao", "rofl", "xd". */
const LAUGH = /^(?:(?:ha|he|hah|heh)+h?|l+o+l+|lm+f?a+o+|rofl|xd+)$/;
/** Chat shorthand that comments on the message rather than adding to it. */
const SHORTHAND: ReadonlySet<string> = new Set(['pls', 'plz', 'please', 'thx', 'thanks', 'ty', 'tbh', 'ngl', 'fr', 'jk', 'lmk', 'imo', 'idk', 'smh', 'fml', 'yolo']);

/**
 * "i wanna end with at least 750 lmao": a laugh or a piece of chat shorthand after a phrase ends
 * it, as a full stop would; it says nothing about what the number before it counts.
 */
export function isChatAside(token: Token | undefined): boolean {
  return isWord(token) && (LAUGH.test(token!.norm) || SHORTHAND.has(token!.norm));
}

/** How a remark giving the reason for an edit starts: "that's closer to my account", "since that's what I have". */
const REASON_LEADS = phrases(
  "that's|thats|that'd|which's|it's|its", 'that|which|this|it is|was|would|feels|seems|sounds', 'since|because|cause|cuz|bc',
  'closer|nearer to', 'more|less realistic|accurate|typical|honest|like', 'matches|matching',
);
const CLAUSE_BREAKS = [',', '-', '—', ';', ':', '('];
/** "…30k because that's my balance", "…since that matches my account": a conjunction starts a remark with no break before it. */
const REASON_CONJUNCTIONS = phrases('because|cause|cuz|bc', "since that|that's|thats|it|it's|this|i|i'm|we|my|our");

/**
 * "start with 25k instead, that's closer to my actual account", "use 30k because that's my balance":
 * a remark after a clause break or a conjunction, giving the reason for what came before it in the
 * sentence, to the sentence's end. Its words ask for nothing, so an edit read before it is not sunk
 * as not understood (parse_request.ts); they are still noted as ignored. Returns its token indexes.
 */
export function reasonAsideIndexes(tokens: readonly Token[]): ReadonlySet<number> {
  return remarkIndexes(tokens, (at) => (isPunct(tokens[at], ...CLAUSE_BREAKS) ? matchLongest(tokens, at + 1, REASON_LEADS) : matchLongest(tokens, at, REASON_CONJUNCTIONS)) !== undefined);
}

/**
 * "…, since I understand the gold fund only begins around then", "because BTC is too noisy": only the
 * remarks a conjunction opens, where a remark after a bare comma may still name things ("…, that is BTC and ETH").
 */
export function reasonConjunctionIndexes(tokens: readonly Token[]): ReadonlySet<number> {
  return remarkIndexes(tokens, (at) => matchLongest(tokens, at, REASON_CONJUNCTIONS) !== undefined);
}

/** The indexes from each token that `starts` a remark, past the sentence's first two, to the sentence's end. */
function remarkIndexes(tokens: readonly Token[], starts: (at: number) => boolean): ReadonlySet<number> {
  const indexes = new Set<number>();
  tokens.forEach((token, at) => {
    if (at < 2 || tokens[at - 1]!.sentence !== token.sentence || !starts(at)) return;
    for (let next = at; next < tokens.length && tokens[next]!.sentence === token.sentence; next++) indexes.add(next);
  });
  return indexes;
}
