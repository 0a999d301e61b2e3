import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';

/**
 * A chart asked for without naming its format: "chart pls", "can i get a chart of that", "Could you
 * include a chart I can put on the projector?", "with a graph", "plot it for me", "show me the equity
 * curve". The user wants a picture to look at, which is a png. A chart mentioned in a story
 * ("watching charts at 3am") or as a bar size ("on the 4 hour chart") asks for nothing, so the chart
 * must follow an asking word, stand alone with a "please", be the verb ("plot it"), or open its clause as
 * the subject of a wish ("A simple chart would help me understand", "a graph would be nice").
 */
const CHART_NOUNS = phrases('chart', 'charts', 'graph', 'graphs', 'plot', 'plots', 'equity curve', 'equity curves', 'visual', 'visualization', 'visualisation');
/** Words that ask for what follows them; "with" and "and" ask only when the chart closes its clause. */
// "make that a chart instead", "turn it into a graph": the output asked for before, made a chart.
const STRONG_LEADS = phrases('include|add|attach|get|want|need|draw|make|generate|produce|create', 'make|turn it|that|this|them', 'turn it|that|this|them into', 'show me|us', 'throw in', 'i\'d like', 'id like', 'i would like');
/** Sending asks only when no one is telling their story: "just send a chart", "email me the graph", but not "I send charts to clients". */
const DELIVERY_LEADS = phrases('give|send|email|e-mail|mail|forward');
const WEAK_LEADS = phrases('with', 'and', 'plus', 'also');
/**
 * "just a chart, eth momentum…", "only the equity curve please": the chart is all that is asked for, where "just hold" and
 * "just the numbers" name none. The chart must end its clause: "just the chart of btc looked bad" tells a story.
 */
const ONLY_LEADS = phrases('just', 'only', 'simply');
/** Between the lead and the chart: "a nice chart", "the equity curve", "me a quick graph". */
const BETWEEN: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'me', 'us', 'nice', 'quick', 'simple', 'little', 'small', 'big', 'clean', 'price', 'performance',
  'pnl', 'p&l', 'returns', 'results', 'equity', 'backtest', 'line']);
/** What may follow a chart that closes its clause: "with a graph", "and a chart please", "a chart of that". */
const CLOSERS = ['please', 'pls', 'plz', 'too', 'also', 'of', 'for', 'i', 'we', 'so', 'to', 'as', 'showing', 'that'];
/** Before a chart standing alone: "…since 2021, chart pls". */
const ALONE_BEFORE = ['and', 'plus', 'also'];
const ALONE_AFTER = ['please', 'pls', 'plz', 'too', 'also'];
const CHART_VERBS = ['plot', 'chart', 'graph', 'draw', 'visualize', 'visualise'];
const CHARTED = phrases('it|that|this|them|everything', 'the results|returns|performance|equity|run|backtest');
const SUBJECTS = ['i', 'we', 'he', 'she', 'they', "i'm", 'im'];
/**
 * "chart" as the request's verb with any object: "can you chart a 50/200 sma cross on the nasdaq",
 * "chart sma 20/50 on btc 2020", "pls graph ema 9/21 on eth". Only where a request starts or after
 * asking words, so "I chart it by hand" and "on the 4h chart" stay as they were.
 */
const OBJECT_CHART_VERBS = ['chart', 'graph', 'plot', 'visualize', 'visualise'];
const ASKING_BEFORE = phrases('can|could|would|will you|u', 'can|could|would|will you|u please|pls|plz', 'please|pls|plz', 'just');
/** After the word these make it a noun: "chart patterns are nonsense", "chart of btc", "plot twist". */
const NOUN_FOLLOWERS = ['is', 'was', 'are', 'were', 'looks', 'looked', 'pattern', 'patterns', 'reading', 'of', 'twist', 'for'];
const NEGATIONS = ['no', 'not', "don't", 'dont', "doesn't", 'without', 'never', 'skip'];

/** "would help", "would be nice", "would really help": a wish, where "would be better" may compare bar sizes ("the 4h chart would be better"). */
const MODAL = 'would|could|might|will';
const ADVERB = 'really|definitely|also|totally';
const PRAISE = 'nice|great|useful|helpful|handy|good|cool|awesome|appreciated|ideal|perfect|lovely';
const WISHES = phrases(`${MODAL} help`, `${MODAL} ${ADVERB} help`, `${MODAL} be ${PRAISE}`, `${MODAL} ${ADVERB} be ${PRAISE}`, `${MODAL} be really|very|super ${PRAISE}`, 'helps');
const CLAUSE_OPENERS = ['and', 'also', 'plus', 'but', 'maybe', 'oh', 'ps', 'honestly'];

/** Index past "a simple chart would help" opening a clause at `index`, or undefined. */
function readWishedChart(tokens: readonly Token[], index: number): number | undefined {
  const before = tokens[index - 1];
  if (before !== undefined && before.kind !== 'punct' && !isWord(before, ...CLAUSE_OPENERS)) return undefined;
  const chart = chartAfterLead(tokens, index);
  return chart === undefined ? undefined : matchLongest(tokens, chart, WISHES)?.end;
}

/** True when `index` opens the request, or follows only asking words that do: "can you chart …", "pls chart …". */
function opensRequest(tokens: readonly Token[], index: number): boolean {
  if (index === 0) return true;
  for (let start = Math.max(0, index - 4); start < index; start++) {
    if (matchLongest(tokens, start, ASKING_BEFORE)?.end === index && (start === 0 || isPunct(tokens[start - 1]))) return true;
  }
  return false;
}

function readChartVerbWithObject(tokens: readonly Token[], index: number): number | undefined {
  const next = tokens[index + 1];
  if (!isWord(tokens[index], ...OBJECT_CHART_VERBS) || next === undefined || isPunct(next) || isWord(next, ...NOUN_FOLLOWERS)) return undefined;
  return opensRequest(tokens, index) ? index + 1 : undefined;
}

function closesClause(token: Token | undefined): boolean {
  return token === undefined || token.kind === 'punct' || isWord(token, ...CLOSERS);
}

/** Index past the chart after a lead's words; "equity" may start the chart's name ("the equity curve") or qualify it ("an equity chart"). */
function chartAfterLead(tokens: readonly Token[], index: number): number | undefined {
  const last = skipWords(tokens, index, BETWEEN);
  for (let at = index; at <= last; at++) {
    const chart = matchLongest(tokens, at, CHART_NOUNS);
    if (chart) return chart.end;
  }
  return undefined;
}

/** "a chart instead of the markdown", "actually the equity curve rather than the pdf": a chart opening its clause, set against what it replaces. */
const PREFERRED_OVER = phrases('instead', 'rather than');
const BEFORE_PREFERRED = [...CLAUSE_OPENERS, 'actually', 'just', 'now', 'ok', 'okay', 'rather'];

function readPreferredChart(tokens: readonly Token[], index: number): number | undefined {
  const before = tokens[index - 1];
  if (before !== undefined && before.kind !== 'punct' && !isWord(before, ...BEFORE_PREFERRED)) return undefined;
  const chart = chartAfterLead(tokens, index);
  return chart !== undefined && matchLongest(tokens, chart, PREFERRED_OVER) ? chart : undefined;
}

/** After a chart opening a request, words that say what it shows: "chart of btc", "a graph for eth", "plot with sma 20/50". */
const SHOWN_LEADS = ['of', 'for', 'with', 'showing', 'on'];
/** Verbs that make the chart a story's subject: "the chart of btc looked awful in 2022". */
const STORY_VERBS = ['is', 'was', 'are', 'were', "'s", 'look', 'looks', 'looked', 'seems', 'seemed', 'has', 'had', 'went', 'made', 'makes', 'scared', 'scares'];

/**
 * "chart of btc with sma 20/50 for 2023", "a chart of eth macd 2022", "pls, the graph for spy rsi 2020":
 * a chart noun opening the request and followed by what it shows is what the user asks for, a png. A
 * verb in its clause makes it a story ("the chart of btc looked awful"), which asks for nothing.
 */
function readOpeningChart(tokens: readonly Token[], index: number): number | undefined {
  // "pls, a chart of …": a comma may close the asking words.
  if (!opensRequest(tokens, index) && !(index > 0 && isPunct(tokens[index - 1], ',') && opensRequest(tokens, index - 1))) return undefined;
  const chart = chartAfterLead(tokens, index);
  if (chart === undefined || !isWord(tokens[chart], ...SHOWN_LEADS)) return undefined;
  let clauseEnd = chart;
  while (tokens[clauseEnd] !== undefined && !isPunct(tokens[clauseEnd], '.', ',', ';', ':', '!', '?')) clauseEnd++;
  return tokens.slice(chart, clauseEnd).some((token) => isWord(token, ...STORY_VERBS)) ? undefined : chart;
}

/** After a chart asked for alone: the message or sentence ends, a comma closes it, or a "please" does. */
function endsAlone(after: Token | undefined): boolean {
  return after === undefined || isPunct(after, '?', '!', '.', ',') || isWord(after, ...ALONE_AFTER);
}

/** Index past "include a chart" / "chart pls" / "plot it" at `index`, or undefined. */
export function readAskedChart(tokens: readonly Token[], index: number): number | undefined {
  if (isWord(tokens[index - 1], ...NEGATIONS) || isWord(tokens[index - 1], ...SUBJECTS) && isWord(tokens[index], ...CHART_VERBS)) return undefined;
  const wished = readWishedChart(tokens, index) ?? readPreferredChart(tokens, index);
  if (wished !== undefined) return wished;
  const delivery = isWord(tokens[index - 1], ...SUBJECTS) ? undefined : matchLongest(tokens, index, DELIVERY_LEADS);
  const strong = matchLongest(tokens, index, STRONG_LEADS) ?? delivery;
  const lead = strong ?? matchLongest(tokens, index, WEAK_LEADS);
  if (lead) {
    const chart = chartAfterLead(tokens, lead.end);
    if (chart !== undefined && (strong || closesClause(tokens[chart]))) return chart;
  }
  const only = matchLongest(tokens, index, ONLY_LEADS);
  const onlyChart = only && chartAfterLead(tokens, only.end);
  if (onlyChart !== undefined && endsAlone(tokens[onlyChart])) return onlyChart;
  const alone = matchLongest(tokens, index, CHART_NOUNS);
  const before = tokens[index - 1];
  if (alone && (before === undefined || before.kind === 'punct' || isWord(before, ...ALONE_BEFORE))) {
    if (endsAlone(tokens[alone.end]) && !isPunct(tokens[alone.end], ',')) return alone.end;
  }
  const charted = isWord(tokens[index], ...CHART_VERBS) ? matchLongest(tokens, index + 1, CHARTED)?.end : undefined;
  return charted ?? readChartVerbWithObject(tokens, index) ?? readOpeningChart(tokens, index);
}
