import { parse } from 'csv-parse/sync';
import { BacktestPilotError } from '../errors.js';
import { detectCsvLayout, type CsvColumns, type CsvLayout } from './csv_layout.js';
import type { OhlcvColumns } from './order_rows.js';
import { brokenValueRule, ROW_RULE_TEXT, type InvalidRow, type InvalidRowPolicy } from './row_rules.js';
import { parseTimestamp } from './timestamps.js';
import type { CsvFormat, ParseIssues } from './types.js';

/** A file's content as columns (ascending, unique times) plus what parsing skipped or dropped. */
export interface ParsedOhlcv extends OhlcvColumns {
  format: CsvFormat;
  issues: ParseIssues;
  /** The pair the rows themselves name (CryptoDataDownload's symbol column), e.g. `BTC/USDT`. */
  contentPair?: string;
}

export interface ParseOhlcvOptions {
  /** A row breaking a rule (row_rules.ts) fails the file (`error`, the default) or is dropped and reported (`drop`). */
  invalidRows?: InvalidRowPolicy;
}

const VALUE_FIELDS = ['open', 'high', 'low', 'close', 'volume'] as const;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
// Yahoo Finance writes `null` for every value of a day it has no quote for.
const MISSING_VALUE = 'null';
const NEWLINE = 0x0a;
const INITIAL_CAPACITY = 1024;

const DIGIT_0 = 0x30;
const DOT = 0x2e;
const MINUS = 0x2d;
const PLUS = 0x2b;
// Up to 15 digits the digits as an integer are exact, and so is 10^k for k ≤ 22.
const EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: EXACT_DIGITS + 1 }, (_, power) => 10 ** power);

/**
 * A plain `[+-]digits[.digits]` of at most 15 digits, read without building a string: an exact
 * integer divided by an exact power of ten is correctly rounded, so the result is Number(text)'s.
 * Undefined for anything else (spaces, exponents, more digits), which the general path reads.
 */
function parseShortDecimal(text: string): number | undefined {
  let index = 0;
  const sign = text.charCodeAt(0);
  if (sign === MINUS || sign === PLUS) index = 1;
  let digits = 0;
  let mantissa = 0;
  let fractionDigits = -1;
  for (; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === DOT && fractionDigits === -1) {
      fractionDigits = 0;
      continue;
    }
    const digit = code - DIGIT_0;
    if (digit < 0 || digit > 9 || digits === EXACT_DIGITS) return undefined;
    mantissa = mantissa * 10 + digit;
    digits += 1;
    if (fractionDigits !== -1) fractionDigits += 1;
  }
  if (digits === 0) return undefined;
  const value = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits]! : mantissa;
  return sign === MINUS ? -value : value;
}

function parseDecimal(text: string): number {
  const short = parseShortDecimal(text);
  if (short !== undefined) return short;
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** One CSV line's cells; plain lines are split directly, quoted ones go through csv-parse. */
function splitCsvLine(line: string, fileName: string, lineNumber: number): string[] {
  if (!line.includes('"')) return line.split(',');
  try {
    const [cells = []] = parse(line, { trim: true, relax_column_count: true }) as string[][];
    return cells;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BacktestPilotError('bad_data_file', `${fileName}: line ${lineNumber} is not valid CSV (${reason})`, { file: fileName, line: lineNumber });
  }
}

/** Six growable Float64 columns; the hot loop writes into them without allocating per row. */
class ColumnBuilder {
  private capacity = INITIAL_CAPACITY;
  count = 0;
  columns: OhlcvColumns = ColumnBuilder.allocate(INITIAL_CAPACITY);
  /** The file line of each row, to name the line of a row found out of order. */
  lines = new Uint32Array(INITIAL_CAPACITY);

  private static allocate(capacity: number): OhlcvColumns {
    const column = () => new Float64Array(capacity);
    return { time: column(), open: column(), high: column(), low: column(), close: column(), volume: column() };
  }

  append(time: number, open: number, high: number, low: number, close: number, volume: number, line: number): void {
    if (this.count === this.capacity) this.grow();
    const at = this.count;
    this.lines[at] = line;
    const { columns } = this;
    columns.time[at] = time; columns.open[at] = open; columns.high[at] = high;
    columns.low[at] = low; columns.close[at] = close; columns.volume[at] = volume;
    this.count += 1;
  }

  private grow(): void {
    this.capacity *= 2;
    const next = ColumnBuilder.allocate(this.capacity);
    for (const name of Object.keys(next) as (keyof OhlcvColumns)[]) next[name].set(this.columns[name]);
    this.columns = next;
    const lines = new Uint32Array(this.capacity);
    lines.set(this.lines);
    this.lines = lines;
  }

  /**
   * Keeps only rows whose time moves on from the last kept row, in the file's direction: ascending
   * unless its last row is earlier than its first (CryptoDataDownload writes newest first). Rows
   * compacted in place; each row left out is returned. One pass, no copy.
   */
  dropOutOfOrder(): { descending: boolean; dropped: InvalidRow[] } {
    const { time } = this.columns;
    const descending = this.count > 1 && time[this.count - 1]! < time[0]!;
    const dropped: InvalidRow[] = [];
    const names = Object.keys(this.columns) as (keyof OhlcvColumns)[];
    let kept = 0;
    let last = Number.NaN;
    for (let row = 0; row < this.count; row += 1) {
      const value = time[row]!;
      const inOrder = Number.isNaN(last) || (descending ? value < last : value > last);
      if (!inOrder) {
        dropped.push({ line: this.lines[row]!, rule: 'increasing_time', timestamp: new Date(value).toISOString().replace('T00:00:00.000Z', '') });
        continue;
      }
      if (kept !== row) for (const name of names) this.columns[name][kept] = this.columns[name][row]!;
      last = value;
      kept += 1;
    }
    this.count = kept;
    return { descending, dropped };
  }

  /** Exactly `count` rows, ascending: a newest-first file is reversed in place. */
  finish(descending: boolean): OhlcvColumns {
    const trimmed = {} as OhlcvColumns;
    for (const name of Object.keys(this.columns) as (keyof OhlcvColumns)[]) {
      const column = this.columns[name].subarray(0, this.count);
      if (descending) column.reverse();
      trimmed[name] = column;
    }
    return trimmed;
  }
}

/**
 * Reads an OHLCV CSV of any accepted dialect chunk by chunk, so a 200 MB file never has to be held
 * as text or as an array of records. Lines are numbered as in the file (header and blank lines
 * included), so an error can name the exact line to fix.
 */
export class OhlcvCsvReader {
  private pending: Buffer | undefined;
  private lineNumber = 0;
  private sawText = false;
  private headLines: { text: string; line: number }[] = [];
  private layout: CsvLayout | undefined;
  private widthNeeded = 0;
  private dataRow = 0;
  private readonly builder = new ColumnBuilder();
  private readonly skipped: string[] = [];
  private readonly invalid: InvalidRow[] = [];
  private contentPair: string | undefined;
  private readonly values = new Float64Array(VALUE_FIELDS.length);

  constructor(private readonly fileName: string, private readonly policy: InvalidRowPolicy = 'error') {}

  push(chunk: Buffer): void {
    const bytes = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE, start); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      this.onLine(bytes.toString('utf8', start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end));
      start = end + 1;
    }
    if (start < bytes.length) this.pending = Buffer.from(bytes.subarray(start));
  }

  finish(): ParsedOhlcv {
    if (this.pending) {
      const last = this.pending.toString('utf8');
      this.pending = undefined;
      this.onLine(last.endsWith('\r') ? last.slice(0, -1) : last);
    }
    if (!this.layout) this.decideLayout();
    const { fileName } = this;
    if (!this.layout) throw new BacktestPilotError('bad_data_file', `${fileName} is empty; expected a CSV header and OHLCV rows`, { file: fileName });
    const { descending, dropped } = this.builder.dropOutOfOrder();
    const invalid = [...this.invalid, ...dropped].sort((a, b) => a.line - b.line);
    if (this.policy === 'error' && invalid.length > 0) throw this.invalidDataError(invalid[0]!, invalid.length);
    if (this.builder.count === 0) {
      throw new BacktestPilotError('bad_data_file', `${fileName} holds no data rows`, { file: fileName, skipped_rows: this.skipped.length, dropped_rows: invalid.length });
    }
    return {
      ...this.builder.finish(descending),
      format: this.layout.format,
      issues: {
        skipped_rows: this.skipped.length,
        skipped_row_timestamps: this.skipped,
        duplicate_times: [],
        unsorted_times: [],
        invalid_rows: invalid,
      },
      ...(this.contentPair ? { contentPair: this.contentPair } : {}),
    };
  }

  private onLine(rawText: string): void {
    this.lineNumber += 1;
    const text = this.lineNumber === 1 ? rawText.replace(/^\uFEFF/, '') : rawText;
    if (this.layout) {
      this.onRecordLine(text, this.lineNumber);
      return;
    }
    // Blank lines before the header are skipped; after the first text, the next line is the second.
    if (!this.sawText && text.trim() === '') return;
    this.sawText = true;
    this.headLines.push({ text, line: this.lineNumber });
    if (this.headLines.length === 2) this.decideLayout();
  }

  private decideLayout(): void {
    const [first, second] = this.headLines;
    if (!first) return;
    const layout = detectCsvLayout(first.text, second?.text, this.fileName);
    this.layout = layout;
    this.widthNeeded = Math.max(...Object.values(layout.columns)) + 1;
    for (const head of this.headLines.slice(layout.firstRecordLine - 1)) this.onRecordLine(head.text, head.line);
    this.headLines = [];
  }

  private rowError(timeText: string, problem: string, line: number): BacktestPilotError {
    return new BacktestPilotError('bad_data_file', `${this.fileName}: line ${line}, data row ${this.dataRow} (${JSON.stringify(timeText)}): ${problem}`, {
      file: this.fileName, row: this.dataRow, line,
    });
  }

  private invalidDataError(first: InvalidRow, count: number): BacktestPilotError {
    const more = count > 1 ? ` (and ${count - 1} more invalid row(s))` : '';
    return new BacktestPilotError('invalid_data',
      `${this.fileName} line ${first.line} (${JSON.stringify(first.timestamp)}): ${ROW_RULE_TEXT[first.rule]}${more}; fix the file, or pass --drop-invalid (BTP_DATA_INVALID=drop) to drop such rows and list them in the notes`,
      { file: this.fileName, line: first.line, rule: first.rule, timestamp: first.timestamp, invalid_rows: count });
  }

  private onRecordLine(text: string, line: number): void {
    if (text.trim() === '') return;
    const columns = this.layout!.columns;
    this.dataRow += 1;
    const record = splitCsvLine(text, this.fileName, line);
    const timeText = (record[columns.time] ?? '').trim();
    if (record.length < this.widthNeeded) throw this.rowError(timeText, `has ${record.length} columns, expected at least ${this.widthNeeded}`, line);
    const time = parseTimestamp(timeText);
    const values = this.values;
    let readable = !Number.isNaN(time);
    for (let index = 0; index < VALUE_FIELDS.length; index += 1) {
      values[index] = parseDecimal(record[columns[VALUE_FIELDS[index]!]]!);
      readable &&= Number.isFinite(values[index]);
    }
    // Only a row with a cell that did not read can be one of Yahoo's `null` rows: good rows skip the check.
    if (!readable) {
      if (isMissingRow(record, columns)) {
        this.skipped.push(timeText);
        return;
      }
      if (Number.isNaN(time)) throw this.rowError(timeText, 'timestamp is not a date (YYYY-MM-DD), an ISO date-time or a Unix time', line);
      const field = VALUE_FIELDS[values.findIndex((value) => !Number.isFinite(value))]!;
      throw this.rowError(timeText, `${field} ${JSON.stringify(record[columns[field]]!.trim())} is not a plain decimal number`, line);
    }
    if (columns.symbol !== undefined && this.contentPair === undefined) this.contentPair = record[columns.symbol]!.trim();
    const [open, high, low, close, volume] = values as unknown as [number, number, number, number, number];
    const valueRule = brokenValueRule(open, high, low, close, volume);
    if (valueRule) {
      this.invalid.push({ line, rule: valueRule, timestamp: timeText });
      return;
    }
    this.builder.append(time, open, high, low, close, volume, line);
  }
}

function isMissingRow(record: readonly string[], columns: CsvColumns): boolean {
  return (['time', ...VALUE_FIELDS] as const).some((field) => record[columns[field]]?.trim().toLowerCase() === MISSING_VALUE);
}

/**
 * Parses an OHLCV CSV in any accepted dialect (told apart by its header) into ascending, unique
 * bars. Rows with Yahoo's `null` are skipped and counted; an unreadable value is `bad_data_file`
 * and a row breaking a rule `invalid_data`, each naming the file and line, never a guess.
 */
export function parseOhlcvCsv(contents: Buffer | string, fileName: string, options: ParseOhlcvOptions = {}): ParsedOhlcv {
  const reader = new OhlcvCsvReader(fileName, options.invalidRows);
  reader.push(typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents);
  return reader.finish();
}
