import type { Command } from 'commander';
import Table from 'cli-table3';
import pc from 'picocolors';
import { loadConfig, type AppConfig } from '../../adk.config.js';
import { compareSeriesLines, getSupportedSymbols, listDataDirectory } from '../../tools/data/index.js';
import type { SymbolInfo } from '../../tools/data/types.js';
import { heldBelowIn } from '../../tools/data/source/held_below.js';
import { fetchSeries, updateSeries, type FetchOutcome, type FetchSettings } from '../../tools/data/fetch/fetch_series.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';

interface FetchFlags {
  interval?: string;
  from?: string;
  to?: string;
  source?: string;
  exchange?: string;
  offline?: boolean;
  json?: boolean;
}

function fetchSettings(config: AppConfig, flags: { offline?: boolean; json?: boolean }): FetchSettings {
  return {
    userDataDir: config.userDataDir,
    offline: config.offline || Boolean(flags.offline),
    baseUrls: config.sourceUrls,
    // Progress goes to stderr, so stdout stays the result (and valid JSON with --json).
    onProgress: (line) => process.stderr.write(`${pc.dim(line)}\n`),
  };
}

function printOutcome(outcome: FetchOutcome, json: boolean | undefined, userDataDir: string): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ data_dir: userDataDir, ...outcome }, null, 2)}\n`);
  } else if (outcome.fetched.length > 0) {
    const table = new Table({ head: ['Symbol', 'Source', 'Market', 'Interval', 'First', 'Last', 'Bars', 'New', 'Missing', 'File'], style: { head: [], border: [] } });
    for (const series of outcome.fetched) {
      table.push([series.symbol, series.source, series.market, series.interval, series.first, series.last, String(series.bars), String(series.new_bars), String(series.missing_bars), series.file]);
    }
    process.stdout.write(`Written to ${userDataDir}\n${table.toString()}\n`);
  }
  if (!json) for (const failure of outcome.errors) process.stderr.write(`error [${failure.code}]: ${failure.message}\n`);
  // Exit 0 only when every series asked for was written.
  if (outcome.errors.length > 0) process.exitCode = 1;
}

function registerFetch(data: Command): void {
  data
    .command('fetch')
    .description('Fetch OHLCV history into your data folder: crypto from an exchange through ccxt (Binance by default), equities, ETFs and indices from Yahoo')
    .argument('<symbols...>', 'symbols such as BTC ETH/USDT SOL SPY BRK-B ^GSPC')
    .option('--interval <interval>', 'bar interval: 1d, 4h, 1h, 15m …', '1d')
    .option('--from <date>', 'first day, YYYY-MM-DD (default five years back; one year for intraday bars)')
    .option('--to <date>', 'last day, YYYY-MM-DD (default now; the still-open bar is never written)')
    .option('--source <source>', 'binance, yahoo or any ccxt exchange id (default: binance for crypto, yahoo otherwise)')
    .option('--exchange <id>', 'same as --source, for a ccxt exchange id (kraken, coinbase, okx …)')
    .option('--offline', 'no network access: fail at once with data_unavailable (also BTP_OFFLINE=1)')
    .option('--json', 'print JSON')
    .action(runCommand(async (symbols: string[], flags: FetchFlags) => {
      const config = loadConfig();
      // A series the bundled sample holds is extended from it, not shadowed by a few fetched bars.
      const listing = await getSupportedSymbols(config.dataDir, { cacheDir: config.cacheDir });
      const outcome = await fetchSeries(
        { symbols, interval: flags.interval, from: flags.from, to: flags.to, source: flags.source ?? flags.exchange, seedOf: heldBelowIn(listing, config.userDataDir) },
        fetchSettings(config, flags),
      );
      printOutcome(outcome, flags.json, config.userDataDir);
    }, jsonFlagOf));
}

function registerUpdate(data: Command): void {
  data
    .command('update')
    .description('Append the bars that closed since the last fetch to every series fetched into your data folder')
    .option('--offline', 'no network access: fail at once with data_unavailable (also BTP_OFFLINE=1)')
    .option('--json', 'print JSON')
    .action(runCommand(async (flags: { offline?: boolean; json?: boolean }) => {
      const config = loadConfig();
      const outcome = await updateSeries(fetchSettings(config, flags));
      if (outcome.fetched.length === 0 && outcome.errors.length === 0 && !flags.json) {
        process.stdout.write(`Nothing to update: no series fetched into ${config.userDataDir} yet; run btp data fetch first\n`);
        return;
      }
      printOutcome(outcome, flags.json, config.userDataDir);
    }, jsonFlagOf));
}

/** A file's name; for built bars, what they are built from: `built from 1h: BTC-USDT-1h.csv`. */
export function fileColumn(info: SymbolInfo): string {
  return info.built_from === undefined ? info.file : `built from ${info.built_from}: ${info.file}`;
}

function registerList(data: Command): void {
  data
    .command('list')
    .description('List every series with its source, range, bars and last update, and the intervals built from finer files (4h from 1h)')
    .option('--json', 'print JSON')
    .action(runCommand(async (flags: { json?: boolean }) => {
      const config = loadConfig();
      const { symbols, built, errors, skipped } = await listDataDirectory(config.dataDir, { cacheDir: config.cacheDir });
      // Bars no file holds that a run builds from a finer file (4h from 1h) are series too, marked built_from.
      const series = [...symbols, ...built].sort(compareSeriesLines);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ data_dir: config.dataDir, series, errors, skipped }, null, 2)}\n`);
        return;
      }
      const table = new Table({ head: ['Symbol', 'Quote', 'Interval', 'Source', 'First', 'Last', 'Bars', 'Updated', 'File'], style: { head: [], border: [] } });
      for (const info of series) {
        table.push([info.symbol, info.quote, info.interval, info.source ?? '', info.first, info.last, String(info.bars), info.fetched_at?.slice(0, 16).replace('T', ' ') ?? '', fileColumn(info)]);
      }
      const problems = [
        ...errors.map((error) => `skipped ${error.file}: [${error.code}] ${error.message}`),
        ...skipped.map((entry) => `skipped ${entry.file} in ${entry.folder}: ${entry.reason}`),
      ].map((line) => `${pc.yellow(line)}\n`);
      process.stdout.write(`Data folders: ${config.dataDir}\n${table.toString()}\n${problems.join('')}`);
    }, jsonFlagOf));
}

export function registerDataCommand(program: Command): void {
  const data = program.command('data').description('Fetch, update and list market data (see README, "Market data")');
  registerFetch(data);
  registerUpdate(data);
  registerList(data);
}
