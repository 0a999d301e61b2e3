import type { Clause, Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { matchSymbolAt, type SymbolMatch } from './symbols.js';

/**
 * One holding traded for another, in the words traders use beyond "swap" and "replace" (intent.ts):
 * "trade eth for sol", "drop eth for sol", "sol instead of eth", "ada rather than eth", "sol in place
 * of eth", "eth out, sol in", "out with eth, in with sol". The coin taken out is the one named with
 * "out", after the verb or after "instead of"; the other joins. Both are read as explicit single-clause
 * remove and add modes, so "instead of eth" after "btc and eth 60/40" drops only ETH and the newcomer
 * takes its weight (swapped_holdings.ts), where an unmarked newcomer used to replace the whole list.
 */
const SWAP_OUT_VERBS = phrases('trade|drop|ditch|dump|sell|exchange|lose|cut', 'trade|swap|switch|take|sell out');
const SWAP_IN_LINKS = ['for', 'into'];
const IN_PLACE_OF = phrases('instead of', 'rather than', 'in place of', 'in lieu of');
/** What may follow "eth out" or "sol in" so the word ends the half: not "out of sample" or "in 2023". */
const HALF_ENDS = [',', ';', 'and', '&', 'then', '.'];
const HALF_JOINS = phrases(',', ',|; and', 'and', '&', ';');

/** Lower-case "sol" or "ada" is plainly a coin here: the construct is the symbol's context. */
function symbolAt(tokens: readonly Token[], index: number, shouting: boolean): SymbolMatch | undefined {
  return matchSymbolAt(tokens, index, { shouting, strong: true });
}

function swap(end: number, leaving: string, joining: string): RecognizerMatch {
  const clauses: Clause[] = [
    { kind: 'mode', mode: 'remove', trailing: false, oneKind: false, single: true }, { kind: 'symbol', symbol: leaving },
    { kind: 'mode', mode: 'add', trailing: false, oneKind: false, single: true }, { kind: 'symbol', symbol: joining },
  ];
  return { end, clauses };
}

/** "trade eth for sol", "drop eth for sol", "take out eth for ada". */
function readVerbSwap(tokens: readonly Token[], index: number, shouting: boolean): RecognizerMatch | undefined {
  const verb = matchLongest(tokens, index, SWAP_OUT_VERBS);
  const leaving = verb && symbolAt(tokens, verb.end, shouting);
  if (!leaving || !isWord(tokens[leaving.end], ...SWAP_IN_LINKS)) return undefined;
  const joining = symbolAt(tokens, leaving.end + 1, shouting);
  return joining && swap(joining.end, leaving.symbol, joining.symbol);
}

/** "sol instead of eth", "use ada rather than eth", "sol in place of eth". */
function readInPlaceOf(tokens: readonly Token[], index: number, shouting: boolean): RecognizerMatch | undefined {
  const joining = symbolAt(tokens, index, shouting);
  const link = joining && matchLongest(tokens, joining.end, IN_PLACE_OF);
  const leaving = link && symbolAt(tokens, isWord(tokens[link.end], 'the') ? link.end + 1 : link.end, shouting);
  return leaving && swap(leaving.end, leaving.symbol, joining!.symbol);
}

/** "eth out" / "sol in" ending its half ("eth out, sol in"), or "out with eth" / "in with sol"; `direction` is "out" or "in". */
function readHalf(tokens: readonly Token[], index: number, shouting: boolean): { end: number; symbol: string; direction: string } | undefined {
  if (isWord(tokens[index], 'out', 'in') && isWord(tokens[index + 1], 'with')) {
    const named = symbolAt(tokens, index + 2, shouting);
    return named && { end: named.end, symbol: named.symbol, direction: tokens[index]!.norm };
  }
  const named = symbolAt(tokens, index, shouting);
  const word = named && tokens[named.end];
  if (!named || !isWord(word, 'out', 'in')) return undefined;
  const after = tokens[named.end + 1];
  const endsHalf = !after || after.sentence !== word!.sentence || isPunct(after, ...HALF_ENDS) || isWord(after, ...HALF_ENDS);
  return endsHalf ? { end: named.end + 1, symbol: named.symbol, direction: word!.norm } : undefined;
}

/** "eth out, sol in", "sol in and eth out", "out with eth, in with sol": one half out, the other in. */
function readOutAndIn(tokens: readonly Token[], index: number, shouting: boolean): RecognizerMatch | undefined {
  const first = readHalf(tokens, index, shouting);
  const join = first && matchLongest(tokens, first.end, HALF_JOINS);
  const second = join && readHalf(tokens, join.end, shouting);
  if (!second || first!.direction === second.direction) return undefined;
  const [leaving, joining] = first!.direction === 'out' ? [first!, second] : [second, first!];
  return swap(second.end, leaving.symbol, joining.symbol);
}

export const recognizeHoldingSwap: Recognizer = (tokens, index, context) =>
  readVerbSwap(tokens, index, context.shouting) ?? readInPlaceOf(tokens, index, context.shouting) ?? readOutAndIn(tokens, index, context.shouting);
