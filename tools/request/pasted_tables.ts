import { FLAG_NAMES } from './command_line_flags.js';

/**
 * Settings pasted as a table, from a spreadsheet, a CSV file or a markdown note:
 *
 *   Symbol | Strategy | Short | Long | Start | End        ticker,strategy,period,start,end
 *   QQQ    | ema       | 20    | 50   | 2015-01-01 | …      AAPL,rsi,10,2016-01-15,2019-12-31
 *
 * The header gives each value its meaning, but the tokenizer sees no columns (pipes and tabs are
 * spaces to it), so "2015-01-01 2019-12-31" read as two one-day periods and the header as ignored
 * words. Each recognised table is rewritten, before tokenizing, as the "name value" pairs the grammar
 * already reads ("symbol QQQ, strategy ema, short 20, …, start 2015-01-01, end 2019-12-31").
 */

/**
 * Words a header names a setting by: the command-line flags' names, and the parts of longer names ("entry period", "start date", "fees (bps)").
 * Not "weight": a table of holdings and weights ("Symbol | Weight", a row each) already reads as a portfolio as written.
 */
const HEADER_WORDS: ReadonlySet<string> = new Set([...FLAG_NAMES, 'lower', 'upper', 'entry', 'exit', 'signal', 'std', 'dev', 'stddev', 'sd',
  'oversold', 'overbought', 'asset', 'assets', 'pair', 'instrument', 'market', 'date', 'dates', 'range', 'initial', 'starting', 'bps', 'slip',
  'bar', 'bars', 'frequency', 'freq', 'by', 'target', 'targets', 'shorting', 'allow', 'name']);

/** "| setting | value |": the header of a table written one setting a row, naming no setting itself. */
const KEY_HEADERS = new Set(['setting', 'settings', 'parameter', 'parameters', 'param', 'params', 'key', 'field', 'option', 'config', 'name']);
const VALUE_HEADERS = new Set(['value', 'values']);

/** "fees (bps)", "capital ($)": a unit written after the header's name. */
const HEADER_UNIT = /^(?<name>[^()]+?)\s*\((?<unit>[^()]+)\)$/;
/** "2015-01-01", "2015/01/01": a cell that is one whole date and nothing else. */
const DATE_CELL = /^\d{4}([-/.])\d{2}\1\d{2}$/;
/** "|---|:---:|": the line under a markdown table's header. */
const RULE_LINE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

type Separator = '|' | '\t' | ',' | 'spaces';

/** How a line splits into cells: pipes, then tabs, then commas, then columns aligned by two spaces or more. */
function separatorOf(line: string): Separator | undefined {
  if (line.includes('|')) return '|';
  if (line.includes('\t')) return '\t';
  if (line.includes(',')) return ',';
  return /\S {2,}\S/.test(line) ? 'spaces' : undefined;
}

function cellsOf(line: string, separator: Separator): string[] {
  const trimmed = line.trim();
  if (separator === '|') return trimmed.replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
  if (separator === 'spaces') return trimmed.split(/ {2,}/);
  const cells = trimmed.split(separator).map((cell) => cell.trim());
  // A tab or comma at the end of a pasted row leaves an empty cell that is no column.
  while (cells.length > 0 && cells.at(-1) === '') cells.pop();
  return cells;
}

/** The header cell's name and unit, as written but without markdown marks: "**Fees (bps)**" → fees, bps. */
function headerOf(cell: string): { name: string; unit?: string } {
  const plain = cell.replace(/[`*]/g, '').trim().toLowerCase();
  const united = HEADER_UNIT.exec(plain)?.groups;
  return united ? { name: united.name!, unit: united.unit! } : { name: plain };
}

/** A header cell names a setting when each of its (at most three) words is a setting's word: "start", "entry period", "fees_bps". */
function namesSetting(cell: string): boolean {
  const words = headerOf(cell).name.split(/[\s_]+/).filter((word) => word !== '');
  return words.length > 0 && words.length <= 3 && words.every((word) => HEADER_WORDS.has(word));
}

/** "short 20", "fees 10 bps", "capital $50000": one column's value said after its name, as a config line says it. */
function pairOf(header: string, value: string): string {
  const { name, unit } = headerOf(header);
  if (!unit) return `${name} ${value}`;
  return /^[$€£]$/.test(unit) ? `${name} ${unit}${value}` : `${name} ${value} ${unit}`;
}

/** A row of values under a header: as many cells, split the same way. */
function isRowOf(line: string | undefined, separator: Separator, width: number): line is string {
  return line !== undefined && line.trim() !== '' && separatorOf(line) === separator && cellsOf(line, separator).length === width;
}

/**
 * "BTC <tab> sma <tab> 2020-01-01 <tab> 2023-06-30": a row with no header whose only two dates stand
 * in cells of their own reads them as its start and end, as a sheet's columns are; written in a
 * sentence they might be two periods, and there "from … to …" or "vs" says which.
 */
function datedRow(line: string): string {
  const separator = separatorOf(line);
  if (separator === undefined || separator === 'spaces') return line;
  const cells = cellsOf(line, separator);
  // A comma row is a CSV row only when no cell is a phrase; prose with commas is left alone.
  if (cells.length < 3 || (separator === ',' && cells.some((cell) => /\s/.test(cell)))) return line;
  const dates = cells.flatMap((cell, at) => (DATE_CELL.test(cell.replace(/`/g, '')) ? [at] : []));
  if (dates.length !== 2) return line;
  const [start, end] = dates as [number, number];
  const joiner = separator === '|' ? ' | ' : separator;
  return cells.map((cell, at) => (at === start ? `from ${cell}` : at === end ? `to ${cell}` : cell)).join(joiner);
}

/** The message with each pasted table of settings written as "name value" pairs; any other text unchanged. */
export function readPastedTables(text: string): string {
  if (!/[|\t,]| {2}/.test(text)) return text;
  const lines = text.split(/\r?\n/);
  const read: string[] = [];
  let at = 0;
  while (at < lines.length) {
    const line = lines[at]!;
    const separator = separatorOf(line);
    const header = separator === undefined ? [] : cellsOf(line, separator);
    const ruled = RULE_LINE.test(lines[at + 1] ?? '') ? 1 : 0;
    if (header.length === 2 && KEY_HEADERS.has(headerOf(header[0]!).name) && VALUE_HEADERS.has(headerOf(header[1]!).name)) {
      // "| setting | value |" names nothing: its rows ("| symbol | MSFT |") already read as "symbol MSFT".
      at += 1 + ruled;
      continue;
    }
    let next = at + 1 + ruled;
    if (separator === undefined || header.length < 2 || !header.every(namesSetting) || !isRowOf(lines[next], separator, header.length)) {
      read.push(datedRow(line));
      at += 1;
      continue;
    }
    for (let row = lines[next]; isRowOf(row, separator, header.length); next += 1, row = lines[next]) {
      const values = cellsOf(row, separator);
      read.push(header.flatMap((name, column) => (values[column] === '' ? [] : [pairOf(name, values[column]!)])).join(', '));
    }
    at = next;
  }
  return read.join('\n');
}
