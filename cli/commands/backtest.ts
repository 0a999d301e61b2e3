import type { MetricKey } from '../../tools/risk/types.js';
import type { Command } from 'commander';
import { loadConfig } from '../../adk.config.js';
import { backtestStrategies } from '../../tools/backtest/backtest_strategies.js';
import { withEngineSettingOptions } from '../engine_options.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { reportFileRequest, withReportFileOptions, wantsReportFiles, type ReportFileFlags } from '../report_options.js';
import { collect, parseDateOption, parseListOption, parseStrategyOption } from '../option_parsers.js';
import { parseMetricOption, parseStrategyNameOption } from '../vocabulary_options.js';
import { COMMANDS } from '../command_registry.js';

interface BacktestFlags extends ReportFileFlags {
  symbols: string[];
  strategy?: Array<{ name: string; params?: Record<string, number> }>;
  from?: string;
  to?: string;
  interval: string;
  feesBps?: number;
  slippageBps?: number;
  fill?: 'next_open' | 'close';
  capital?: number;
  allowShort?: boolean;
  rankBy?: MetricKey;
  json?: boolean;
  chart: boolean;
}

export function registerBacktestCommand(program: Command): void {
  withReportFileOptions(withEngineSettingOptions(program
    .command('backtest')
    .description(COMMANDS.backtest.description)))
    .requiredOption('--symbols <list>', 'comma-separated symbols or aliases, e.g. BTC,ETH', parseListOption)
    .option('--strategy <spec>', 'strategy id or name with optional params, repeatable: sma_crossover:short=20,long=50 or rsi', collect((value) => {
      const selection = parseStrategyOption(value);
      return { ...selection, name: parseStrategyNameOption(selection.name) };
    }))
    .option('--from <date>', 'first day, YYYY-MM-DD', parseDateOption('--from'))
    .option('--to <date>', 'last day, YYYY-MM-DD', parseDateOption('--to'))
    .option('--interval <interval>', 'bar interval of the data file', '1d')
    .option('--fill <mode>', 'next_open (default) or close')
    .option('--rank-by <metric>', 'metric to rank by, by key or name, e.g. sortino (default sharpe_ratio)', parseMetricOption('--rank-by'))
    .option('--no-chart', 'do not draw the equity chart')
    .option('--json', 'print {"results": [...]} as JSON')
    .action(runCommand(async (flags: BacktestFlags) => {
      const config = loadConfig();
      const run = await backtestStrategies({
        symbols: flags.symbols,
        strategies: flags.strategy ?? [{ name: 'sma_crossover' }],
        start: flags.from,
        end: flags.to,
        interval: flags.interval,
        fees_bps: flags.feesBps,
        slippage_bps: flags.slippageBps,
        fill: flags.fill as 'next_open' | 'close' | undefined,
        initial_capital: flags.capital,
        allow_short: flags.allowShort,
        rank_by: flags.rankBy,
      }, { dataDir: config.dataDir, cacheDir: config.cacheDir, riskFreeRate: config.riskFreeRate });
      const files = reportFileRequest(flags);
      // JSON alone shows no report: the renderers are not even loaded.
      const written = flags.json && !wantsReportFiles(files)
        ? []
        : await (await import('./backtest_report.js')).showBacktestReport(run, config, {
          symbols: flags.symbols, interval: flags.interval, from: flags.from, to: flags.to, chart: flags.chart, json: flags.json === true, files,
        });
      if (flags.json) process.stdout.write(`${JSON.stringify({ results: run.results, rank_by: run.rank_by, notes: run.notes, files: written })}\n`);
    }, jsonFlagOf));
}
