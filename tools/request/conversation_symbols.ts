import type { Clause, Recognizer } from './clauses.js';
import { asksSomething } from './asking_clauses.js';
import type { ConversationState } from './conversation_state.js';
import { readListPlace } from './list_places.js';
import type { PlacedClause, ReadMessage } from './read_clauses.js';
import { reasonConjunctionIndexes } from './recognizers/chat_asides.js';
import { isWord, matchLongest, phrases, writtenText } from './token_matchers.js';
import { UNIT_DAYS, UNIT_MONTHS, readUnit } from './recognizers/dates.js';

/**
 * "now both coins together, 50/50 split" after "sma 20/50 btc", then "make it eth": "both coins"
 * are the two the conversation has named, not the one it holds now. A count of instruments ("both
 * coins", "all three stocks") stands for the symbols named so far, in the order they were first
 * named, when there are that many; otherwise a note says so and the symbols stay as they were.
 */
const COUNTS: Readonly<Record<string, number>> = { both: 2, two: 2, '2': 2, three: 3, '3': 3, four: 4, '4': 4, five: 5, '5': 5 };
const NOUNS = 'coins|symbols|tickers|assets|instruments|markets|stocks|etfs|cryptos|tokens|names|funds';
const COUNTED = phrases(`both ${NOUNS}`, `both the ${NOUNS}`, `both of the ${NOUNS}`, `the two|three|four|five|2|3|4|5 ${NOUNS}`,
  `all two|three|four|five|2|3|4|5 ${NOUNS}`, `all two|three|four|five|2|3|4|5 of the ${NOUNS}`);

/**
 * "the first one only", "just the last coin": a place among the symbols the conversation has named. With
 * "one" it is a symbol only when the symbols are the list of several (settleConversationSymbols).
 */
const PLACED_NOUNS = ['one', 'coin', 'symbol', 'ticker', 'stock', 'asset', 'name', 'market'];

/** "for the last one year", "the past one month": "one" before a unit of time counts it, as "the last 1 year" does, and names no symbol. */
function countsTime(tokens: Parameters<Recognizer>[0], at: number): boolean {
  const unit = isWord(tokens[at - 1], 'one') ? readUnit(tokens[at]) : undefined;
  return unit !== undefined && (Object.hasOwn(UNIT_MONTHS, unit) || Object.hasOwn(UNIT_DAYS, unit));
}

export const recognizeConversationSymbols: Recognizer = (tokens, index) => {
  const place = isWord(tokens[index], 'the') ? readListPlace(tokens, index + 1) : undefined;
  if (place && isWord(tokens[place.end], ...PLACED_NOUNS) && !countsTime(tokens, place.end + 1)) {
    return { end: place.end + 1, clauses: [{ kind: 'listed_symbol', place: place.place, written: writtenText(tokens.slice(index, place.end + 1)) }] };
  }
  const counted = matchLongest(tokens, index, COUNTED);
  if (!counted) return undefined;
  const count = tokens.slice(index, counted.end).map((token) => COUNTS[token.norm]).find((value) => value !== undefined)!;
  const end = isWord(tokens[counted.end], 'together', 'combined') ? counted.end + 1 : counted.end;
  return { end, clauses: [{ kind: 'conversation_symbols', count }] };
};

/** The symbols the conversation has named, in the order first named. */
export function namedSymbols(earlier: readonly ConversationState[]): string[] {
  return [...new Set(earlier.flatMap((state) => state.symbols))];
}

/** Each count becomes the symbols the conversation has named (`earlier`: the state before each message, oldest first). */
export function settleConversationSymbols(placed: readonly PlacedClause[], earlier: readonly ConversationState[]): PlacedClause[] {
  const named = namedSymbols(earlier);
  return placed.flatMap((item) => {
    if (item.clause.kind === 'listed_symbol') return [placedSymbol(item, item.clause, named, earlier.at(-1))];
    if (item.clause.kind !== 'conversation_symbols') return [item];
    if (named.length !== item.clause.count) {
      return [{ ...item, clause: { kind: 'note', text: `the conversation has named ${named.length} symbol(s) (${named.join(', ') || 'none'}), not ${item.clause.count}; the symbols were left as they were` } }];
    }
    return named.map((symbol) => ({ ...item, clause: { kind: 'symbol', symbol } }));
  });
}

/**
 * The symbol at its place among those named so far, in the order they were named ("msft", then "and
 * apple": the first one is MSFT), where several were named and the conversation runs no more than one
 * strategy ("one" could be either).
 */
function placedSymbol(item: PlacedClause, clause: Extract<Clause, { kind: 'listed_symbol' }>, named: readonly string[], current: ConversationState | undefined): PlacedClause {
  const symbol = clause.place > 0 ? named[clause.place - 1] : named[named.length + clause.place];
  const byNoun = !clause.written.endsWith(' one');
  if (symbol && named.length > 1 && (byNoun || (current?.strategies.length ?? 0) <= 1)) return { ...item, clause: { kind: 'symbol', symbol } };
  return { ...item, clause: { kind: 'note', text: `could not tell which symbol "${clause.written}" is: the conversation has named ${named.join(', ') || 'none'}; name it instead` } };
}

/** Words by which a reason asks for something itself ("because I also want to see it on eth"). */
const ASKING_IN_REMARK = ['want', 'wanna', 'need', 'like', 'also', 'too', 'add', 'include', 'see', 'try', 'test', 'compare', 'run'];

/**
 * "please start it in 2005 instead, since I understand the gold fund only begins around then": a holding named in
 * the reason a follow-up gives for its change explains the change, it is no change of symbols (nor, with "only",
 * a narrowing to it). Where the conversation holds symbols and the message asks for something outside the remark,
 * the remark's symbols become a note and its list words are dropped; one the message also asks for stays.
 */
export function settleExplainedSymbols(message: ReadMessage, placed: readonly PlacedClause[], conversation: Pick<ConversationState, 'symbols'>): PlacedClause[] {
  if (conversation.symbols.length === 0) return [...placed];
  const remark = reasonConjunctionIndexes(message.tokens);
  const inRemark = (item: PlacedClause) => remark.has(item.position);
  const asked = placed.filter((item) => !inRemark(item) && asksSomething(item.clause));
  const askedSymbols = new Set(asked.flatMap((item) => (item.clause.kind === 'symbol' ? [item.clause.symbol] : [])));
  // "make it 10/30, because I also want to see it on eth": a reason that itself asks names what it asks for.
  const remarkAsks = [...remark].some((at) => isWord(message.tokens[at], ...ASKING_IN_REMARK));
  const explained = remarkAsks ? [] : placed.filter((item) => inRemark(item) && item.clause.kind === 'symbol' && !askedSymbols.has(item.clause.symbol));
  if (asked.length === 0 || explained.length === 0) return [...placed];
  const sentences = new Set(explained.map((item) => item.sentence));
  return placed.flatMap((item): PlacedClause[] => {
    if (inRemark(item) && item.clause.kind === 'mode' && sentences.has(item.sentence)) return [];
    if (!explained.includes(item)) return [item];
    const text = `read '${message.writtenAt.get(item.position) ?? ''}' as part of the reason you give, not as a change of symbols; the symbols stay ${conversation.symbols.join(', ')}`;
    return [{ ...item, clause: { kind: 'note', text } }];
  });
}
