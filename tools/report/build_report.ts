import { formatMetric } from '../risk/format_metric.js';
import { describeSource, fileDigestOf } from './describe_source.js';
import { METRIC_PROSE_NAMES } from './metric_names.js';
import { agentOptimizationCharts, searchOptimizationCharts } from './optimization_charts.js';
import { readRequestSpec } from '../request/describe_request_spec.js';
import { IGNORED_NOTE_PREFIX } from '../request/unread_words.js';
import { portfolioCharts } from './portfolio_charts.js';
import { portfolioBlocks } from './portfolio_section.js';
import { optimizationBlocks } from './optimization_section.js';
import { rankingTable } from './ranking_table.js';
import type { ReportDocument, ReportSection } from './report_document.js';
import { GRAMMAR_READER, type ReportInput } from './report_input.js';
import { runCharts } from './run_charts.js';
import { executiveSummary, recommendation, tradeOffs } from './summary_blocks.js';

function windowOf(rows: ReportInput['ranking']['rows']): string {
  const starts = [...new Set(rows.map((row) => row.range.start))];
  const ends = [...new Set(rows.map((row) => row.range.end))];
  return starts.length === 1 && ends.length === 1 ? `${starts[0]} to ${ends[0]}` : 'per-symbol windows (see notes)';
}

/** The engine's "BTC data (file) covers …; ran on …" note, which validation has already given for that symbol. */
const CLIPPED_RUN_NOTE = /^(\S+) data \(.*\) covers .*; ran on /;

/** A series' file, span, digest and source. */
function dataLine(data: ReportInput['marketData'][number]): string {
  return `${data.symbol}: ${data.file} (${data.first} to ${data.last}, ${data.bars} bars, sha256 ${fileDigestOf(data).slice(0, 12)}; source ${describeSource(data.provenance)})`;
}

function notesOf(input: ReportInput): string[] {
  const clippedByValidation = new Set(input.validationNotes.map((note) => /^(\S+) data covers .*: the run uses /.exec(note)?.[1]).filter(Boolean));
  const resultNotes = input.ranking.notes.filter((note) => {
    const symbol = CLIPPED_RUN_NOTE.exec(note)?.[1];
    return symbol === undefined || !clippedByValidation.has(symbol);
  });
  // The parser's notes ("no strategy named: …"), except the ignored words, which the summary opens with.
  const parserNotes = (input.spec.notes ?? []).filter((note) => !note.startsWith(IGNORED_NOTE_PREFIX));
  // Validation and the loaded data both say "4h bars built from 1h bars (…)": once is enough.
  return [...new Set([...parserNotes, ...input.validationNotes, ...resultNotes, ...input.marketData.flatMap((data) => data.data_notes)])];
}

/**
 * "I read this as …; I ignored 'wobbly', 'flux'." when the parser left words unread, so none goes
 * unmentioned; and which model read the request, when more than one could.
 */
function readingLine(spec: ReportInput['spec'], reader: ReportInput['reader']): ReportSection['blocks'] {
  const ignored = spec.notes?.find((note) => note.startsWith(IGNORED_NOTE_PREFIX));
  const lines = [
    ...(reader ? [reader.model === GRAMMAR_READER ? 'Read by the offline grammar.' : `Read by ${reader.model}, as "${reader.text}": the offline grammar could not read it.`] : []),
    ...(ignored ? [`I read this as ${readRequestSpec(spec)}; I ignored ${ignored.slice(IGNORED_NOTE_PREFIX.length)}.`] : []),
  ];
  return lines.length > 0 ? [{ kind: 'lines', lines: lines.map((text) => [{ text }]) }] : [];
}

/**
 * The report as data: summary, ranking, trade-offs, optimisation, recommendation, notes and data
 * used, plus the series every chart draws. It selects from the tool results; nothing is re-run.
 */
export function buildReport(input: ReportInput): ReportDocument {
  const { spec, ranking } = input;
  const strategies = [...new Set(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name))];
  const sections: ReportSection[] = [
    { id: 'summary', title: 'Summary', blocks: [...readingLine(spec, input.reader), { kind: 'lines', lines: executiveSummary(input) }] },
    { id: 'ranking', title: 'Ranking', blocks: [{ kind: 'table', table: rankingTable(ranking.rows, ranking.rank_by) }] },
  ];
  if (input.portfolio) {
    sections.push({ id: 'portfolio', title: 'Portfolio', blocks: portfolioBlocks(input.portfolio) });
  }
  const offs = tradeOffs(input);
  if (offs.length > 0) sections.push({ id: 'trade_offs', title: 'Trade-offs', blocks: [{ kind: 'list', items: offs }] });
  const optimization = optimizationBlocks(input);
  if (optimization.length > 0) sections.push({ id: 'optimization', title: 'Optimisation', blocks: optimization });
  sections.push({ id: 'recommendation', title: 'Recommendation', blocks: [{ kind: 'lines', lines: [recommendation(input)] }] });
  const notes = notesOf(input);
  if (spec.outputs?.includes('pdf')) notes.push('PDF is not produced directly: open the HTML report and print it to PDF (the page is laid out for printing).');
  if (notes.length > 0) sections.push({ id: 'notes', title: 'Notes', blocks: [{ kind: 'list', items: notes.map((note) => [{ text: note }]) }] });
  sections.push({
    id: 'data', title: 'Data',
    blocks: [{ kind: 'list', items: input.marketData.map((data) => [{ text: dataLine(data) }]) }],
  });
  const warnings = [
    ...(input.optimization && input.optimization.status !== 'not_requested' && input.optimization.best?.assessment?.overfitting_warning
      ? [input.optimization.best.assessment.overfitting_warning] : []),
    ...input.marketData.filter((data) => !data.data_ok).map((data) => `${data.symbol}: the data failed some checks (${data.data_notes.join('; ')})`),
  ];
  const results = input.results ?? [];
  return {
    version: 1,
    title: `Backtest report: ${(strategies.length > 0 ? strategies : ['buy_and_hold']).join(' vs ')} on ${spec.symbols.join(', ')}`,
    subtitle: `${windowOf(ranking.rows)} · fees ${spec.fees_bps} bps per fill · initial capital ${formatMetric('final_equity', spec.initial_capital)} · ranked by ${METRIC_PROSE_NAMES[ranking.rank_by]}`,
    sections,
    warnings,
    rank_by: ranking.rank_by,
    ranking: ranking.rows.map(({ rank, symbol, strategy, params, baseline, metrics }) => ({ rank, symbol, strategy, params, baseline, metrics })),
    runs: ranking.rows.flatMap((row) => {
      const result = results.find((candidate) => candidate.symbol === row.symbol && candidate.strategy === row.strategy);
      return result ? [runCharts(result, row, input.prices?.get(row.symbol))] : [];
    }),
    optimization: input.search ? searchOptimizationCharts(input.search) : agentOptimizationCharts(input.optimization),
    portfolio: input.portfolio ? portfolioCharts(input.portfolio) : null,
    provenance: input.marketData,
    engine: input.engine ?? null,
    requested_outputs: spec.outputs ?? [],
    experiment_id: input.experimentId ?? null,
    request: input.request ?? null,
  };
}
