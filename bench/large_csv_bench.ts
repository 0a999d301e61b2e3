import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './measure.js';

const SECTION = 'data';
const ROWS = 3_000_000;
const MINUTE_MS = 60_000;
const FIRST_BAR = Date.UTC(2020, 0, 1);

/** A 1-minute random walk written as a standard CSV (~200 MB for 3M rows), generated, never committed. */
async function writeLargeCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('timestamp,open,high,low,close,volume\n');
  let price = 30_000;
  let seed = 12345;
  const uniform = () => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) / 2 ** 32; };
  for (let start = 0; start < ROWS; start += 50_000) {
    const lines: string[] = [];
    for (let row = start; row < Math.min(ROWS, start + 50_000); row += 1) {
      const open = price;
      const close = Math.max(1, open * (1 + (uniform() - 0.5) * 0.002));
      const high = Math.max(open, close) * (1 + uniform() * 0.0005);
      const low = Math.min(open, close) * (1 - uniform() * 0.0005);
      lines.push(`${new Date(FIRST_BAR + row * MINUTE_MS).toISOString().slice(0, 19)}Z,${open.toFixed(2)},${high.toFixed(2)},${low.toFixed(2)},${close.toFixed(2)},${(uniform() * 50).toFixed(5)}`);
      price = close;
    }
    if (!out.write(`${lines.join('\n')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Issue 18 §4: a 3-million-row 1-minute CSV (~200 MB) loads through the folder source in under 10 s at under 1 GB peak RSS. */
export async function benchLargeCsv(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'btp-bench-large-csv-'));
  try {
    const file = path.join(dir, 'BIG-USDT-1m.csv');
    await writeLargeCsv(file);
    const sizeMb = statSync(file).size / 1024 / 1024;
    const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'large_csv_child.js');
    // A process of its own, so its peak RSS is the load's alone.
    const result = JSON.parse(execFileSync(process.execPath, [child, dir, 'BIG'], { encoding: 'utf8' })) as {
      loadMs: number; cpuMs: number; bars: number; peakRssMb: number; peakHeapMb: number; peakArrayBuffersMb: number;
    };
    return [
      { section: SECTION, name: `load a ${ROWS.toLocaleString('en-US')}-row 1-minute CSV (${sizeMb.toFixed(0)} MB) through the CSV folder source, streamed, no cache`, value: result.loadMs / 1000, unit: 's', target: '< 10 s', met: result.loadMs < 10_000 && result.bars === ROWS },
      // CPU time as well: on a shared machine the wall time also counts the time other processes held the cores.
      { section: SECTION, name: 'CPU time of that load (user + system, GC threads included)', value: result.cpuMs / 1000, unit: 's' },
      { section: SECTION, name: 'peak RSS of that load (its own process)', value: result.peakRssMb, unit: 'MB', target: '< 1024 MB', met: result.peakRssMb < 1024 },
      { section: SECTION, name: 'peak JS heap used during that load (sampled every 20 ms)', value: result.peakHeapMb, unit: 'MB' },
      { section: SECTION, name: 'peak array-buffer memory during that load (the typed columns)', value: result.peakArrayBuffersMb, unit: 'MB' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
