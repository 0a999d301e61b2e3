import { recognizeCostRemark } from './recognizers/kept_costs.js';
import { recognizeMatchedCost } from './recognizers/matched_costs.js';
import { recognizeInsteadNumber } from './recognizers/instead_numbers.js';
import type { Clause, EarlierSettings, EarlierTargets, Recognizer, RecognizerContext } from './clauses.js';
import { writtenText } from './token_matchers.js';
import { recognizeDates } from './recognizers/dates.js';
import { recognizeShortYearRange } from './recognizers/short_year_ranges.js';
import { recognizeYearThenMonths } from './recognizers/year_then_months.js';
import { markingBackground } from './recognizers/background_periods.js';
import { recognizeNarrowedPeriod } from './recognizers/narrowed_periods.js';
import { recognizeRespokenPeriod } from './recognizers/respoken_periods.js';
import { recognizeBareSpan } from './recognizers/bare_spans.js';
import { recognizeAgoToNow } from './recognizers/ago_to_now.js';
import { recognizeFuturePeriod } from './recognizers/future_periods.js';
import { recognizeIntent } from './recognizers/intent.js';
import { recognizeRankedByPronoun } from './recognizers/ranked_by_pronoun.js';
import { recognizeHoldingSwap } from './recognizers/holding_swaps.js';
import { recognizeAveragesInWords } from './recognizers/averages_in_words.js';
import { recognizeMacdInWords } from './recognizers/macd_in_words.js';
import { recognizeAverageKindAside } from './recognizers/average_kind_asides.js';
import { recognizeBandsInWords } from './recognizers/bands_in_words.js';
import { recognizeBandSettingsAside } from './recognizers/band_settings_asides.js';
import { recognizeHoldingCompared } from './recognizers/holding_compared.js';
import { recognizeInterval } from './recognizers/interval.js';
import { recognizeMoney } from './recognizers/money.js';
import { recognizeSymbolKey } from './recognizers/symbol_keys.js';
import { recognizeChangedCash } from './recognizers/changed_cash.js';
import { recognizeJudgedHolding } from './recognizers/judged_holdings.js';
import { recognizeMoneyPerHolding } from './recognizers/money_per_holding.js';
import { recognizeRemovedCost } from './recognizers/removed_costs.js';
import { recognizeMakerTakerFees } from './recognizers/maker_taker_fees.js';
import { recognizeCapitalCap } from './recognizers/capital_cap.js';
import { recognizeTradeDeduction } from './recognizers/trade_deductions.js';
import { recognizeMoneyGoal } from './recognizers/money_goal.js';
import { recognizePriceReached } from './recognizers/price_reached.js';
import { recognizeLedShortYear } from './recognizers/led_short_years.js';
import { recognizeMadeBareBalance } from './recognizers/made_bare_balance.js';
import { recognizeAskedBalance } from './recognizers/asked_balances.js';
import { recognizeWishedGain } from './recognizers/wished_gains.js';
import { recognizeOutput } from './recognizers/outputs.js';
import { recognizeSwappedOutput } from './recognizers/swapped_outputs.js';
import { recognizeParameterRange } from './recognizers/parameter_ranges.js';
import { recognizeParameterValues } from './recognizers/parameter_values.js';
import { recognizeParameter } from './recognizers/parameters.js';
import { recognizeBandWidth } from './recognizers/band_widths.js';
import { recognizeChannelRule } from './recognizers/channel_rules.js';
import { recognizeMomentumRule } from './recognizers/momentum_rules.js';
import { recognizeCrossoverRule } from './recognizers/crossover_rules.js';
import { recognizeOscillatorRule } from './recognizers/oscillator_rules.js';
import { recognizeOversoldLevel } from './recognizers/oversold_levels.js';
import { recognizeNamedRsiLevels } from './recognizers/named_rsi_levels.js';
import { recognizeOscillatorDescription } from './recognizers/oscillator_descriptions.js';
import { recognizePortfolio } from './recognizers/portfolio.js';
import { recognizeRevert } from './recognizers/reverts.js';
import { recognizeHandedOverWeight } from './recognizers/handed_over_weights.js';
import { recognizePreferredEarlierSetting } from './recognizers/preferred_earlier_settings.js';
import { recognizeStrategyMadeAnother } from './recognizers/strategy_made_another.js';
import { recognizeKeptStrategyNumbers } from './recognizers/kept_strategy_numbers.js';
import { recognizeReturnedRun } from './recognizers/returned_runs.js';
import { recognizeDefaultedParameter } from './recognizers/defaulted_parameters.js';
import { recognizeFlippedWeights } from './recognizers/flipped_weights.js';
import { recognizeSharesEach } from './recognizers/shares_each.js';
import { recognizeRestOfWeights } from './recognizers/rest_of_weights.js';
import { recognizeRecalledTurn } from './recalled_turns.js';
import { recognizeReturn } from './recognizers/returns.js';
import { recognizePortfolioSettings } from './recognizers/portfolio_settings.js';
import { recognizeSearch } from './recognizers/search.js';
import { recognizeStrategy } from './recognizers/strategies.js';
import { isShouting, recognizeSymbol } from './recognizers/symbols.js';
import { recognizeListedUnknownTicker } from './recognizers/listed_unknown_tickers.js';
import { recognizeTarget } from './recognizers/targets.js';
import { recognizeToleratedFall } from './recognizers/tolerated_falls.js';
import { recognizeUnknownMetricTarget } from './recognizers/unknown_metrics.js';
import { recognizeShortedSymbol } from './recognizers/shorted_symbols.js';
import { recognizeShortingInWords } from './recognizers/shorting_in_words.js';
import { recognizeToggledShorting } from './recognizers/toggled_shorting.js';
import { recognizeLooseSettings } from './recognizers/loose_settings.js';
import { recognizeUnsupportedRule } from './recognizers/trade_rules.js';
import { recognizeCalendarRule } from './recognizers/calendar_rules.js';
import { decliningRules } from './recognizers/declined_rules.js';
import { recognizeTimeInMarket } from './recognizers/time_in_market.js';
import { recognizeWinningMoreOften } from './recognizers/winning_more_often.js';
import { recognizeCheckedEvery } from './recognizers/checked_every.js';
import { recognizeRestatedPeriod } from './recognizers/restated_periods.js';
import { recognizeWindowEdgeNoun } from './recognizers/window_edge_nouns.js';
import { recognizeTradesWonOutOf } from './recognizers/trades_won_out_of.js';
import { recognizeWindowChange } from './recognizers/window_changes.js';
import { recognizeShiftedWindow } from './recognizers/shifted_windows.js';
import { recognizeMovedWindowEdge } from './recognizers/moved_window_edges.js';
import { recognizeWidenedWindow } from './recognizers/widened_windows.js';
import { recognizeWindowPart } from './recognizers/window_parts.js';
import { recognizeWholeYear } from './recognizers/whole_years.js';
import { recognizeDroppedWindowPart } from './recognizers/dropped_window_parts.js';
import { recognizeAndSymbolLead } from './recognizers/and_symbol_leads.js';
import { recognizeTiltedWeights } from './recognizers/favoured_splits.js';
import { recognizeSlippageLoss } from './recognizers/slippage_losses.js';
import { recognizeSpanParameter } from './recognizers/span_parameters.js';
import { recognizeSameSettings } from './recognizers/same_settings.js';
import { recognizeKeepTheRest } from './recognizers/keep_the_rest.js';
import { recognizeKeptTarget } from './recognizers/kept_targets.js';
import { recognizeNegatedPeriod } from './recognizers/negated_periods.js';
import { recognizeListedSettings } from './recognizers/listed_settings.js';
import { recognizeExtraNumbers } from './recognizers/extra_numbers.js';
import { recognizeBareWindow } from './recognizers/bare_windows.js';
import { recognizeOrdinalStrategy } from './recognizers/ordinal_strategies.js';
import { recognizeWeightShift } from './recognizers/weight_shifts.js';
import { recognizeRecurringBuys } from './recognizers/recurring_buys.js';
import { recognizeDipBuying } from './recognizers/dip_buying.js';
import { recognizeSettingsApart } from './recognizers/settings_apart.js';
import { recognizeConversationSymbols } from './conversation_symbols.js';
import { recognizeConversationStrategies } from './conversation_strategies.js';
import { recognizeBothReference } from './both_references.js';
import { recognizeListedStrategy } from './listed_strategies.js';
import { recognizeFlippedWindows } from './recognizers/flipped_windows.js';
import { recognizeScaledParameters } from './recognizers/scaled_parameters.js';
import { recognizeReplacedNumber } from './recognizers/replaced_numbers.js';
import { recognizeSwapKeptWeight } from './recognizers/swap_kept_weight.js';
import { recognizeRebalancedHolding } from './recognizers/rebalanced_holdings.js';
import { recognizeNudgedParameter } from './recognizers/nudged_parameters.js';
import { recognizeVagueNudge } from './recognizers/vague_nudges.js';
import { recognizeNudgedLevels } from './recognizers/nudged_levels.js';
import { storyClaims, storySentences } from './recognizers/story_sentences.js';
import { asideSentences } from './recognizers/aside_sentences.js';
import { declinedIndexes, decliningWords } from './recognizers/declined_mentions.js';
import { pointedBack } from './recognizers/pointing_back.js';
import { recognizeCorrection } from './self_corrections.js';
import { recognizeCorrectedSetting, recognizeCorrectedValue } from './corrected_values.js';
import { tokenize, type Token } from './tokenizer.js';
import { yearsIntoFootnotes } from './footnoted_years.js';
import { aliasOf } from '../data/symbol_aliases.js';
import { correctSpelling } from './spelling.js';
import { readSpokenNumbers } from './spoken_numbers.js';
import { joinSpelledAcronyms } from './spelled_acronyms.js';
import { readDictatedPieces } from './dictated_pieces.js';
import { readCommandLineFlags } from './command_line_flags.js';
import { readPastedTables } from './pasted_tables.js';
import { carriesMeaning, isStopWord } from './unread_words.js';

/** A clause and where the message said it. */
export interface PlacedClause {
  clause: Clause;
  /** Token index where its construct starts. */
  position: number;
  sentence: number;
}

/**
 * On a tie in length the earlier recogniser wins, so grammar words beat unknown tickers, and a list
 * of values to compare ("lookbacks of 20, 60 and 120") beats the same numbers read as one setting.
 */
const RECOGNIZERS: readonly Recognizer[] = [
  recognizeRecalledTurn, recognizeReturnedRun, recognizePreferredEarlierSetting, recognizeRevert, recognizeDefaultedParameter, recognizeReturn, recognizeOscillatorDescription, recognizePortfolioSettings, recognizeSwapKeptWeight, recognizeFlippedWeights, recognizeSharesEach, recognizeRestOfWeights, recognizePortfolio, recognizeWidenedWindow, recognizeWindowPart, recognizeWholeYear, recognizeDroppedWindowPart, recognizeWindowChange, recognizeMovedWindowEdge, recognizeShiftedWindow, recognizeSpanParameter, markingBackground(recognizeDates), markingBackground(recognizeLedShortYear), markingBackground(recognizeYearThenMonths), markingBackground(recognizeNarrowedPeriod), markingBackground(recognizeRespokenPeriod), recognizeShortYearRange, recognizeBareSpan, markingBackground(recognizeAgoToNow), recognizeRestatedPeriod, recognizeWindowEdgeNoun, markingBackground(recognizeFuturePeriod), recognizeKeptTarget, recognizeTarget, recognizeTradesWonOutOf, recognizeWinningMoreOften, recognizeToleratedFall, recognizeUnknownMetricTarget, recognizeInterval, recognizeCheckedEvery, recognizePriceReached, recognizeMoneyGoal, recognizeMadeBareBalance, recognizeAskedBalance, recognizeWishedGain, recognizeCorrectedSetting, recognizeMakerTakerFees, recognizeRemovedCost, recognizeMoney, recognizeSymbolKey, recognizeChangedCash, recognizeMatchedCost, recognizeCostRemark, recognizeKeptStrategyNumbers, recognizeCapitalCap, recognizeMoneyPerHolding, recognizeTradeDeduction, recognizeSlippageLoss, recognizeParameterValues, recognizeMacdInWords, recognizeBandsInWords, recognizeBandSettingsAside, recognizeAverageKindAside, recognizeAveragesInWords, recognizeStrategy, recognizeHoldingCompared, recognizeChannelRule, recognizeMomentumRule, recognizeCrossoverRule, recognizeOversoldLevel, recognizeNamedRsiLevels, recognizeOscillatorRule, recognizeParameterRange, recognizeParameter, recognizeBandWidth, recognizeSearch, recognizeHoldingSwap, recognizeAndSymbolLead, recognizeStrategyMadeAnother, recognizeIntent, recognizeRankedByPronoun, recognizeSwappedOutput, recognizeOutput, decliningRules(recognizeUnsupportedRule), decliningRules(recognizeCalendarRule), recognizeSymbol, recognizeJudgedHolding, recognizeShortedSymbol, recognizeShortingInWords, recognizeToggledShorting, recognizeLooseSettings, recognizeSameSettings, recognizeKeepTheRest, recognizeNegatedPeriod, recognizeListedSettings, recognizeExtraNumbers, recognizeCorrection, recognizeCorrectedValue, recognizeBareWindow, recognizeOrdinalStrategy, recognizeWeightShift, recognizeHandedOverWeight, recognizeRebalancedHolding, recognizeTiltedWeights, recognizeConversationSymbols, recognizeConversationStrategies, recognizeBothReference, recognizeListedStrategy, recognizeFlippedWindows, recognizeScaledParameters, recognizeNudgedParameter, recognizeReplacedNumber, recognizeInsteadNumber, recognizeVagueNudge, recognizeNudgedLevels, recognizeRecurringBuys, recognizeDipBuying, recognizeSettingsApart, recognizeTimeInMarket, recognizeListedUnknownTicker,
];

/** What one message said, and what of it nobody could read. */
export interface ReadMessage {
  placed: PlacedClause[];
  /** Tokens no recogniser consumed, in order. */
  unread: Token[];
  /** The text of each construct that was read ("golden cross", "since 2020"), in order. */
  read: string[];
  /** Tokens inside constructs that were read and carry meaning (see unread_words.ts). */
  readMeaningful: number;
  /** The same count for each sentence, by the sentence a construct starts in. */
  readMeaningfulBySentence: ReadonlyMap<number, number>;
  /** Misspellings read as the words they misspell: "read 'avrage' as 'average'". */
  corrections: string[];
  /** The sentences that tell a story and ask for nothing (recognizers/story_sentences.ts). */
  storySentences: ReadonlySet<number>;
  /** Token indexes inside what someone else is reported to claim, in a sentence that asks (recognizers/story_sentences.ts). */
  storyClaims: ReadonlySet<number>;
  /** The sentences said by the way: pasted past results, "for the record …" (recognizers/aside_sentences.ts). */
  asideSentences: ReadonlySet<number>;
  /** The message's tokens, which `unread` and the index sets above point into. */
  tokens: readonly Token[];
  /** Token indexes inside what the writer turns down ("I'm not touching SOL"; recognizers/declined_mentions.ts). */
  declined: ReadonlySet<number>;
  /** Token indexes right after a word pointing back ("that EMA crossover"; recognizers/pointing_back.ts). */
  pointedBack: ReadonlySet<number>;
  /** How each construct was written, by the token index it starts at. */
  writtenAt: ReadonlyMap<number, string>;
}

/**
 * Reads one message left to right: at each token every recogniser tries, the longest match is
 * taken and its tokens consumed; a token nobody recognises is skipped and reported as unread.
 * `earlier`: the conversation's targets, for a follow-up that changes one ("relax the Sortino to 1.2");
 * `conversation`: its window and bars, for a follow-up's "narrow it down to Q3" or "same but H1".
 */
export function readClauses(text: string, today: string, earlier?: EarlierTargets, conversation?: EarlierSettings): ReadMessage {
  const dictated = readDictatedPieces(joinSpelledAcronyms(readCommandLineFlags(tokenize(yearsIntoFootnotes(readPastedTables(text))))));
  const spelled = correctSpelling(readSpokenNumbers(dictated.tokens), (word) => isStopWord(word) || aliasOf(word) !== undefined);
  const corrected = { tokens: spelled.tokens, notes: [...dictated.notes, ...spelled.notes] };
  const tokens = corrected.tokens;
  const context: RecognizerContext = { today, shouting: isShouting(tokens), ...(earlier ? { earlier } : {}), ...(conversation ? { conversation } : {}) };
  const placed: PlacedClause[] = [];
  const unread: Token[] = [];
  const read: string[] = [];
  const writtenAt = new Map<number, string>();
  let readMeaningful = 0;
  const readMeaningfulBySentence = new Map<number, number>();
  let index = 0;
  while (index < tokens.length) {
    let best: { end: number; clauses: Clause[] } | undefined;
    for (const recognize of RECOGNIZERS) {
      const match = recognize(tokens, index, context);
      if (match && match.end > index && (!best || match.end > best.end)) best = match;
    }
    if (!best) {
      unread.push(tokens[index]!);
      index++;
      continue;
    }
    for (const clause of best.clauses) placed.push({ clause, position: index, sentence: tokens[index]!.sentence });
    const span = tokens.slice(index, best.end);
    read.push(writtenText(span));
    writtenAt.set(index, writtenText(span));
    readMeaningful += span.filter(carriesMeaning).length;
    const sentence = tokens[index]!.sentence;
    readMeaningfulBySentence.set(sentence, (readMeaningfulBySentence.get(sentence) ?? 0) + span.filter(carriesMeaning).length);
    index = best.end;
  }
  // A correction nobody then read is no reading at all: only the used ones are reported.
  const corrections = corrected.notes.filter((note) => !unread.some((token) => note.startsWith(`read '${token.text}'`)));
  // "leave Bitcoin out", "dead to me": read with what they turn down (recognizers/declined_mentions.ts).
  const declining = decliningWords(tokens);
  const unreadTokens = new Set(unread);
  const asides = asideSentences(tokens, (at) => unreadTokens.has(tokens[at]!));
  return { tokens, placed, unread: unread.filter((token) => !declining.has(token)), read, readMeaningful, readMeaningfulBySentence, corrections, storySentences: storySentences(tokens), storyClaims: storyClaims(tokens), asideSentences: asides, declined: declinedIndexes(tokens), pointedBack: pointedBack(tokens), writtenAt };
}
