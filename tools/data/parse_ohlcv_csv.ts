import { parse } from 'csv-parse/sync';
import { BacktestPilotError } from '../errors.js';
import { detectCsvLayout, type CsvColumns } from './csv_layout.js';
import { orderRows, type OhlcvColumns } from './order_rows.js';
import { parseTimestamp } from './timestamps.js';
import type { CsvFormat, ParseIssues } from './types.js';

/** A file's content as columns (ascending, unique times) plus what parsing had to correct. */
export interface ParsedOhlcv extends OhlcvColumns {
  format: CsvFormat;
  issues: ParseIssues;
  /** The pair the rows themselves name (CryptoDataDownload's symbol column), e.g. `BTC/USDT`. */
  contentPair?: string;
}

const VALUE_FIELDS = ['open', 'high', 'low', 'close', 'volume'] as const;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+/;
// Yahoo Finance writes `null` for every value of a day it has no quote for.
const MISSING_VALUE = 'null';

function readRecords(text: string, fromLine: number, fileName: string): string[][] {
  try {
    return parse(text, { from_line: fromLine, skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BacktestPilotError('bad_data_file', `${fileName}: not valid CSV (${reason})`, { file: fileName });
  }
}

function rowError(fileName: string, row: number, timeText: string, problem: string): BacktestPilotError {
  return new BacktestPilotError('bad_data_file', `${fileName}: data row ${row} (${JSON.stringify(timeText)}): ${problem}`, { file: fileName, row });
}

function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

function isMissingRow(record: readonly string[], columns: CsvColumns): boolean {
  return (['time', ...VALUE_FIELDS] as const).some((field) => record[columns[field]]?.toLowerCase() === MISSING_VALUE);
}

function emptyColumns(count: number): OhlcvColumns {
  const column = () => new Float64Array(count);
  return { time: column(), open: column(), high: column(), low: column(), close: column(), volume: column() };
}

function trimColumns(columns: OhlcvColumns, count: number): OhlcvColumns {
  const trim = (column: Float64Array) => column.subarray(0, count);
  return {
    time: trim(columns.time), open: trim(columns.open), high: trim(columns.high),
    low: trim(columns.low), close: trim(columns.close), volume: trim(columns.volume),
  };
}

function toColumns(records: readonly string[][], columns: CsvColumns, fileName: string): { raw: OhlcvColumns; skipped: string[] } {
  const raw = emptyColumns(records.length);
  const skipped: string[] = [];
  const widthNeeded = Math.max(...Object.values(columns)) + 1;
  let kept = 0;
  for (const [index, record] of records.entries()) {
    const row = index + 1;
    const timeText = record[columns.time] ?? '';
    if (record.length < widthNeeded) throw rowError(fileName, row, timeText, `has ${record.length} columns, expected at least ${widthNeeded}`);
    if (isMissingRow(record, columns)) {
      skipped.push(timeText);
      continue;
    }
    const time = parseTimestamp(timeText);
    if (Number.isNaN(time)) throw rowError(fileName, row, timeText, 'timestamp is not a date (YYYY-MM-DD), an ISO date-time or a Unix time');
    raw.time[kept] = time;
    for (const field of VALUE_FIELDS) {
      const text = record[columns[field]]!;
      const value = parseDecimal(text);
      if (!Number.isFinite(value)) throw rowError(fileName, row, timeText, `${field} ${JSON.stringify(text)} is not a plain decimal number`);
      raw[field][kept] = value;
    }
    kept += 1;
  }
  return { raw: trimColumns(raw, kept), skipped };
}

/**
 * Parses an OHLCV CSV in any accepted dialect (told apart by its header) into ascending, unique
 * bars. Rows with Yahoo's `null` are skipped and counted; any other unreadable value is an error
 * naming the file and row, never a guess.
 */
export function parseOhlcvCsv(contents: Buffer | string, fileName: string): ParsedOhlcv {
  const text = (typeof contents === 'string' ? contents : contents.toString('utf8')).replace(/^\uFEFF/, '').replace(LEADING_BLANK_LINES, '');
  const [firstLine = '', secondLine] = text.split(/\r?\n/, 2);
  if (firstLine.trim() === '') throw new BacktestPilotError('bad_data_file', `${fileName} is empty; expected a CSV header and OHLCV rows`, { file: fileName });
  const layout = detectCsvLayout(firstLine, secondLine, fileName);
  const records = readRecords(text, layout.firstRecordLine, fileName);
  const { raw, skipped } = toColumns(records, layout.columns, fileName);
  if (raw.time.length === 0) throw new BacktestPilotError('bad_data_file', `${fileName} holds no data rows`, { file: fileName, skipped_rows: skipped.length });
  const ordered = orderRows(raw);
  const symbolColumn = layout.columns.symbol;
  const contentPair = symbolColumn === undefined ? undefined : records.find((record) => !isMissingRow(record, layout.columns))?.[symbolColumn];
  return {
    ...ordered.columns,
    format: layout.format,
    issues: {
      skipped_rows: skipped.length,
      skipped_row_timestamps: skipped,
      duplicate_times: ordered.duplicateTimes,
      unsorted_times: ordered.unsortedTimes,
    },
    ...(contentPair ? { contentPair } : {}),
  };
}
