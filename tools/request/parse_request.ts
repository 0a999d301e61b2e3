import { BacktestPilotError } from '../errors.js';
import { applyMessage } from './apply_message.js';
import { applyReverts, stateBeforeUndo } from './revert_settings.js';
import { settleHeldWeights } from './held_weights.js';
import { settleJoinedHoldings } from './joined_holdings.js';
import { isIsoDate } from './calendar.js';
import { BASELINE_STRATEGY, emptyConversation, toRequestSpec, type ConversationState } from './conversation_state.js';
import { readClauses, type PlacedClause, type ReadMessage } from './read_clauses.js';
import { asksSomething } from './asking_clauses.js';
import { tokenize } from './tokenizer.js';
import { RequestSpecSchema } from './request_spec.js';
import { findRefusedLiteral } from './strict_literals.js';
import { failure, type SpecOutcome } from './spec_outcome.js';
import { carriesMeaning, ignoredNote } from './unread_words.js';
import { hasUnderstoodSentence } from './understood_sentences.js';
import { isCostOnlyFollowUp } from './cost_only_follow_ups.js';
import { checkCosts } from './check_costs.js';
import { weightsOrParameters } from './weights_or_parameters.js';
import { settleContextPeriods } from './context_periods.js';
import { settleRestatedPeriods } from './restated_periods.js';
import { settleBackgroundPeriods } from './background_periods.js';
import { settleGoalsOfStatedCapital, settleRestatedMoneyGoals } from './restated_money_goals.js';
import { settleStoryMentions } from './story_mentions.js';
import { settleDeclinedMentions } from './declined_mentions.js';
import { settleOptionsMetaphors } from './options_metaphors.js';
import { settleSelfCorrections } from './self_corrections.js';
import { settleComparedVersions } from './compared_versions.js';
import { checkWrittenWeights } from './written_weights.js';
import { checkUnsupportedInterval } from './unsupported_interval.js';
import { checkImpossibleDates } from './impossible_dates.js';
import { checkExtraNumbers } from './extra_numbers.js';
import { checkCombinedSignals, checkUnsupportedRules } from './unsupported_rules.js';
import { checkUnknownMetrics } from './unknown_metrics.js';
import { checkSeveralPeriods } from './several_periods.js';
import { checkWindowChange } from './window_change_check.js';
import { unknownTickerAfterOn } from './unknown_ticker.js';
import { applySpanParameters } from './span_parameters.js';
import { checkSplitCount } from './split_count.js';
import { checkFavouredWeights } from './favoured_weights.js';
import { onlyTargetChanged } from './recognizers/targets.js';
import { onlyParameterChanged } from './recognizers/instead_numbers.js';
import { settleConversationSymbols, settleExplainedSymbols } from './conversation_symbols.js';
import { settleConversationStrategies } from './conversation_strategies.js';
import { settleBothReferences } from './both_references.js';
import { settleRecalledTurns } from './recalled_turns.js';
import { settleReturns } from './recognizers/returns.js';
import { settleListedStrategies } from './listed_strategies.js';
import { checkOtherReference } from './other_references.js';
import { settleOtherStrategy } from './other_strategies.js';
import { reasonAsideIndexes } from './recognizers/chat_asides.js';
import { emailAsk } from './email_context.js';

export interface ParseRequestOptions {
  /** The user's earlier messages, oldest first; each is applied before `text`. */
  history?: readonly string[];
  /** `YYYY-MM-DD` that relative dates ("last year", "YTD") resolve against. */
  today: string;
}

/** Longer messages are refused rather than scanned: no trading request needs this much text. */
export const MAX_MESSAGE_LENGTH = 4000;

/** The same refusal in the CLI, the agents and the server: a request is at most 4,000 characters. */
export function requestTooLong(message: string): BacktestPilotError {
  return new BacktestPilotError('request_too_long', `a request is at most ${MAX_MESSAGE_LENGTH.toLocaleString('en-US')} characters; this one has ${message.length.toLocaleString('en-US')}`, {
    length: message.length, max_length: MAX_MESSAGE_LENGTH,
  });
}

function checkInputs(text: unknown, options: ParseRequestOptions): BacktestPilotError | undefined {
  if (typeof options?.today !== 'string' || !isIsoDate(options.today)) {
    return new BacktestPilotError('bad_date', `today must be a date as YYYY-MM-DD, got "${String(options?.today)}"`, { today: options?.today });
  }
  const messages = [...(options.history ?? []), text];
  const bad = messages.findIndex((message) => typeof message !== 'string');
  if (bad !== -1) return new BacktestPilotError('bad_request', `each message must be text; message ${bad + 1} is not`, { message_index: bad });
  const tooLong = messages.findIndex((message) => (message as string).length > MAX_MESSAGE_LENGTH);
  if (tooLong !== -1) return requestTooLong(messages[tooLong] as string);
  for (const message of messages) {
    const refused = findRefusedLiteral(message as string);
    if (refused) return refused;
  }
  return undefined;
}

/** "2022-02-30" is refused, never skipped: the range would silently lose an end. */
function checkWrittenDates(text: string): BacktestPilotError | undefined {
  const impossible = tokenize(text).find((token) => token.kind === 'iso_date' && token.norm.length === 10 && !isIsoDate(token.norm));
  if (!impossible) return undefined;
  return new BacktestPilotError('bad_date', `${impossible.text} is not a real date; write a date as YYYY-MM-DD, e.g. 2022-02-28`, { date: impossible.text });
}

/**
 * The meaning-bearing words left unread in sentences where something was read: a sentence of
 * background where nothing was ("Everyone at work is obsessed with that stock.") is noted as
 * ignored but does not make the request beside it not understood.
 */
function ignoredWhereRead(message: ReadMessage): string[] {
  const readSentences = new Set(message.placed.filter(({ clause }) => asksSomething(clause)).map((item) => item.sentence));
  return [...new Set(message.unread.filter((token) => readSentences.has(token.sentence) && carriesMeaning(token)).map((token) => token.text))];
}

/**
 * A message whose meaning-bearing words were mostly not understood gets a question, not a guess:
 * nothing at all was read, or more was ignored than read and no strategy was named (so "banana
 * smoothie recipe with bitcoin" is not run as buy-and-hold on BTC).
 */
function notUnderstood(text: string, read: ReadMessage, isFirst: boolean): BacktestPilotError | undefined {
  // "…, that's closer to my actual account": a reason given for an edit read before it asks for nothing (chat_asides.ts).
  const asides = new Set(read.readMeaningful > 0 ? [...reasonAsideIndexes(read.tokens)].map((at) => read.tokens[at]) : []);
  const message = { ...read, unread: read.unread.filter((token) => !asides.has(token)) };
  const ignored = [...new Set(message.unread.filter(carriesMeaning).map((token) => token.text))];
  const readNothing = message.placed.every(({ clause }) => clause.kind === 'note' || clause.kind === 'mode');
  if (ignored.length === 0 && !(readNothing && isFirst && message.unread.some((token) => token.kind === 'word'))) return undefined;
  const namesStrategy = message.placed.some(({ clause }) => clause.kind === 'strategy' || clause.kind === 'shared_params' || clause.kind === 'param');
  if (message.readMeaningful > 0 && (namesStrategy || ignoredWhereRead(message).length <= message.readMeaningful || hasUnderstoodSentence(message) || isCostOnlyFollowUp(message, isFirst))) return undefined;
  const recognised = message.read.length > 0 ? `I recognised ${message.read.map((part) => `'${part}'`).join(', ')} but not ` : 'I recognised nothing I can run';
  const unknown = ignored.length > 0 ? `${message.read.length > 0 ? '' : ': not '}${ignored.map((word) => `'${word}'`).join(', ')}` : '';
  return new BacktestPilotError(
    'not_understood',
    `I could not tell what to backtest from "${text.length > 120 ? `${text.slice(0, 117)}...` : text}": ${recognised}${unknown}. ` +
      'Say which instrument, strategy and dates you mean, e.g. "SMA 20/50 on BTC for 2022".',
    { recognised: message.read, ignored },
  );
}

/**
 * Turns a plain-English request, and the conversation before it, into a RequestSpec. Each earlier
 * message is applied in turn and a follow-up changes only what it says ("now try it on ETH"
 * replaces the symbols, "add SOL too" adds one, "extend it to 2023" moves the end date). Never
 * throws on any text: the result is a spec that passes RequestSpecSchema, or a typed error
 * (`no_symbol` when the conversation names no instrument, `bad_date` for a bad `today`,
 * `bad_weights` for weights written short of 100 % without saying the rest is cash).
 * Strategy-like names it cannot map ("Ichimoku strategy") stay in the spec under their own name,
 * so validation answers `unknown_strategy` in its place in the check order.
 */
export function parseRequest(written: string, options: ParseRequestOptions): SpecOutcome {
  const inputError = checkInputs(written, options);
  if (inputError) return failure(inputError);
  // What an email quotes, and its signature, are not asked for (email_context.ts).
  const text = emailAsk(written);
  const history = (options.history ?? []).map(emailAsk);
  const dateError = checkWrittenDates(text);
  if (dateError) return failure(dateError);
  let state = emptyConversation();
  let notes: string[] = [];
  let latest: ReadMessage | undefined;
  let placed: PlacedClause[] = [];
  let windowError: BacktestPilotError | undefined;
  let spanError: BacktestPilotError | undefined;
  // An edit of the latest message that cannot apply ("double the slippage" with none set).
  let refusedEdit: BacktestPilotError | undefined;
  // The state before each message, for "revert the capital to what it was" (revert_settings.ts).
  const earlier: ConversationState[] = [];
  // Whether a message has stated the capital: "can it get to 5000" grows that (recognizers/asked_balances.ts).
  let capitalStated = false;
  // Notes speak about the latest message; the earlier ones had theirs when they were sent.
  for (const message of [...history, text]) {
    earlier.push(state);
    // `placed` is still the previous message's: "make that at least 0.8" names the target it set.
    const lastChanged = onlyTargetChanged(placed);
    const lastParameter = onlyParameterChanged(placed);
    latest = readClauses(message, options.today, { targets: state.targets, ...(lastChanged ? { lastChanged } : {}) }, { window: state.dateRange, interval: state.interval, strategies: state.strategies, symbols: state.symbols, portfolio: state.portfolio, ...(lastParameter ? { lastParameter } : {}), ...(capitalStated ? { capital: state.initialCapital } : {}) });
    placed = settleRestatedMoneyGoals(settleBackgroundPeriods(settleRestatedPeriods(settleContextPeriods(settleSelfCorrections(settleJoinedHoldings(settleHeldWeights(weightsOrParameters(settleOtherStrategy(settleRecalledTurns(settleReturns(settleConversationStrategies(settleConversationSymbols(settleBothReferences(settleListedStrategies(settleStoryMentions(settleDeclinedMentions(settleOptionsMetaphors(latest, state), state), state), state), earlier), earlier), earlier), earlier), earlier), latest, earlier), state), state), state)))), state.dateRange));
    placed = settleExplainedSymbols(latest, settleComparedVersions(settleGoalsOfStatedCapital(placed, state.initialCapital)), state);
    windowError = checkWindowChange(placed, state);
    const base = stateBeforeUndo(state, placed, earlier);
    // Settings taken back first, so a new value the same message writes wins ("put the fees back but 20 bps").
    const revertNotes: string[] = [];
    const reverted = applyReverts(base.state, placed, earlier, revertNotes);
    const applied = applyMessage(reverted, placed, message);
    refusedEdit = applied.refusals[0];
    capitalStated ||= placed.some(({ clause }) => clause.kind === 'capital');
    notes = [...(base.note ? [base.note] : []), ...revertNotes, ...applied.notes];
    state = applied.state;
    // Once the message's symbols are known: a lookback written as a span becomes bars, or is refused.
    const spans = applySpanParameters(placed, state, options.today);
    if (spans instanceof BacktestPilotError) spanError = spans;
    else {
      spanError = undefined;
      notes.push(...spans.notes);
    }
  }
  // A rule no strategy follows is named as such before any "not understood": the request was
  // understood well enough to know it cannot be run ("a covered call strategy on SPY").
  const unclear = checkUnsupportedRules(placed) ?? (latest && checkCombinedSignals(latest)) ?? checkUnknownMetrics(placed) ?? (latest && notUnderstood(text, latest, (options.history ?? []).length === 0)) ?? checkWrittenWeights(placed) ?? checkUnsupportedInterval(placed) ?? checkImpossibleDates(placed) ?? checkExtraNumbers(placed) ?? checkSeveralPeriods(placed) ?? spanError ?? refusedEdit ?? windowError ?? (latest && checkOtherReference(latest, earlier)) ?? checkSplitCount(placed, state) ?? checkFavouredWeights(placed, state);
  if (unclear) return failure(unclear);
  const unknownTicker = state.symbols.length === 0 && latest ? unknownTickerAfterOn(text, latest.unread) : undefined;
  if (unknownTicker) state = { ...state, symbols: [unknownTicker] };
  // The unknown ticker was read, as a symbol: it is not among the ignored words.
  const ignored = latest && ignoredNote(latest.unread.filter((token) => token.norm !== unknownTicker?.toLowerCase()));
  if (ignored) notes.unshift(ignored);
  notes.push(...(latest?.corrections ?? []));
  if (state.symbols.length === 0) {
    return failure(new BacktestPilotError('no_symbol', 'no symbol in the request or the conversation; name at least one instrument, e.g. BTC, ETH or SPY', {}));
  }
  if (state.strategies.length === 0) {
    notes.push(state.portfolio
      // A portfolio with no strategy is the usual buy-and-hold mix, not a request missing something.
      ? `no strategy named: the portfolio holds each symbol (${BASELINE_STRATEGY}); name one, e.g. SMA crossover, to trade each symbol with it`
      : `no strategy named: only the ${BASELINE_STRATEGY} baseline will run; name one, e.g. SMA crossover, RSI or MACD`);
  }
  const candidate = toRequestSpec(state);
  try {
    checkCosts(candidate);
  } catch (error) {
    if (error instanceof BacktestPilotError) return failure(error);
    throw error;
  }
  const parsed = RequestSpecSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'spec'}: ${issue.message}`);
    return failure(new BacktestPilotError('bad_request', `the request does not make a valid spec: ${issues.join('; ')}`, { issues }));
  }
  const unique = [...new Set(notes)];
  return { ok: true, spec: unique.length > 0 ? { ...parsed.data, notes: unique } : parsed.data, notes: unique };
}
