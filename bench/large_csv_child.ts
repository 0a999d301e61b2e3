/**
 * Child process of the large-CSV bench: loads one series from the given folder (no disk cache, so
 * a full streamed parse) and prints the time, bars and this process's peak RSS as JSON.
 */
import { loadSeries } from '../tools/data/index.js';

const [dataDir, symbol] = [process.argv[2]!, process.argv[3]!];
const started = performance.now();
const series = await loadSeries(symbol, { dataDir, interval: '1m' });
const loadMs = performance.now() - started;
process.stdout.write(`${JSON.stringify({ loadMs, bars: series.time.length, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
