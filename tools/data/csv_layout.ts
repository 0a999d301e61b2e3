import { parse } from 'csv-parse/sync';
import { BacktestPilotError } from '../errors.js';
import type { CsvFormat } from './types.js';

/** Where each value sits in a record of one CSV dialect (0-based column indices). */
export interface CsvColumns {
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  /** CryptoDataDownload names the pair in every row (`BTC/USDT`). */
  symbol?: number;
}

export interface CsvLayout {
  format: CsvFormat;
  /** 1-based line of the first data record, as csv-parse's `from_line` counts. */
  firstRecordLine: number;
  columns: CsvColumns;
}

/** The header that identifies each dialect: the name of its time column. */
const TIME_COLUMN_BY_FORMAT: ReadonlyArray<readonly [CsvFormat, string]> = [
  ['cryptodatadownload', 'unix'],
  ['binance', 'open_time'],
  ['standard', 'timestamp'],
  ['yahoo', 'date'],
];

export const ACCEPTED_HEADERS: readonly string[] = [
  'timestamp,open,high,low,close,volume (standard)',
  'Date,Open,High,Low,Close,Adj Close,Volume (Yahoo Finance; Adj Close optional)',
  'open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_base,taker_buy_quote,ignore (Binance klines, header optional)',
  'a banner line, then unix,date,symbol,open,high,low,close,Volume <base>,Volume <quote>[,tradecount] (CryptoDataDownload)',
];

// Binance kline archives come without a header: 12 numeric columns, open time first.
const BINANCE_HEADERLESS: CsvColumns = { time: 0, open: 1, high: 2, low: 3, close: 4, volume: 5 };
const BINANCE_COLUMN_COUNT = 12;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

function normalizeName(cell: string): string {
  return cell.trim().toLowerCase().replace(/\s+/g, ' ');
}

function splitLine(line: string): string[] {
  const [cells = []] = parse(line, { relax_quotes: true }) as string[][];
  return cells;
}

/** Columns of a header row, or undefined when it is not one of the accepted dialects. */
function columnsOfHeader(cells: readonly string[]): { format: CsvFormat; columns: CsvColumns } | undefined {
  const names = cells.map(normalizeName);
  const entry = TIME_COLUMN_BY_FORMAT.find(([, timeName]) => names.includes(timeName));
  if (!entry) return undefined;
  const [format, timeName] = entry;
  const at = (name: string) => names.indexOf(name);
  // CryptoDataDownload has `Volume BTC` then `Volume USDT`: the first is the base asset, as elsewhere.
  const volume = names.includes('volume') ? at('volume') : names.findIndex((name) => name.startsWith('volume '));
  const columns: CsvColumns = { time: at(timeName), open: at('open'), high: at('high'), low: at('low'), close: at('close'), volume };
  if (Object.values(columns).some((index) => index < 0)) return undefined;
  return format === 'cryptodatadownload' && names.includes('symbol') ? { format, columns: { ...columns, symbol: at('symbol') } } : { format, columns };
}

function isHeaderlessBinanceRow(cells: readonly string[]): boolean {
  return cells.length === BINANCE_COLUMN_COUNT && cells.every((cell) => NUMBER.test(cell.trim()));
}

/** A banner is a single-cell line above the header, like CryptoDataDownload's URL. */
function isBanner(cells: readonly string[]): boolean {
  return cells.length === 1 && cells[0]!.trim() !== '';
}

/**
 * Recognises a CSV dialect from its first lines (never from the file name): a known header, a
 * banner line then a known header, or Binance's headerless 12-column rows.
 */
export function detectCsvLayout(firstLine: string, secondLine: string | undefined, fileName: string): CsvLayout {
  const firstCells = splitLine(firstLine);
  const header = columnsOfHeader(firstCells);
  if (header) return { ...header, firstRecordLine: 2 };
  if (isHeaderlessBinanceRow(firstCells)) return { format: 'binance', columns: BINANCE_HEADERLESS, firstRecordLine: 1 };
  const afterBanner = isBanner(firstCells) && secondLine !== undefined ? columnsOfHeader(splitLine(secondLine)) : undefined;
  if (afterBanner) return { ...afterBanner, firstRecordLine: 3 };
  const shown = firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine;
  throw new BacktestPilotError(
    'bad_data_file',
    `${fileName}: unrecognised CSV header "${shown}"; accepted headers: ${ACCEPTED_HEADERS.join('; ')}`,
    { file: fileName, header: shown, accepted_headers: ACCEPTED_HEADERS },
  );
}
