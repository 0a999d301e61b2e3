/**
 * The grammar's recognizer for questions about saved experiments: on the one tokenizer, with the
 * same date, symbol, strategy and metric recognizers as a request, so "last year", "ETH" or
 * "Sortino" read alike in both. The offline planner answers what it recognizes with the memory
 * tools and sends everything else to parse_request. Rules, tried in this order:
 *
 * - re-run:  (rerun | re-run | repeat | replay | redo) [experiment | run] N [dates], or
 *            run (experiment | run) N ..., or (run | do) [number | test] N again, or (experiment | run | test) N
 *            (rerun | re-run | redone | again) with no verb before it (repeated_runs.ts):
 *            "re-run experiment 12 on 2025 data" → rerun_experiment {id: 12, start: 2025-01-01, end: 2025-12-31}
 * - delete:  (delete | remove | forget | drop | erase) (experiment | run) N → delete_experiment,
 *            which the agent has no tool for: the planner points to `btp experiments delete N`
 * - show:    [show | open | display | view | describe | details of] (experiment | run) N
 * - best:    (best | top | highest | strongest | winning | max + metric | smallest + drawdown) + a
 *            memory marker (my, experiment(s), saved, "I ran", "among the runs" ...) + optional metric,
 *            symbol, strategy, recency (best_metric.ts reads the metric: "SR", "dd", "pf" are metrics, never symbols)
 *            "what was my best ETH strategy last week?" → best_experiment {metric: sharpe_ratio, symbol: ETH, days: 7};
 *            runs named as a listing names them but ranked by a metric are a ranking too ("the 3 worst runs by drawdown")
 * - list:    "experiments" or "history", or (runs | backtests | tests) with my / last / recent /
 *            previous / saved, or "what have I run"; "last N" sets how many, "all" the tool's
 *            maximum (50); symbol, strategy and recency filter, and so do the days the runs were made
 *            ("the runs I did in October 2025", made_window.ts: start and end)
 *            "show my last 5 experiments" → list_experiments {limit: 5}
 *
 * A question told inside a story reads its own part first (asking_part.ts): "I ran ETH stuff on
 * Monday, but what was my best sortino on SOL?" asks about SOL. "what would RSI have done on ETH?"
 * supposes a run (supposed_runs.ts), so it is a request.
 *
 * "experiment" misspelled ("experimnt") is read by the edit-distance rule of fuzzy_names.ts, as are the
 * question's key words ("wat was my bset eth strat", misspelled_question_words.ts), and
 * "run again" is a re-run.
 *
 * Recency ("last week", "past 3 days", "past 30d", "this month", "today") is a rolling window in days:
 * week = 7, month = 30, year = 365. A request without a memory marker ("which strategy is best
 * on ETH in 2022?") is a backtest request, not a memory question.
 *
 * Its parts, one file each: experiment_references.ts (an id or "that one" after a verb),
 * memory_markers.ts (does it speak of the user's runs), list_question.ts (a listing and its count),
 * memory_filters.ts (symbol, strategy, recency) and saved_run_words.ts (their shared words); follow-ups:
 * memory_follow_up.ts, restated_counts.ts ("gimme 10"), flipped_order.ts ("flip it"),
 * follow_up_sentence.ts (a follow-up after a story) and rerun_follow_ups.ts ("and on eth?" after a re-run).
 */
import { MAX_RANKED_COUNT } from '../../../memory/experiment_schemas.js';
import type { MetricKey } from '../../risk/types.js';
import { readSpokenNumbers } from '../spoken_numbers.js';
import { isNumber, isWord } from '../token_matchers.js';
import { tokenize, type Token } from '../tokenizer.js';
import { askingPart } from './asking_part.js';
import { asksForRule } from './asked_rules.js';
import { asksForRankAt, metricWordIndexes, rankedMetric, rankEnd, unknownRankedMetric, type RankEnd } from './best_metric.js';
import { recognizeDates } from './dates.js';
import {
  anaphorIn, correctNouns, deleteVerb, experimentIdAt, experimentMentions, findAfterVerb, findAnaphorAfterVerb, findRunAgain, hashMarkedNumbers,
  pointsPastLatest, rerunVerb, runVerb, showVerb, type EarlierExperiment, type PointedPlace,
} from './experiment_references.js';
import { asksForList, countIn, isListQuestion, listLimit, MAX_LIST_LIMIT } from './list_question.js';
import { askedFilters, filtersOf, recencyDays, type Filters } from './memory_filters.js';
import { flipsOrder } from './flipped_order.js';
import { followUpSentence } from './follow_up_sentence.js';
import { askAgain, followUpLeadEnd, lettingGoOfSymbol, namesMetricInstead, type FollowUpChanges } from './memory_follow_up.js';
import { dataWindow, madeWindow, type MadeWindow } from './made_window.js';
import { hasMemoryMarker } from './memory_markers.js';
import { correctQuestionWords } from './misspelled_question_words.js';
import { asksOtherEndAlone } from './other_end.js';
import { asksPointedRunResults } from './pointed_run_results.js';
import { rankedCount } from './ranked_count.js';
import { restatedNumber, restatedSpanDays, asksForAll } from './restated_counts.js';
import { datedWindowFrom, editedWindow } from './rerun_window.js';
import { findRepeatedRun, findRunNamedRerun } from './repeated_runs.js';
import { dataWindowRefusal, futureWindow, unknownRankingMetric, type RefusedQuestion } from './refused_questions.js';
import { findSameRun, namedRunParts, refusedRerun, type RefusedRerun } from './refused_reruns.js';
import { rerunElsewhere } from './rerun_follow_ups.js';
import { asksForNewRun } from './run_requests.js';
import { countsTime, RECENT_FOLLOWERS, RECENT_LEADS, RUN_REQUESTS, words } from './saved_run_words.js';
import { supposesRun } from './supposed_runs.js';
import { swappedOutSymbol } from './swapped_symbol.js';
import { takesTopOfRanking } from './top_of_ranking.js';
import { asksRankingOfNothing, asksUnmarkedRanking, namesRunNoun } from './unmarked_ranking.js';
import { isShouting, matchSymbolAt } from './symbols.js';

export type MemoryQuestion =
  | { tool: 'list_experiments'; args: Filters & MadeWindow & { limit: number } }
  // limit: among the N most recent runs; order: "worst" for the worst end of the ranking (the best when absent); count: how many results ("top 3").
  | { tool: 'best_experiment'; args: Filters & MadeWindow & { metric: MetricKey; baselines?: boolean; limit?: number; order?: RankEnd; count?: number } }
  | { tool: 'show_experiment'; args: { id: number } }
  | { tool: 'rerun_experiment'; args: { id: number; start?: string; end?: string } }
  | { tool: 'delete_experiment'; args: { id: number } }
  | RefusedRerun
  | RefusedQuestion;

function rerunQuestion(tokens: readonly Token[], today: string, hashMarked: ReadonlySet<string>, earlier: EarlierExperiment): MemoryQuestion | undefined {
  // "rerun 12", "re-run experiment 12", and "run experiment 12 again" or "run #8 again" (plain "run" needs the noun or "#", or a repeat: "run number 8 again").
  const found = findAfterVerb(tokens, rerunVerb, false) ?? findAfterVerb(tokens, runVerb, true, hashMarked) ?? findRepeatedRun(tokens, hashMarked)
    ?? findRunNamedRerun(tokens, hashMarked) ?? findAnaphorAfterVerb(tokens, rerunVerb, earlier) ?? findRunAgain(tokens, earlier);
  const pointed = found ?? findSameRun(tokens, earlier);
  // "rerun it on eth", "same test but on apple": another instrument or strategy, which a re-run cannot change.
  const named = pointed && namedRunParts(tokens.slice(pointed.end));
  if (pointed && named !== undefined) return refusedRerun(pointed.id, named);
  if (!found) return undefined;
  return { tool: 'rerun_experiment', args: { id: found.id, ...datedWindowFrom(tokens, found.end, today) } };
}

/** "including buy and hold", "baselines too": the user wants holding counted among the candidates for best. */
function countsBaselines(all: readonly string[]): boolean {
  if (all.some((word) => word === 'baseline' || word === 'baselines')) return true;
  const including = all.findIndex((word) => word === 'including' || word === 'include' || word === 'incl');
  return including >= 0 && all.slice(including + 1, including + 5).includes('hold');
}

/** "best", "top Sortino", "worst", "lowest Sharpe": the message asks for one end of a ranking. */
function asksForRank(tokens: readonly Token[]): boolean {
  return tokens.some((_, index) => asksForRankAt(tokens, index));
}

/**
 * "which of the last 20 runs had the best win rate", "my 15 most recent runs": the best among the
 * N newest runs. "top 3" asks for three results, and "last 30 days" is a window, so neither counts.
 */
function recentRunsCount(tokens: readonly Token[]): number | undefined {
  return tokens.find((token, index) => isNumber(token) && Number.isInteger(token.value) && token.value >= 1 && !countsTime(tokens, index)
    && (isWord(tokens[index - 1], ...RECENT_LEADS) || isWord(tokens[index + 1], ...RECENT_FOLLOWERS)))?.value;
}

/** How many newest runs the ranking looks at, which end of it the question asks for, and how many results from that end. */
function rankingScope(tokens: readonly Token[], asking: readonly Token[]): { limit?: number; order?: RankEnd; count?: number } {
  const limit = recentRunsCount(asking);
  const count = rankedCount(asking);
  return { ...(limit !== undefined ? { limit } : {}), ...(rankEnd(tokens) === 'worst' ? { order: 'worst' } : {}), ...(count !== undefined ? { count } : {}) };
}

const tokensOf = (text: string) => correctQuestionWords(correctNouns(readSpokenNumbers(tokenize(text))));

/** "what was its sharpe again?": a question about the run pointed back to, which keeps "it" on that run. */
function asksAboutPointedRun(tokens: readonly Token[]): boolean {
  return tokens.some((token) => isWord(token, 'its')) && !asksForNewRun(tokens);
}

/**
 * The experiment "it" or "that one" stands for: the last one named before it in its message, else
 * in the latest earlier message naming one ("show 23" after a listing, read with what came before
 * it). A message between them that is about neither (a new backtest) makes "it" that message's
 * run, which has no id to rerun; one that asks about "its" results, or a remark ("ok", "what
 * dates was that on") keeps pointing back. "The first one" and "the one before" pick by place
 * among the runs named (namedRunsInOrder).
 */
function earlierExperiment(history: readonly string[], today: string): EarlierExperiment {
  return (before, place) => {
    if (place !== 'latest') return placedRun(namedRunsInOrder(history, today, before), place);
    const named = experimentMentions(before).at(-1);
    if (named !== undefined) return named;
    for (let at = history.length - 1; at >= 0; at--) {
      const question = parseMemoryQuestion(history[at]!, today, history.slice(0, at));
      if (question && 'id' in question.args) return question.args.id;
      const tokens = tokensOf(history[at]!);
      if (!question && !anaphorIn(tokens) && !asksAboutPointedRun(tokens) && !namesNothingNew(tokens, today)) return undefined;
    }
    return undefined;
  };
}

/**
 * The ids of the runs shown, re-run or named so far, in the order named, then those named in the
 * message before the pointer. A listing or ranking since empties them: "the first one" after it
 * is the first line of its answer, whose id the grammar does not know.
 */
function namedRunsInOrder(history: readonly string[], today: string, before: readonly Token[]): number[] {
  let named: number[] = [];
  history.forEach((message, at) => {
    const question = parseMemoryQuestion(message, today, history.slice(0, at));
    if (question && 'id' in question.args) named.push(question.args.id);
    else if (question) named = [];
  });
  return [...named, ...experimentMentions(before)];
}

/** The run at `place` among those named: the first, or the last one other than the latest ("the one before" needs two). */
function placedRun(named: readonly number[], place: Exclude<PointedPlace, 'latest'>): number | undefined {
  if (place === 'first') return named[0];
  const latest = named.at(-1);
  return [...named].reverse().find((id) => id !== latest);
}

/** A dated window ("and for 2023?"), which a backtest runs over; a recency window is read as such by recencyDays. */
function namesDates(tokens: readonly Token[], today: string): boolean {
  return tokens.some((_, index) => recognizeDates(tokens, index, { today, shouting: false })?.clauses.some((clause) => clause.kind === 'dates'));
}

/**
 * "which one had the highest return?", "ok now the best total return for ETH", "top 5 please" after
 * a question about saved runs: a ranking by a metric, or how many of a ranking, with no run asked
 * for, goes on asking about those runs.
 */
function reranks(tokens: readonly Token[]): boolean {
  return asksForRank(tokens) && (metricWordIndexes(tokens).size > 0 || rankedCount(tokens) !== undefined || asksOtherEndAlone(tokens))
    && !words(tokens).some((word) => RUN_REQUESTS.includes(word));
}

/**
 * "make it 20": the number the question asked with, said anew. A listing shows that many; a
 * ranking among the newest runs ranks that many; any other ranking gives that many results.
 */
function restatedChanges(asked: MemoryQuestion, restated: number): Pick<FollowUpChanges, 'count' | 'results'> {
  if (asked.tool === 'list_experiments') return { count: Math.min(restated, MAX_LIST_LIMIT) };
  const amongNewest = asked.tool === 'best_experiment' && asked.args.limit !== undefined && asked.args.count === undefined;
  return amongNewest ? { count: restated } : { results: Math.min(restated, MAX_RANKED_COUNT) };
}

/**
 * "n for btc?" after "whats my best sharpe on eth": the question before, asked again with the
 * follow-up's symbol, strategy, metric, recency, count or end of the ranking (memory_follow_up.ts);
 * "and #32" after "show me #31" asks it of another run. A strategy with an instrument ("what about
 * sma on eth"), a dated window or a run asked for makes it a new backtest: "now run sma on btc 2022".
 */
function followUpQuestion(message: readonly Token[], today: string, history: readonly string[], hashMarked: ReadonlySet<string>): MemoryQuestion | undefined {
  const tokens = followUpSentence(message);
  const askedAt = lastAskedAt(history, today);
  const previous = history[askedAt];
  const leadEnd = followUpLeadEnd(tokens);
  const shouting = isShouting(tokens);
  const symbolEnd = (index: number) => matchSymbolAt(tokens, index, { shouting, strong: true })?.end;
  // "swap sol for doge": the coin swapped out filters nothing.
  const swappedOut = swappedOutSymbol(tokens, symbolEnd);
  const window = datedWindowFrom(tokens, 0, today);
  // "forget bnb. best calmar …, any coin", "drop the btc filter": the symbol let go of filters nothing.
  const { dropped, everySymbol } = lettingGoOfSymbol(tokens, symbolEnd);
  const restatesNumber = restatedNumber(tokens) !== undefined || restatedSpanDays(tokens) !== undefined || asksForAll(tokens);
  const opens = leadEnd !== undefined || reranks(tokens) || swappedOut || window || everySymbol || restatesNumber || flipsOrder(tokens)
    || namesMetricInstead(tokens, metricWordIndexes(tokens));
  // "rerun the one before for 2023" that finds no such run is no question about the latest.
  if (previous === undefined || pointsPastLatest(tokens)) return undefined;
  // "and on eth?", "now do it on sol" after a re-run: the saved run elsewhere, refused even when asked as a run (rerun_follow_ups.ts).
  const elsewhere = rerunElsewhere(tokens, leadEnd);
  const rerun = elsewhere && parseMemoryQuestion(previous, today, history.slice(0, askedAt));
  if (elsewhere && (rerun?.tool === 'rerun_experiment' || rerun?.tool === 'refused_rerun')) return refusedRerun(rerun.args.id, elsewhere);
  if (!opens || asksForRun(tokens)) return undefined;
  const asked = parseMemoryQuestion(previous, today, history.slice(0, askedAt)) ?? rankingOfNothing(previous, today);
  if (!asked) return undefined;
  if ('id' in asked.args) {
    // "and 2021?" after a re-run, "and for 2023?" after a run shown: the year is a new window, not another run's id.
    if (window && !namesRunsToMake(tokens) && (asked.tool === 'rerun_experiment' || (asked.tool === 'show_experiment' && !namesBareNumber(tokens, leadEnd)))) {
      const edited = asked.tool === 'rerun_experiment' ? editedWindow(asked.args, tokens, today) : window;
      return { tool: 'rerun_experiment', args: { id: asked.args.id, ...edited } };
    }
    const another = leadEnd === undefined ? undefined : experimentIdAt(tokens, leadEnd, false, hashMarked);
    return another && askAgain(asked, { id: another.id });
  }
  // "and by omega?" after a ranking or a listing: a measure no run reports, refused as in a question of its own.
  const unknown = unknownRankedMetric(tokens);
  if (unknown !== undefined && (asked.tool === 'best_experiment' || asked.tool === 'list_experiments')) return unknownRankingMetric(unknown);
  // The lead's own words name no coin: "switch the metric to calmar".
  const named = filtersOf(tokens.filter((_, index) => !dropped.has(index) && !swappedOut?.has(index) && index >= (leadEnd ?? 0)), tokens);
  const symbol = named.symbol ?? (leadEnd === undefined ? undefined : matchSymbolAt(tokens, leadEnd, { shouting, strong: true })?.symbol);
  const filters = { ...named, ...(symbol !== undefined ? { symbol } : {}), ...(everySymbol && symbol === undefined ? { everySymbol } : {}) };
  // "and only since september", "from october on" after a listing or ranking: when its runs were made, not a backtest's dates.
  const made = filters.days === undefined && (asked.tool === 'list_experiments' || asked.tool === 'best_experiment') ? madeWindow(tokens, tokens, today) : undefined;
  if ((filters.strategy !== undefined && symbol !== undefined) || (filters.days === undefined && made === undefined && namesDates(tokens, today))) return undefined;
  // "the top 3 by sortino" after a listing: three results of the ranking, not a listing of three.
  const results = rankedCount(tokens);
  const count = asked.tool === 'list_experiments' && results === undefined ? countIn(tokens, true) : recentRunsCount(tokens);
  const restated = results === undefined && count === undefined ? restatedNumber(tokens) : undefined;
  const all = asked.tool === 'list_experiments' && asksForAll(tokens);
  const span = filters.days === undefined ? restatedSpanDays(tokens) : undefined;
  // "top 3" keeps the end asked before: the worst three after "my worst drawdown".
  const ranked = tokens.some((_, index) => asksForRankAt(tokens, index)) && !takesTopOfRanking(tokens);
  const changes: FollowUpChanges = {
    ...filters,
    ...(span !== undefined ? { days: span } : {}),
    ...(made !== undefined ? { made } : {}),
    ...(all ? { count: MAX_LIST_LIMIT } : {}),
    ...(!ranked && asked.tool === 'best_experiment' && flipsOrder(tokens) ? { end: asked.args.order === 'worst' ? 'best' : 'worst' } : {}),
    ...(metricWordIndexes(tokens).size > 0 ? { metric: rankedMetric(tokens) } : {}),
    ...(count !== undefined ? { count: asked.tool === 'list_experiments' ? Math.min(count, MAX_LIST_LIMIT) : count } : {}),
    ...(ranked ? { end: rankEnd(tokens) } : {}),
    ...(results !== undefined ? { results } : {}),
    ...(restated !== undefined ? restatedChanges(asked, restated) : {}),
  };
  return askAgain(asked, changes);
}

/** "top 5 by total return" before a follow-up: a ranking with nothing to run on ranks the saved runs (unmarked_ranking.ts). */
function rankingOfNothing(text: string, today: string): MemoryQuestion | undefined {
  const tokens = tokensOf(text);
  return asksRankingOfNothing(tokens) && !supposesRun(tokens) && !namesDates(tokens, today) ? bestQuestion(tokens, today) : undefined;
}

/** "and 2023" right after the lead, which after a run shown may be another run's id; "and for 2023", "and over last year" name a window. */
function namesBareNumber(tokens: readonly Token[], leadEnd: number | undefined): boolean {
  return leadEnd !== undefined && isNumber(tokens[leadEnd]) && !isWord(tokens[leadEnd - 1], ...WINDOW_PREPOSITIONS);
}
const WINDOW_PREPOSITIONS = ['for', 'in', 'over', 'during', 'from', 'since', 'through', 'thru'];

/** "and now for 2023" re-runs the run before over 2023; "now sma on btc for 2023" names a new backtest. */
function namesRunsToMake(tokens: readonly Token[]): boolean {
  const named = filtersOf(tokens, tokens);
  return named.symbol !== undefined || named.strategy !== undefined;
}

/**
 * Where the question a follow-up goes on from stands in `history`: the last message, or the one
 * before a remark on its answer ("list my last 20 runs", "hmm too many", "just the top 3 by sortino").
 */
function lastAskedAt(history: readonly string[], today: string): number {
  const last = history.length - 1;
  const tokens = last >= 0 ? tokensOf(history[last]!) : [];
  const remark = last >= 1 && namesNothingNew(tokens, today) && parseMemoryQuestion(history[last]!, today, history.slice(0, last)) === undefined;
  return remark ? last - 1 : last;
}

/** "ok", "hmm too many", "what were the params on that": no number, symbol, strategy or dates, and no run asked for. */
function namesNothingNew(tokens: readonly Token[], today: string): boolean {
  return !tokens.some(isNumber) && !asksForNewRun(tokens) && !namesDates(tokens, today) && Object.keys(filtersOf(tokens, tokens)).length === 0;
}

/**
 * After an answer that names runs by their ids (a listing, whose lines lead with them, or a run
 * shown or re-run), "show 23" or "show me 4" shows experiment 23 as "show #23" does; a number with
 * more after it ("show me 2022 on btc") stays what it says.
 */
function shownAfterRuns(tokens: readonly Token[], hashMarked: ReadonlySet<string>, today: string, history: readonly string[]): ReadonlySet<string> {
  const previous = history.at(-1);
  const last = tokens.filter((token) => token.kind !== 'punct').at(-1);
  // Reading the message before costs a parse: only a message ending on a number needs it.
  if (previous === undefined || !isNumber(last)) return hashMarked;
  const tool = parseMemoryQuestion(previous, today, history.slice(0, -1))?.tool;
  const namedRuns = tool === 'list_experiments' || tool === 'show_experiment' || tool === 'rerun_experiment';
  return namedRuns ? new Set([...hashMarked, last.text]) : hashMarked;
}

/** A run asked for ("test RSI on ETH") or supposed ("what would RSI have done on ETH?"): a request, not a question about saved runs. */
function asksForRun(tokens: readonly Token[]): boolean {
  return asksForNewRun(tokens) || supposesRun(tokens);
}

/** The memory question the message asks by itself; `earlier` finds what "it" and "that one" stand for. */
function ownQuestion(tokens: readonly Token[], hashMarked: ReadonlySet<string>, today: string, earlier: EarlierExperiment, shownIds = hashMarked): MemoryQuestion | undefined {
  const rerun = rerunQuestion(tokens, today, hashMarked, earlier);
  if (rerun) return rerun;
  const deletion = findAfterVerb(tokens, deleteVerb, true);
  if (deletion) return { tool: 'delete_experiment', args: { id: deletion.id } };
  const shown = experimentMentions(tokens)[0] ?? (findAfterVerb(tokens, showVerb, true, shownIds) ?? findAnaphorAfterVerb(tokens, showVerb, earlier))?.id;
  if (shown !== undefined) return { tool: 'show_experiment', args: { id: shown } };
  // A message that asks for a new run is a request, whatever "my best" its story says.
  if (asksForRun(tokens)) return undefined;
  const pointed = asksPointedRunResults(tokens) && !namesRunsToMake(tokens) && !namesDates(tokens, today) ? earlier(tokens, 'latest') : undefined;
  if (pointed !== undefined) return { tool: 'show_experiment', args: { id: pointed } };
  // "My best trade ever was on ADA. Can you list my last 3 backtests?": a ranking only when the question asks for one.
  if (asksForRank(rankingAskingPart(tokens)) && hasMemoryMarker(tokens)) return bestQuestion(tokens, today);
  // "show me the 3 worst runs by drawdown from the last 30 days": runs named as a listing names them, ranked by a metric.
  if (isListQuestion(tokens) && asksUnmarkedRanking(tokens)) return bestQuestion(tokens, today);
  if (isListQuestion(tokens)) {
    const listing = askingPart(tokens, isListQuestion);
    // "maybe 60 or 70 runs in total … could you list my last 5 experiments?": the count is the one asked for.
    const limit = listLimit(tokens, askingPart(listing, asksForList));
    const filters = askedFilters(tokens, listing, true);
    const window = madeWindowUnlessRecent(tokens, listing, filters, today);
    return 'error' in window ? window : { tool: 'list_experiments', args: { limit, ...filters, ...window } };
  }
  return undefined;
}

/**
 * The days a listing or ranking looks for runs made in. A re-run's window is not among them: the
 * re-run tool checks it as it checks a request's (memory/rerun_experiment.ts) and refuses future dates itself.
 */
function madeDatesAsked(question: MemoryQuestion): MadeWindow {
  return question.tool === 'list_experiments' || question.tool === 'best_experiment' ? question.args : {};
}

/**
 * "the runs I did in October 2025", "my runs in october": when the runs were made, unless a recent
 * window ("last week") already says it in days. The data's window ("my best sharpe on btc in 2022")
 * is refused: answering over every run would drop the dates without a word.
 */
function madeWindowUnlessRecent(tokens: readonly Token[], asking: readonly Token[], filters: Filters, today: string): MadeWindow | RefusedQuestion {
  if (filters.days !== undefined) return {};
  const data = dataWindow(tokens, asking, today);
  return data === undefined ? madeWindow(tokens, asking, today) ?? {} : dataWindowRefusal(data);
}

/** The part of the message that asks about ranked runs: one that ranks, or names the runs. */
function rankingAskingPart(tokens: readonly Token[]): readonly Token[] {
  return askingPart(tokens, (part) => asksForRank(part) || hasMemoryMarker(part));
}

/** The best (or worst) of the saved runs the ranking question names. */
function bestQuestion(tokens: readonly Token[], today: string): MemoryQuestion {
  const asking = rankingAskingPart(tokens);
  const asked = askedFilters(tokens, asking, hasMemoryMarker(asking));
  const window = madeWindowUnlessRecent(tokens, asking, asked, today);
  if ('error' in window) return window;
  const filters: Filters & MadeWindow = { ...asked, ...window };
  const scope = rankingScope(asksForRank(asking) ? asking : tokens, asking);
  // "…study his worst trades. So, what were my 3 worst experiments by total return?": the metric the question names.
  const metric = rankedMetric(metricWordIndexes(asking).size > 0 ? asking : tokens);
  // "which saved run has the best omega ratio": a measure no run reports is refused, never ranked by the Sharpe ratio.
  const unknown = unknownRankedMetric(asking);
  if (unknown !== undefined) return unknownRankingMetric(unknown);
  if (!countsBaselines(words(tokens))) return { tool: 'best_experiment', args: { metric, ...filters, ...scope } };
  // "including buy and hold" widens the search to holding; it does not narrow it to holding.
  const { strategy, ...others } = filters;
  return { tool: 'best_experiment', args: { metric, ...(strategy === 'buy_and_hold' ? others : filters), ...scope, baselines: true } };
}

/**
 * "best sharpe on sol?", "top 3 by calmar from the last 30 days": saved runs by recency, or by when
 * the runs named were made ("top 3 runs by total return since september", made_window.ts), never by
 * the data's window ("best sharpe on btc in 2022" is a request). Only opening a conversation or after a
 * question about saved runs: after a backtest "best sharpe for ETH over the last 90 days" goes on with it.
 */
function unmarkedRankingQuestion(tokens: readonly Token[], today: string, history: readonly string[]): MemoryQuestion | undefined {
  const madeDates = namesRunNoun(tokens) && madeWindow(tokens, rankingAskingPart(tokens), today) !== undefined;
  if (!asksUnmarkedRanking(tokens) || supposesRun(tokens) || (recencyDays(tokens) === undefined && !madeDates && namesDates(tokens, today))) return undefined;
  const last = history.length - 1;
  if (last >= 0 && parseMemoryQuestion(history[last]!, today, history.slice(0, last)) === undefined) return undefined;
  return bestQuestion(tokens, today);
}

/**
 * The memory question `text` asks, or undefined when it is not one (then it is a backtest request).
 * `history`, the user's earlier messages oldest first, tells what "rerun that one" points back to
 * and which question "and for btc?" asks again.
 */
export function parseMemoryQuestion(text: string, today: string, history: readonly string[] = []): MemoryQuestion | undefined {
  if (readings !== undefined) return readOnce(readings, text, today, history);
  readings = new Map();
  try {
    return readOnce(readings, text, today, history);
  } finally {
    readings = undefined;
  }
}

/**
 * The readings of one call's earlier messages, each with the messages before it. Reading "rerun it"
 * reads the messages it may point back to, and each of those its own; without this a chat of 30
 * messages would be read some 2^15 times over.
 */
let readings: Map<string, MemoryQuestion | undefined> | undefined;

function readOnce(cache: Map<string, MemoryQuestion | undefined>, text: string, today: string, history: readonly string[]): MemoryQuestion | undefined {
  const key = [today, ...history, text].join('\u0000');
  if (cache.has(key)) return cache.get(key);
  // Number words read as a request reads them: "my last five backtests" lists five.
  const tokens = tokensOf(text);
  const hashMarked = hashMarkedNumbers(text);
  // "go back to the bnb test and add a stop loss": a rule asked for changes a run, so the message is a request (asked_rules.ts).
  // "my best kelly" ranks by a measure no run reports (refused by its own rule), not a sizing rule asked for.
  const asked = asksForRule(tokens, today, isShouting(tokens)) && unknownRankedMetric(tokens) === undefined ? undefined
    : ownQuestion(tokens, hashMarked, today, earlierExperiment(history, today), shownAfterRuns(tokens, hashMarked, today, history))
      ?? followUpQuestion(tokens, today, history, hashMarked) ?? unmarkedRankingQuestion(tokens, today, history);
  // "the runs I did in 2027": days still to come hold no runs, refused as a request's dates are.
  const question = (asked && futureWindow(madeDatesAsked(asked), today)) ?? asked;
  cache.set(key, question);
  return question;
}
