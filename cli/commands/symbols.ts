import type { Command } from 'commander';
import Table from 'cli-table3';
import { bundledSampleDir, loadConfig } from '../../adk.config.js';
import { compareSeriesLines, listDataDirectory } from '../../tools/data/index.js';
import pc from 'picocolors';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { fileColumn } from './data.js';
import { COMMANDS } from '../command_registry.js';

export function registerSymbolsCommand(program: Command): void {
  program
    .command('symbols')
    .description(COMMANDS.symbols.description)
    .option('--json', 'print JSON')
    .action(runCommand(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const { symbols, built, errors, skipped } = await listDataDirectory(config.dataDir, { cacheDir: config.cacheDir });
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ data_dir: config.dataDir, symbols, built, errors, skipped }, null, 2)}\n`);
        return;
      }
      if (symbols.length === 0) {
        const why = errors.length === 0 ? 'holds no CSV files' : `holds no CSV file that could be read (${errors.length} skipped, below)`;
        const lines = [
          `Data directory: ${config.dataDir}`,
          `No symbols: the data directory ${why}.`,
          'Put OHLCV files there named like BTC-USDT-1d.csv (columns timestamp, open, high, low, close, volume),',
          `or point BTP_DATA_DIR at a folder that has them, e.g. the bundled sample: BTP_DATA_DIR=${bundledSampleDir()} btp symbols`,
          ...errors.map((error) => pc.yellow(`skipped ${error.file}: ${error.message}`)),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
        return;
      }
      const table = new Table({ head: ['Symbol', 'Quote', 'Interval', 'Class', 'First', 'Last', 'Bars', 'File'], style: { head: [], border: [] } });
      for (const info of [...symbols, ...built].sort(compareSeriesLines)) {
        table.push([info.symbol, info.quote, info.interval, info.asset_class, info.first, info.last, String(info.bars), fileColumn(info)]);
      }
      const problems = [
        ...errors.map((error) => `skipped ${error.file}: ${error.message}`),
        ...skipped.map((entry) => `skipped ${entry.file} in ${entry.folder}: ${entry.reason}`),
      ].map((line) => pc.yellow(line));
      process.stdout.write(`Data folders: ${config.dataDir}\n${table.toString()}\n${problems.map((line) => `${line}\n`).join('')}`);
    }, jsonFlagOf));
}
