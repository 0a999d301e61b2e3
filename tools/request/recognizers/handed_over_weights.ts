import type { Recognizer, RecognizerContext, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, percentSignEnd, phrases, skipWords } from '../token_matchers.js';
import { FUNDING_NOUNS } from './portfolio_settings.js';
import { heldSymbolAt } from './listed_unknown_tickers.js';
import { matchSymbolAt } from './symbols.js';

/**
 * "drop DOGE and give its 10% to BTC", "move doge's share to btc", "put what doge had into eth",
 * "its weight goes to sol", "btc gets doge's share": a holding's whole weight handed to one named
 * holding, which alone takes it (../handed_over_weights.ts applies it). Before, the receiver was read as
 * one more symbol to drop, and the weights were lost.
 */
const HAND_VERBS = ['give', 'move', 'put', 'shift', 'send', 'hand', 'transfer', 'throw', 'pass', 'add', 'allocate', 'reallocate', 'redirect', 'roll', 'stick', 'dump'];
const TO_WORDS = phrases('to', 'into', 'in', 'onto', 'over to', 'over into');
const GOES_TO = phrases('goes|go|moves|move|shifts|passes to|into', 'should|can|will|would go|move to|into', 'goes|go over to|into');
const TAKES = ['gets', 'takes', 'absorbs', 'inherits', 'picks'];
const HAD_WORDS = ['had', 'held', 'got', 'was', 'has', 'holds'];

interface Owner { from?: string; end: number }

/** A share written after its owner: "10%", "share", "10% weight", "weight of 10%"; undefined when neither is written. */
function readShare(tokens: readonly Token[], index: number): { weight?: number; end: number } | undefined {
  const number = tokens[index];
  const signEnd = isNumber(number) ? percentSignEnd(tokens, index + 1) : undefined;
  const nounAt = signEnd ?? index;
  const noun = isWord(tokens[nounAt], ...FUNDING_NOUNS) ? nounAt + 1 : undefined;
  if (signEnd === undefined && noun === undefined) return undefined;
  return { ...(signEnd === undefined ? {} : { weight: number!.value / 100 }), end: noun ?? signEnd! };
}

/** "its", "their" (the holding dropped) or "doge's" (a holding by name), then what of it is handed over. */
function readOwnedShare(tokens: readonly Token[], index: number, context: RecognizerContext): (Owner & { weight?: number }) | undefined {
  const owner = tokens[index];
  const named = owner?.norm.endsWith("'s") ? matchSymbolAt(tokens, index, { shouting: context.shouting, strong: true }) : undefined;
  if (!named && !isWord(owner, 'its', 'their')) return undefined;
  const share = readShare(tokens, (named?.end ?? index + 1));
  return share && { ...(named ? { from: named.symbol } : {}), ...(share.weight === undefined ? {} : { weight: share.weight }), end: share.end };
}

/** "what doge had", "whatever DOGE held": a holding's weight, named by what it had. */
function readWhatItHad(tokens: readonly Token[], index: number, context: RecognizerContext): Owner | undefined {
  if (!isWord(tokens[index], 'what', 'whatever')) return undefined;
  const owner = matchSymbolAt(tokens, index + 1, { shouting: context.shouting, strong: true });
  return owner && isWord(tokens[owner.end], ...HAD_WORDS) ? { from: owner.symbol, end: owner.end + 1 } : undefined;
}

function receiverAt(tokens: readonly Token[], index: number, context: RecognizerContext): { symbol: string; end: number } | undefined {
  return heldSymbolAt(tokens, skipWords(tokens, index, new Set(['the', 'my'])), context.shouting);
}

/** "… to btc and eth": further receivers after the first, whose split is unsaid (refused, never guessed). */
function furtherReceivers(tokens: readonly Token[], index: number, context: RecognizerContext): { symbols: string[]; end: number } {
  const symbols: string[] = [];
  let end = index;
  while (isWord(tokens[end], 'and', 'plus') || isPunct(tokens[end], '&', ',')) {
    const next = receiverAt(tokens, end + 1, context);
    if (!next) break;
    symbols.push(next.symbol);
    end = next.end;
  }
  return { symbols, end };
}

function handover(tokens: readonly Token[], owner: Owner & { weight?: number }, to: string, end: number, context: RecognizerContext): RecognizerMatch | undefined {
  if (owner.from === to) return undefined;
  const further = furtherReceivers(tokens, end, context);
  return { end: further.end, clauses: [{ kind: 'portfolio_handover', to, ...(owner.from ? { from: owner.from } : {}), ...(owner.weight === undefined ? {} : { weight: owner.weight }),
    ...(further.symbols.length > 0 ? { alsoTo: further.symbols } : {}) }] };
}

/** "give its 10% to btc", "move doge's share to btc", "put what doge had into eth". */
function handedTo(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  if (!isWord(tokens[index], ...HAND_VERBS)) return undefined;
  const owner = readOwnedShare(tokens, index + 1, context) ?? readWhatItHad(tokens, index + 1, context);
  const to = owner && matchLongest(tokens, owner.end, TO_WORDS);
  const receiver = to && receiverAt(tokens, to.end, context);
  return receiver && handover(tokens, owner, receiver.symbol, receiver.end, context);
}

/** "its 10% goes to btc", "what doge had goes to eth". */
function goingTo(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const owner = readOwnedShare(tokens, index, context) ?? readWhatItHad(tokens, index, context);
  const goes = owner && matchLongest(tokens, owner.end, GOES_TO);
  const receiver = goes && receiverAt(tokens, goes.end, context);
  return receiver && handover(tokens, owner, receiver.symbol, receiver.end, context);
}

/** "btc gets its share", "eth takes doge's 10%". */
function takenBy(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const receiver = matchSymbolAt(tokens, index, { shouting: context.shouting, strong: true });
  if (!receiver || !isWord(tokens[receiver.end], ...TAKES)) return undefined;
  const owner = readOwnedShare(tokens, skipWords(tokens, receiver.end + 1, new Set(['up', 'over'])), context);
  return owner && handover(tokens, owner, receiver.symbol, owner.end, context);
}

const REST = phrases('the rest|remainder|balance', 'rest|remainder');
const REST_LINKS = phrases('in|into|to', 'goes|go|going in|into|to');

/** "drop sol, the rest to eth": with a holding dropped from whole weights, "the rest" is the dropped weight. */
function restTo(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  const rest = matchLongest(tokens, index, REST);
  const link = rest && matchLongest(tokens, rest.end, REST_LINKS);
  const receiver = link && receiverAt(tokens, link.end, context);
  return receiver && handover(tokens, { end: receiver.end }, receiver.symbol, receiver.end, context);
}

export const recognizeHandedOverWeight: Recognizer = (tokens, index, context) =>
  handedTo(tokens, index, context) ?? goingTo(tokens, index, context) ?? takenBy(tokens, index, context) ?? restTo(tokens, index, context);
