/**
 * `npm run bench`: prints the speed and memory figures the issues set goals for, and writes them
 * to bench/results/latest.json. Figures, not pass/fail tests: the goals are printed beside them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import Table from 'cli-table3';
import type { BenchRow } from './measure.js';

function formatValue(row: BenchRow): string {
  const digits = row.value >= 100 ? 0 : row.value >= 10 ? 1 : 2;
  return `${row.value.toLocaleString('en-US', { maximumFractionDigits: digits })} ${row.unit}`;
}

// Each section is imported when its turn comes: the engine runs first in a process that has not
// loaded ADK, as `btp backtest` and `btp optimize` do (ADK's 80 MB of heap slows every collection
// that the engine's large arrays set off).
const rows: BenchRow[] = [
  // Whole `btp` processes first, before this process's own work heats the machine.
  ...(await import('./startup_bench.js')).benchStartup(),
  ...await (await import('./large_csv_bench.js')).benchLargeCsv(),
  ...await (await import('./engine_bench.js')).benchEngine(),
  ...await (await import('./optimization_bench.js')).benchOptimization(),
  ...await (await import('./report_bench.js')).benchReports(),
  ...await (await import('./portfolio_bench.js')).benchPortfolio(),
  ...await (await import('./request_bench.js')).benchRequests(),
  ...await (await import('./agents_bench.js')).benchAgents(),
  ...await (await import('./memory_bench.js')).benchMemory(),
  ...await (await import('./postgres_bench.js')).benchPostgres(),
  ...await (await import('./fleet_bench.js')).benchFleet(),
];
const peakRssMb = process.resourceUsage().maxRSS / 1024;
rows.push({ section: 'memory', name: 'peak resident memory of the whole bench process', value: peakRssMb, unit: 'MB' });

const table = new Table({ head: ['Section', 'Measure', 'Value', 'Goal', ''], style: { head: [], border: [] } });
for (const row of rows) {
  table.push([row.section, row.name, formatValue(row), row.target ?? '', row.met === undefined ? '' : row.met ? 'met' : 'MISSED']);
}
const malloc = process.env.GLIBC_TUNABLES ? `GLIBC_TUNABLES=${process.env.GLIBC_TUNABLES}` : 'default glibc malloc';
process.stdout.write(`BackTestPilot bench — node ${process.version}, ${malloc}, ${new Date().toISOString()}\n${table.toString()}\n`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify({ node: process.version, malloc, at: new Date().toISOString(), rows }, null, 2)}\n`);
