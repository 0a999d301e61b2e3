import { BASELINE_STRATEGY, type ConversationState } from './conversation_state.js';
import type { PlacedClause, ReadMessage } from './read_clauses.js';
import { matchLongest, phrases } from './token_matchers.js';

/**
 * Words that say what follows is what the words before them mean: "selling strangles: fade the
 * bands", "my iron condor (really it's just rsi mean reversion)", "buy puts on breakdowns, i.e. go short".
 */
const EQUIVALENCE_MARKERS = phrases(':', '=', 'i . e .', 'i . e', 'ie', 'i mean', 'i meant', 'aka', 'a . k . a', 'that is', 'in other words', 'meaning', 'namely',
  "really it's", "it's just", "it's really", "that's just", "that's really", 'which is just|really', 'is|are just|really|basically|simply', 'in practice');

/** After the explanation, the options traded all the same: "covered calls on AAPL: RSI 14 decides when to write them". */
const OPTIONS_VERBS = 'write|writing|sell|selling|buy|buying|roll|rolling|open|opening|close|closing';
const OPTIONS_STILL_TRADED = phrases(`${OPTIONS_VERBS} them`, `${OPTIONS_VERBS} the calls|puts|options|contracts`);

/** The clauses a message asks for: not turned down, nor told in a story. */
function askedClauses(message: ReadMessage): PlacedClause[] {
  return message.placed.filter(({ position, sentence }) => !message.declined.has(position) && !message.storySentences.has(sentence) && !message.storyClaims.has(position));
}

/**
 * What the options words may be explained as: a strategy here, or the short side ("buy puts on breakdowns,
 * i.e. go short"). Not buy and hold: "covered calls on SPY: compare against buy and hold" asks for the options.
 */
function explainsOptions(item: PlacedClause): boolean {
  return (item.clause.kind === 'strategy' && item.clause.name !== BASELINE_STRATEGY) || (item.clause.kind === 'allow_short' && item.clause.value);
}

/**
 * Whether the options words at `from` are followed, in their sentence, by an equivalence marker, and after
 * it by a strategy or the short side before `until` (the next options words), with the options not
 * traded after all ("…: RSI decides when to write them"). Each mention scans its
 * own stretch, so the message is read once.
 */
function isExplained(message: ReadMessage, asked: readonly PlacedClause[], from: number, until: number): boolean {
  const { tokens } = message;
  const sentence = tokens[from]?.sentence;
  let markerAt: number | undefined;
  for (let at = from + 1; at < until && tokens[at]?.sentence === sentence && markerAt === undefined; at++) {
    if (matchLongest(tokens, at, EQUIVALENCE_MARKERS)) markerAt = at;
  }
  if (markerAt === undefined) return false;
  for (let at = markerAt + 1; at < until; at++) {
    if (matchLongest(tokens, at, OPTIONS_STILL_TRADED)) return false;
  }
  return asked.some((item) => item.position > markerAt && item.position < until && explainsOptions(item));
}

/**
 * "Basically I'm selling strangles: fade the bands on QQQ. Bollinger 20 at 2.5 sigma", "run a straddle
 * on BTC, I mean the donchian breakout 20/10": options words the writer explains as one of the
 * strategies here are their name for it, so that strategy runs on the symbol itself, with a note.
 * Options asked for as such ("selling 30-delta puts on SPY", "RSI on SPY and sell puts when
 * oversold"), with no such explanation after every mention, are still refused (unsupported_rules.ts).
 */
export function settleOptionsMetaphors(message: ReadMessage, conversation: Pick<ConversationState, 'strategies' | 'symbols'>): ReadMessage {
  const mentions = message.placed.filter(({ clause }) => clause.kind === 'unsupported_rule' && clause.rule === 'options' && !clause.declined);
  if (mentions.length === 0) return message;
  const asked = askedClauses(message);
  const explained = mentions.every((item, which) => isExplained(message, asked, item.position, mentions[which + 1]?.position ?? message.tokens.length));
  const named = asked.flatMap(({ clause }) => (clause.kind === 'strategy' ? [clause.name] : []));
  const strategies = [...new Set(named.length > 0 ? named : conversation.strategies.map((strategy) => strategy.name))];
  if (!explained || strategies.length === 0) return message;
  const symbols = message.placed.flatMap(({ clause }) => (clause.kind === 'symbol' ? [clause.symbol] : []));
  const on = [...new Set(symbols.length > 0 ? symbols : conversation.symbols)];
  const placed = message.placed.map((item): PlacedClause => {
    if (!mentions.includes(item)) return item;
    const written = item.clause.kind === 'unsupported_rule' ? item.clause.written : '';
    const text = `read '${written}' as a figure of speech: options are not simulated, so ${strategies.join(' and ')} runs on ${on.length > 0 ? `${on.join(', ')} itself` : 'the symbol itself'}`;
    return { ...item, clause: { kind: 'note', text } };
  });
  return { ...message, placed };
}
