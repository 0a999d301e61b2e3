import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface MarketColumns {
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
}

/** The real files the indicator tests compare on: daily crypto, daily equity, hourly crypto. */
export const MARKET_FILES = ['BTC-USDT-1d.csv', 'SPY-USD-1d.csv', 'ETH-USDT-1h.csv'] as const;

/**
 * Reads high, low and close of one shared data file (`BTP_DATA_DIR`, set by vitest.config.ts).
 * A deliberately tiny reader: tests must not depend on tools/data, which is tested on its own.
 */
export function readMarketColumns(file: string): MarketColumns {
  const dataDir = process.env.BTP_DATA_DIR;
  if (!dataDir) throw new Error('BTP_DATA_DIR is not set; run the tests through vitest (vitest.config.ts sets it)');
  const lines = readFileSync(path.join(dataDir, file), 'utf8').trim().split(/\r?\n/);
  const header = lines[0]!.split(',').map((name) => name.trim().toLowerCase());
  const columnIndex = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file} has no "${name}" column`);
    return index;
  };
  const [highIndex, lowIndex, closeIndex] = [columnIndex('high'), columnIndex('low'), columnIndex('close')];
  const rows = lines.slice(1).map((line) => line.split(','));
  const column = (index: number) => Float64Array.from(rows, (cells) => Number(cells[index]));
  return { high: column(highIndex), low: column(lowIndex), close: column(closeIndex) };
}
