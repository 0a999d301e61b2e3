import type { Command } from 'commander';
import Table from 'cli-table3';
import { loadConfig } from '../../adk.config.js';
import { listDataDirectory } from '../../tools/data/index.js';
import pc from 'picocolors';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { COMMANDS } from '../command_registry.js';

export function registerSymbolsCommand(program: Command): void {
  program
    .command('symbols')
    .description(COMMANDS.symbols.description)
    .option('--json', 'print JSON')
    .action(runCommand(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const { symbols, errors, skipped } = await listDataDirectory(config.dataDir, { cacheDir: config.cacheDir });
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ data_dir: config.dataDir, symbols, errors, skipped }, null, 2)}\n`);
        return;
      }
      const table = new Table({ head: ['Symbol', 'Quote', 'Interval', 'Class', 'First', 'Last', 'Bars', 'File'], style: { head: [], border: [] } });
      for (const info of symbols) {
        table.push([info.symbol, info.quote, info.interval, info.asset_class, info.first, info.last, String(info.bars), info.file]);
      }
      const problems = [
        ...errors.map((error) => `skipped ${error.file}: ${error.message}`),
        ...skipped.map((entry) => `skipped ${entry.file} in ${entry.folder}: ${entry.reason}`),
      ].map((line) => pc.yellow(line));
      process.stdout.write(`Data folders: ${config.dataDir}\n${table.toString()}\n${problems.map((line) => `${line}\n`).join('')}`);
    }, jsonFlagOf));
}
