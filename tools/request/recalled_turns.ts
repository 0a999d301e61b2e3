import type { Clause, Recognizer } from './clauses.js';
import type { ConversationState } from './conversation_state.js';
import type { PlacedClause } from './read_clauses.js';
import { matchLongest, phrases, writtenText } from './token_matchers.js';

/**
 * "ok use the settings from my first message but on eth", "back to the ema from my first message,
 * keep eth", "go back to the first period but with a 120 day lookback", "the dates from the original
 * request": what the conversation's first message set is brought back, then the rest of the message
 * applies on top. The first message is the one the user points back to; "the previous settings"
 * and "undo that" step back one message instead (reverts.ts).
 */
type RecalledPart = Extract<Clause, { kind: 'recalled_turn' }>['part'];

const PART_NOUNS: ReadonlyArray<{ part: RecalledPart; nouns: string }> = [
  { part: 'everything', nouns: 'settings|setup|config|configuration|everything|spec|request|run|backtest|test' },
  { part: 'strategies', nouns: 'strategy|strategies|strat|strats|parameters|params|numbers|values|levels|thresholds|bands' },
  { part: 'window', nouns: 'dates|period|periods|window|range|timeframe|years|timespan' },
  { part: 'symbols', nouns: 'symbol|symbols|ticker|tickers|coin|coins|asset|assets|stock|stocks|market|markets' },
];
const FIRST = 'first|original|initial|1st|opening';
const TURN_NOUNS = 'message|msg|request|prompt|turn|question|ask|one|run|query|post';
/** "the levels I had at first", "the numbers we started with": the first message's, said by when the user had them. */
const HAD_AT_FIRST = ['i|we had|used|ran|set at first', 'i|we had|used|ran|set originally|initially', 'i|we had|used|ran|set at the start|beginning', 'i|we had|used|ran|set to begin|start with',
  'i|we started|began with', 'i|we started|began out with', 'i|we first had|used|ran|set', 'i|we originally|initially had|used|ran|set'];
/** "from my first message", "in the original request", "from the very first one", "I had at first". */
const FROM_FIRST = phrases(`from|in|of|like my|the ${FIRST} ${TURN_NOUNS}`, `from|in|of|like my|the very first ${TURN_NOUNS}`, `from|in|of|like ${FIRST} ${TURN_NOUNS}`, ...HAD_AT_FIRST);
const LEADS = phrases('use|try|run|take|apply|keep|restore|bring back', 'go|going|switch|get|come back to', 'back to', 'return|revert to', 'same as|like');

/**
 * "the first period", "the original dates", written without saying from which message: the first
 * message's. Not for a strategy: "the first strategy" is a place in the list (ordinal_strategies.ts).
 */
const FIRST_NOUNS = PART_NOUNS.filter(({ part }) => part !== 'strategies');

function readPart(tokens: Parameters<Recognizer>[0], at: number): { part: RecalledPart; end: number } | undefined {
  for (const { part, nouns } of PART_NOUNS) {
    const found = matchLongest(tokens, at, phrases(`the|my|those|that ${nouns}`, nouns));
    const tail = found && matchLongest(tokens, found.end, FROM_FIRST);
    if (tail) return { part, end: tail.end };
  }
  for (const { part, nouns } of FIRST_NOUNS) {
    const found = matchLongest(tokens, at, phrases(`the|my ${FIRST} ${nouns}`, `the|my very first ${nouns}`));
    if (found) return { part, end: matchLongest(tokens, found.end, phrases('again', 'back'))?.end ?? found.end };
  }
  // "the ema from my first message": what is brought back is what was named just before.
  const tail = matchLongest(tokens, at, FROM_FIRST);
  return tail && { part: 'preceding', end: tail.end };
}

export const recognizeRecalledTurn: Recognizer = (tokens, index) => {
  const lead = matchLongest(tokens, index, LEADS);
  const found = (lead && readPart(tokens, lead.end)) ?? readPart(tokens, index);
  return found && { end: found.end, clauses: [{ kind: 'recalled_turn', part: found.part, written: writtenText(tokens.slice(index, found.end)) }] };
};

function recalledStrategies(first: ConversationState, item: PlacedClause, named?: string): PlacedClause[] {
  const strategies = first.strategies.filter((strategy) => named === undefined || strategy.name === named);
  // Always with its numbers, none if it had none: a strategy named bare would keep the ones it has now.
  return strategies.map((strategy) => ({ ...item, clause: { kind: 'strategy', name: strategy.name, params: { ...strategy.params } } }));
}

/** A strategy's numbers count in bars, so its bar size comes back with it, unless the message names one. */
function recalledInterval(first: ConversationState, item: PlacedClause, placed: readonly PlacedClause[]): PlacedClause[] {
  const named = placed.some(({ clause }) => clause.kind === 'interval');
  return first.interval === undefined || named ? [] : [{ ...item, clause: { kind: 'interval', interval: first.interval } }];
}

/**
 * Each recalled part becomes the clauses that say it (`earlier`: the state before each message,
 * oldest first, so earlier[1] is the state the first message left); "the settings from my first
 * message" is the whole first state, which the message then changes (revert_settings.ts).
 */
export function settleRecalledTurns(placed: readonly PlacedClause[], earlier: readonly ConversationState[]): PlacedClause[] {
  const first = earlier[1];
  const result: PlacedClause[] = [];
  for (const item of placed) {
    const { clause } = item;
    if (clause.kind !== 'recalled_turn') {
      result.push(item);
      continue;
    }
    if (!first) {
      result.push({ ...item, clause: { kind: 'note', text: `ignored "${clause.written}": there is no earlier message to take it from` } });
      continue;
    }
    const before = result[result.length - 1];
    const part = clause.part === 'preceding' ? (before?.clause.kind === 'strategy' ? 'named_strategy' : 'everything') : clause.part;
    if (part === 'named_strategy' && before?.clause.kind === 'strategy') {
      const recalled = recalledStrategies(first, before, before.clause.name);
      if (recalled.length === 0) {
        result.push({ ...item, clause: { kind: 'note', text: `the first message did not run ${before.clause.name}: it keeps the settings it has now` } });
        continue;
      }
      result.splice(result.length - 1, 1, ...recalled, ...recalledInterval(first, item, placed));
    } else if (part === 'strategies') {
      result.push(...recalledStrategies(first, item), ...recalledInterval(first, item, placed));
    } else if (part === 'window') {
      result.push(first.dateRange ? { ...item, clause: { kind: 'dates', ...first.dateRange } } : { ...item, clause: { kind: 'note', text: `the first message named no dates: "${clause.written}" changes nothing` } });
    } else if (part === 'symbols') {
      result.push(...first.symbols.map((symbol): PlacedClause => ({ ...item, clause: { kind: 'symbol', symbol } })));
    } else {
      result.push({ ...item, clause: { kind: 'revert', field: 'first_message', written: clause.written } });
    }
  }
  return result;
}
