/** The six columns of a series, in whatever order the rows were read. */
export interface OhlcvColumns {
  time: Float64Array;
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  volume: Float64Array;
}

export interface OrderedRows {
  /** Strictly increasing by time. */
  columns: OhlcvColumns;
  /** Times that appeared more than once (each listed once); the first row in file order was kept. */
  duplicateTimes: number[];
  /** Times of rows written after a later bar, against the file's own direction. */
  unsortedTimes: number[];
}

const COLUMN_NAMES = ['time', 'open', 'high', 'low', 'close', 'volume'] as const;

/**
 * A file's own direction is ascending unless its last row is earlier than its first
 * (CryptoDataDownload writes newest first). Rows that break that direction are unsorted.
 */
function findUnsortedTimes(time: Float64Array, descending: boolean): number[] {
  const unsorted: number[] = [];
  let extreme = time[0]!;
  for (let index = 1; index < time.length; index += 1) {
    const value = time[index]!;
    if (descending ? value > extreme : value < extreme) unsorted.push(value);
    else extreme = value;
  }
  return unsorted;
}

function isStrictlyIncreasing(time: Float64Array): boolean {
  for (let index = 1; index < time.length; index += 1) if (!(time[index]! > time[index - 1]!)) return false;
  return true;
}

function pickRows(columns: OhlcvColumns, rows: Uint32Array): OhlcvColumns {
  const picked = {} as OhlcvColumns;
  for (const name of COLUMN_NAMES) {
    const source = columns[name];
    const target = new Float64Array(rows.length);
    for (let index = 0; index < rows.length; index += 1) target[index] = source[rows[index]!]!;
    picked[name] = target;
  }
  return picked;
}

/**
 * Sorts rows ascending by time and drops repeated times, recording both so validation can report
 * them. Never alters a value.
 */
export function orderRows(columns: OhlcvColumns): OrderedRows {
  const { time } = columns;
  const count = time.length;
  if (isStrictlyIncreasing(time)) return { columns, duplicateTimes: [], unsortedTimes: [] };
  const descending = count > 1 && time[count - 1]! < time[0]!;
  const unsortedTimes = count > 1 ? findUnsortedTimes(time, descending) : [];
  // Sorting by (time, file position) keeps the first row of each repeated time.
  const order = Uint32Array.from({ length: count }, (_, index) => index).sort((a, b) => time[a]! - time[b]! || a - b);
  const kept: number[] = [];
  const duplicateTimes: number[] = [];
  for (let rank = 0; rank < count; rank += 1) {
    const row = order[rank]!;
    const previous = kept.length > 0 ? time[kept[kept.length - 1]!]! : Number.NaN;
    if (time[row] === previous) {
      if (duplicateTimes[duplicateTimes.length - 1] !== previous) duplicateTimes.push(previous);
    } else {
      kept.push(row);
    }
  }
  return { columns: pickRows(columns, Uint32Array.from(kept)), duplicateTimes, unsortedTimes };
}
