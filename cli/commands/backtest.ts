import type { MetricKey } from '../../tools/risk/types.js';
import type { Command } from 'commander';
import pc from 'picocolors';
import { loadConfig } from '../../adk.config.js';
import { backtestStrategies } from '../../tools/backtest/backtest_strategies.js';
import { withEngineSettingOptions } from '../engine_options.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { csvFolderSource, DEFAULT_INTERVAL, loadEach } from '../../tools/data/index.js';
import { buildReport } from '../../tools/report/build_report.js';
import { backtestReportInput } from '../../tools/report/direct_run_inputs.js';
import { renderTerminal } from '../../tools/report/render_terminal.js';
import type { WrittenFile } from '../../tools/report/report_files.js';
import { describeWrittenFiles, reportFileRequest, withReportFileOptions, wantsReportFiles, type ReportFileFlags } from '../report_options.js';
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
      const printJson = (written: readonly WrittenFile[]) => process.stdout.write(`${JSON.stringify({ results: run.results, rank_by: run.rank_by, notes: run.notes, files: written })}\n`);
      // JSON alone shows no report: building one (charts' series, formatted figures) would only slow the command.
      if (flags.json && !wantsReportFiles(files)) {
        printJson([]);
        return;
      }
      const prices = wantsReportFiles(files)
        ? new Map((await loadEach(csvFolderSource(config), flags.symbols, flags.interval ?? DEFAULT_INTERVAL, { start: flags.from, end: flags.to }))
          .map((series) => [series.symbol, series]))
        : undefined;
      const document = buildReport(backtestReportInput(run, {
        request: ['btp', ...process.argv.slice(process.argv.indexOf('backtest'))].join(' '), riskFreeRate: config.riskFreeRate, prices,
      }));
      // The report writer brings ECharts (1.3 MB of bundle): loaded only when files are asked for.
      const written = wantsReportFiles(files)
        ? (await import('../../tools/report/report_files.js')).writeReportFiles(document, files)
        : [];
      if (flags.json) {
        printJson(written);
        return;
      }
      const lines = [renderTerminal(document, { chart: flags.chart })];
      for (const note of run.notes) lines.push(pc.yellow(`note: ${note}`));
      lines.push(...describeWrittenFiles(written));
      process.stdout.write(`${lines.join('\n')}\n`);
    }, jsonFlagOf));
}
