import type { Clause, Recognizer } from '../clauses.js';
import type { OutputKind } from '../request_spec.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, skipWords, type Phrase } from '../token_matchers.js';
import { matchSymbolAt } from './symbols.js';
import { readAskedChart } from './asked_charts.js';

/**
 * What the user wants to take away: "an HTML report", "as a PNG", "PDF please", "export the trades
 * to CSV", "markdown", "save the chart as an image". These are outputs, never symbols.
 */
const OUTPUT_WORDS: ReadonlyArray<{ output: OutputKind; words: readonly Phrase[] }> = [
  { output: 'html', words: phrases('html', 'html report|page|file|version|format|output', 'web page', 'webpage') },
  { output: 'pdf', words: phrases('pdf', 'pdf report|file|version|format|output') },
  { output: 'markdown', words: phrases('markdown', 'markdown report|file|format|output', 'md report|file|format', 'in|as md', 'md') },
  { output: 'svg', words: phrases('svg', 'svg chart|charts|image|images|file|graph|plot') },
  {
    output: 'png',
    words: phrases('png', 'png chart|charts|image|images|file|graph|plot', 'as an|a image|picture|screenshot', 'as image|picture|png', 'jpg', 'jpeg', 'chart as an|a image|picture',
      'chart|charts|graph|plot|curve as an|a image|picture|png'),
  },
  {
    output: 'trades_csv',
    words: phrases('trades csv', 'trade csv', 'trades to|as|in csv', 'trade list|log|history|blotter to|as|in csv', 'trades to|as|in a csv', 'trade list|log|history as|in|to a csv',
      'export|dump|download|save the|my trades', 'export|dump|download|save the|my trade list|log|history', 'export|dump|download|save trades', 'csv of the|all trades',
      'csv of trades', 'csv', 'csv file', 'spreadsheet', 'excel', 'trades as a spreadsheet'),
  },
];
const ALL_WORDS = OUTPUT_WORDS.flatMap((entry) => entry.words);
const OUTPUT_OF = OUTPUT_WORDS.flatMap((entry) => entry.words.map(() => entry.output));
/** "md" and a bare "csv" are outputs only near an output word, so "MD" in another sense is not. */
const NEEDS_CONTEXT = new Set(['md']);

function hasOutputContext(tokens: readonly Token[], index: number): boolean {
  // "md + csv of trades": another format beside it says the same.
  return tokens.slice(Math.max(0, index - 2), index + 3).some((token) => isWord(token, 'format', 'report', 'file', 'in', 'as', 'export', 'output', 'out',
    'csv', 'pdf', 'html', 'png', 'svg'));
}

/**
 * "skip the png", "no pdf", "drop the html and the png": outputs the user no longer wants. "svg if you
 * can, not png", "html instead of a pdf", "svg rather than png": the one set against another is not wanted either.
 */
// "scratch the markdown", "nix the pdf", "delete the png": more verbs of taking away, each followed by the output itself.
const REMOVAL_VERBS = 'skip|drop|remove|lose|ditch|omit|scrap|scratch|nix|delete|axe|toss|exclude|forget|kill';
const REMOVAL_LEADS = phrases(`${REMOVAL_VERBS} the|a|any|that`, `${REMOVAL_VERBS}|no|without|not`,
  'instead of', 'rather than', 'instead of the|a|an', 'rather than the|a|an',
  "don't|dont need|want the|a|any", 'no more', 'get rid of the|any');
// Not a bare comma: "no pdf, html is fine" names what stays after it.
const LIST_JOINS = phrases('and', 'and the', 'or', 'or the', 'nor', 'nor the');

export function readOutputAt(tokens: readonly Token[], index: number): { end: number; output: OutputKind } | undefined {
  const found = matchLongest(tokens, index, ALL_WORDS);
  if (!found) return undefined;
  if (found.end === index + 1 && NEEDS_CONTEXT.has(tokens[index]!.norm) && !hasOutputContext(tokens, index)) return undefined;
  return { end: found.end, output: OUTPUT_OF[found.which]! };
}

/** The outputs after a removal lead, as a list: each one named is taken off. */
function readRemovedOutputs(tokens: readonly Token[], index: number): ReturnType<Recognizer> {
  const lead = matchLongest(tokens, index, REMOVAL_LEADS);
  let found = lead && readOutputAt(tokens, lead.end);
  if (!found) return undefined;
  const clauses: Clause[] = [];
  let end = index;
  while (found) {
    clauses.push({ kind: 'output', output: found.output, removed: true });
    end = found.end;
    const join = matchLongest(tokens, end, LIST_JOINS);
    found = join && readOutputAt(tokens, join.end);
  }
  return { end, clauses };
}

/**
 * How an output reaches the user and what they do with it: "send it to me as a pdf", "email me the
 * results in html", "a pdf please, I want to print it for my book club". The delivery and the use
 * belong to the output asked for, so they are read with it; alone ("I want to print it") they ask
 * for nothing and stay unread.
 */
// "save the equity chart as a PNG", "export it to html", "download the results as a pdf": keeping a file is receiving it.
const DELIVERY_VERBS = ['send', 'email', 'e-mail', 'mail', 'forward', 'give', 'hand', 'share', 'print', 'deliver', 'save', 'export', 'download'];
const DELIVERY_FILLERS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them', 'everything', 'me', 'us', 'the', 'results', 'result', 'report', 'backtest',
  'over', 'out', 'back', 'along', 'to', 'as', 'in', 'a', 'an', 'my', 'equity', 'performance', 'chart', 'charts', 'graph', 'plot', 'curve']);
/** The kind of file named after its format: "as a PNG image", "chart as a png file", "in html format". */
const FORMAT_NOUNS = ['image', 'images', 'picture', 'file', 'files', 'format', 'version', 'document', 'doc'];
const USE_VERBS = ['print', 'share', 'show', 'send', 'forward', 'email', 'mail', 'read', 'bring', 'hand', 'present', 'post', 'circulate', 'give'];
/** Between an output and its use: "please, so I can", "because we want to", ", to". */
const USE_LEADS: ReadonlySet<string> = new Set(['please', 'pls', 'so', 'because', 'since', 'as', 'i', 'we', "i'm", 'im', "i'll", "we'll", "i'd", "we'd", 'can',
  'could', 'want', 'wanna', 'need', 'would', 'will', 'like', 'to', 'going', 'gonna', 'plan', 'am']);
const USE_OBJECTS: ReadonlySet<string> = new Set(['it', 'them', 'this', 'that', 'out', 'off', 'around', 'over']);
const AUDIENCE_LEADS = phrases('for|to|with|at my|our|the');
/** "for my book club", "to my wife": a few words naming who it is for, closing the clause. */
const AUDIENCE_WORDS = 3;

function pastDelivery(tokens: readonly Token[], index: number): number | undefined {
  return isWord(tokens[index], ...DELIVERY_VERBS) ? skipWords(tokens, index + 1, DELIVERY_FILLERS) : undefined;
}

/** Index past "for my book club" at `index`: the audience must end its clause and name no holding. */
function pastAudience(tokens: readonly Token[], index: number): number | undefined {
  const lead = matchLongest(tokens, index, AUDIENCE_LEADS);
  if (!lead) return undefined;
  let end = lead.end;
  while (end < lead.end + AUDIENCE_WORDS && isWord(tokens[end]) && !matchSymbolAt(tokens, end, { shouting: false, strong: true })) end++;
  const closes = tokens[end] === undefined || isPunct(tokens[end]);
  return end > lead.end && closes ? end : undefined;
}

/** Index past "(please,) (so) I want to print it (for my book club)" or "for my book club" after an output, or `index` itself. */
function pastUse(tokens: readonly Token[], index: number): number {
  const leadAt = skipWords(tokens, index, USE_LEADS);
  const verbAt = skipWords(tokens, isPunct(tokens[leadAt], ',') ? leadAt + 1 : leadAt, USE_LEADS);
  const use = isWord(tokens[verbAt], ...USE_VERBS) ? skipWords(tokens, verbAt + 1, USE_OBJECTS) : index;
  return pastAudience(tokens, use) ?? use;
}

export const recognizeOutput: Recognizer = (tokens, index) => {
  const removed = readRemovedOutputs(tokens, index);
  if (removed) return removed;
  const delivered = pastDelivery(tokens, index);
  const found = readOutputAt(tokens, index) ?? (delivered === undefined ? undefined : readOutputAt(tokens, delivered)) ?? readChartAsPng(tokens, index);
  if (!found) return undefined;
  const end = isWord(tokens[found.end], ...FORMAT_NOUNS) ? found.end + 1 : found.end;
  return { end: pastUse(tokens, end), clauses: [{ kind: 'output', output: found.output }] };
};

/** "a chart instead of the markdown": the format set aside at `at` holds no chart. */
function setAsideAt(tokens: readonly Token[], at: number): boolean {
  return [1, 2, 3].some((back) => at - back >= 0 && matchLongest(tokens, at - back, REMOVAL_LEADS)?.end === at);
}

/**
 * A chart asked for with no format is a png, unless the message names one that can hold it (and does not set it aside): "an html
 * report with a chart" holds its chart, where "the chart and the trades as CSV" still wants the picture.
 */
function readChartAsPng(tokens: readonly Token[], index: number): { end: number; output: OutputKind } | undefined {
  const end = readAskedChart(tokens, index);
  const formatNamed = end !== undefined && tokens.some((_, at) => {
    const output = readOutputAt(tokens, at)?.output;
    return output !== undefined && output !== 'trades_csv' && !setAsideAt(tokens, at);
  });
  return end === undefined || formatNamed ? undefined : { end, output: 'png' };
}
