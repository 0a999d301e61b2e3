/**
 * Child process of the large-CSV bench: loads one series from the given folder through the CSV
 * folder source (no disk cache, so a full streamed parse) and prints the wall and CPU time, bars, this
 * process's peak RSS and the peak JS heap and array-buffer memory sampled during the load, as JSON.
 */
import { csvFolderSource } from '../tools/data/index.js';

const [dataDir, symbol] = [process.argv[2]!, process.argv[3]!];
let peakHeap = 0;
let peakArrayBuffers = 0;
const sample = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  peakHeap = Math.max(peakHeap, heapUsed);
  peakArrayBuffers = Math.max(peakArrayBuffers, arrayBuffers);
};
// The file is read in chunks, so the sampler runs between them; once more at the end for the columns.
const sampler = setInterval(sample, 20);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const series = await csvFolderSource({ dataDir }).load(symbol, '1m');
const loadMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
clearInterval(sampler);
sample();
const mb = (bytes: number) => bytes / 1024 / 1024;
process.stdout.write(`${JSON.stringify({
  loadMs, cpuMs: (cpu.user + cpu.system) / 1000, bars: series.time.length, peakRssMb: mb(process.resourceUsage().maxRSS * 1024), peakHeapMb: mb(peakHeap), peakArrayBuffersMb: mb(peakArrayBuffers),
})}\n`);
