import type { Clause } from './clauses.js';
import type { ConversationState } from './conversation_state.js';
import type { PlacedClause, ReadMessage } from './read_clauses.js';
import { turnedDownQuestions } from './recognizers/turned_down_questions.js';

/** What a declined mention would otherwise have been taken as. */
type MentionKind = 'symbol' | 'strategy';

const WHAT: Readonly<Record<MentionKind, string>> = { symbol: 'a symbol', strategy: 'a strategy or setting' };

function mentionKind(clause: Clause): MentionKind | undefined {
  switch (clause.kind) {
    case 'symbol': return 'symbol';
    case 'strategy': case 'param': case 'shared_params': case 'param_values': case 'param_range': return 'strategy';
    default: return undefined;
  }
}

/**
 * "I'm not touching SOL … What I'd like to see is ETH with a 12/26 EMA crossover", "I don't want the
 * slow 12/26 version. Run an EMA crossover with 9 and 21": a symbol, strategy or setting the writer
 * turns down (recognizers/declined_mentions.ts) is left out, with a note, when the message names
 * another of the same kind outside what it declines. Named alone ("I don't want SMA on BTC"), it is
 * kept as today: there is nothing else to run. In a follow-up, one the conversation runs ("take
 * Microsoft out" after "ema crossover on msft", "take the buy and hold out" after it and a golden
 * cross) is removed from its list. A rule the writer turns down this way is declined as "no stop loss" is.
 */
export function settleDeclinedMentions(message: ReadMessage, conversation: Pick<ConversationState, 'symbols' | 'strategies'>): ReadMessage {
  const { placed, declined } = message;
  // "I'm not interested in Apple": its other mentions ("some AAPL chart") are not asked for either.
  const declinedSymbols = new Set(placed.flatMap((item) => (declined.has(item.position) && item.clause.kind === 'symbol' ? [item.clause.symbol] : [])));
  const isDeclined = (item: PlacedClause) => declined.has(item.position) || (item.clause.kind === 'symbol' && declinedSymbols.has(item.clause.symbol));
  // Another of the kind the writer asks for: not declined, nor told in a story.
  const isTold = (item: PlacedClause) => message.storySentences.has(item.sentence) || message.storyClaims.has(item.position);
  const asked = new Set(placed.flatMap((item) => (isDeclined(item) || isTold(item) ? [] : [mentionKind(item.clause)])));
  const isRun = ({ clause }: PlacedClause) => (clause.kind === 'symbol' && conversation.symbols.includes(clause.symbol))
    || (clause.kind === 'strategy' && conversation.strategies.some((strategy) => strategy.name === clause.name));
  const leftOut = (item: PlacedClause) => {
    const kind = mentionKind(item.clause);
    // One told in a story ("I'm not touching XRP." on its own) is the story's to set aside (story_mentions.ts).
    return kind !== undefined && isDeclined(item) && !isTold(item) && (asked.has(kind) || isRun(item));
  };
  // "…? no, just run sma on eth": a rule in a question turned down is declined, and its "no" takes nothing back.
  const openers = new Set(turnedDownQuestions(message.tokens).flatMap(({ opener }) => opener));
  const isDeclinedRule = ({ clause, position }: PlacedClause) => clause.kind === 'unsupported_rule' && !clause.declined && declined.has(position);
  const isOpener = ({ clause, position }: PlacedClause) => clause.kind === 'correction' && openers.has(position);
  if (!placed.some((item) => leftOut(item) || isDeclinedRule(item) || isOpener(item))) return message;
  const noted = new Set<number>();
  const settled = placed.flatMap((item): PlacedClause[] => {
    if (isOpener(item)) return [];
    if (item.clause.kind === 'unsupported_rule' && isDeclinedRule(item)) {
      const text = `read '${item.clause.written}' as a rule you turn down: no run uses it`;
      return [{ ...item, clause: { ...item.clause, declined: true } }, { ...item, clause: { kind: 'note', text } }];
    }
    if (!leftOut(item)) return [item];
    if (noted.has(item.position)) return [];
    noted.add(item.position);
    const text = `read '${message.writtenAt.get(item.position) ?? ''}' as ${WHAT[mentionKind(item.clause)!]} you turn down: no run uses it`;
    const note: PlacedClause = { ...item, clause: { kind: 'note', text } };
    const removal: PlacedClause = { ...item, clause: { kind: 'mode', mode: 'remove', trailing: false, oneKind: false, single: true } };
    return isRun(item) ? [note, removal, item] : [note];
  });
  return { ...message, placed: settled };
}
