import type { Recognizer } from '../clauses.js';
import { OUTPUT_KINDS, type OutputKind } from '../request_spec.js';
import type { Token } from '../tokenizer.js';
import { isDeniedBefore, isWord, matchLongest, phrases } from '../token_matchers.js';
import { readOutputAt } from './outputs.js';

/**
 * An output format swapped for the one asked for before: "switch the chart to svg", "change it to a png",
 * "make the chart an svg", "turn the report into a pdf", "swap the png for an svg", "switch from png to svg".
 * What is swapped out is what the object names: the chart's formats (png, svg), the report's (html, pdf,
 * markdown), the one format named, or with a pronoun or none ("change it to a pdf", "switch to svg") every
 * format but the trades' CSV, which is data rather than a way of showing the results.
 * A plain "also give me a pdf" adds (outputs.ts); "make a pdf" has no object and adds too.
 */
const SWITCH_VERBS = ['switch', 'change', 'swap', 'convert', 'flip', 'move', 'set'];
/** Verbs that need their object: "make a pdf" asks for one more, "make it a pdf" swaps. */
const OBJECT_VERBS = ['make', 'turn', 'replace', 'exchange', 'substitute'];
const ARTICLES: ReadonlySet<string> = new Set(['the', 'my', 'that', 'this', 'your', 'our']);
const CHART_OBJECTS = phrases('chart|charts|graph|graphs|plot|plots|image|images|picture|pictures|visual|visuals', 'equity curve|curves',
  'chart|graph|image|picture format|type|output');
const REPORT_OBJECTS = phrases('report|reports|document|doc|page', 'report format|type|output');
const WHOLE_OBJECTS = phrases('format|formats|output|outputs|file|files|export|results', 'output|file|export format|type');
const PRONOUNS = ['it', 'that', 'this', 'them', 'everything'];
const LINKS = phrases('to', 'into', 'as', 'for', 'with', 'in', 'over|back to|into');
/** After "make it": "make it a chart" asks for the chart's picture. */
const CHART_NOUNS = phrases('chart', 'graph', 'plot', 'picture', 'image', 'equity curve');

const CHART_FORMATS: readonly OutputKind[] = ['png', 'svg'];
const REPORT_FORMATS: readonly OutputKind[] = ['html', 'pdf', 'markdown'];
type Swapped = readonly OutputKind[] | 'all';

/** What the object at `index` swaps out, and where it ends; none is read as every format ("switch to svg"). */
function readObject(tokens: readonly Token[], index: number): { end: number; swapped: Swapped } | undefined {
  if (isWord(tokens[index], ...PRONOUNS) && !matchLongest(tokens, index + 1, [...CHART_OBJECTS, ...REPORT_OBJECTS, ...WHOLE_OBJECTS])) return { end: index + 1, swapped: 'all' };
  const at = isWord(tokens[index]) && ARTICLES.has(tokens[index]!.norm) ? index + 1 : index;
  const output = readOutputAt(tokens, at);
  if (output) return { end: output.end, swapped: [output.output] };
  const chart = matchLongest(tokens, at, CHART_OBJECTS);
  if (chart) return { end: chart.end, swapped: CHART_FORMATS };
  const report = matchLongest(tokens, at, REPORT_OBJECTS);
  if (report) return { end: report.end, swapped: REPORT_FORMATS };
  const whole = matchLongest(tokens, at, WHOLE_OBJECTS);
  return whole && { end: whole.end, swapped: 'all' };
}

/** The format swapped in at `index`: "svg", "a png", "an svg chart"; after "make it", "a chart" is a png. */
function readNewOutput(tokens: readonly Token[], index: number, chartAllowed: boolean): { end: number; output: OutputKind } | undefined {
  const at = isWord(tokens[index], 'a', 'an', 'the') ? index + 1 : index;
  const output = readOutputAt(tokens, at);
  if (output) return output;
  const chart = chartAllowed ? matchLongest(tokens, at, CHART_NOUNS) : undefined;
  return chart && { end: chart.end, output: 'png' };
}

function replacedBy(swapped: Swapped, output: OutputKind): OutputKind[] {
  if (swapped !== 'all') return [...swapped];
  return OUTPUT_KINDS.filter((kind) => kind !== 'trades_csv' || output === 'trades_csv');
}

export const recognizeSwappedOutput: Recognizer = (tokens, index) => {
  const makes = isWord(tokens[index], 'make');
  if (!isWord(tokens[index], ...SWITCH_VERBS, ...OBJECT_VERBS) || isDeniedBefore(tokens, index)) return undefined;
  const from = isWord(tokens[index + 1], 'from') ? index + 2 : index + 1;
  const object = readObject(tokens, from);
  if (!object && (from > index + 1 || !isWord(tokens[index], ...SWITCH_VERBS))) return undefined;
  const linkAt = object?.end ?? from;
  const link = matchLongest(tokens, linkAt, LINKS);
  // "make the chart an svg": only "make" swaps with no link word.
  if (!link && !makes) return undefined;
  const found = readNewOutput(tokens, link?.end ?? linkAt, object !== undefined && object.swapped === 'all');
  if (!found) return undefined;
  return { end: found.end, clauses: [{ kind: 'output', output: found.output, replaces: replacedBy(object?.swapped ?? 'all', found.output) }] };
};
