import type { Command } from 'commander';
import { BacktestPilotError } from '../../tools/errors.js';
import { loadConfig } from '../../adk.config.js';
import { optimizePortfolioWeights, backtestPortfolio } from '../../tools/portfolio/portfolio_service.js';
import type { RebalanceSchedule } from '../../tools/portfolio/calendar_periods.js';
import type { PortfolioObjective } from '../../tools/portfolio/optimize/optimize_weights.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { withEngineSettingOptions } from '../engine_options.js';
import { renderPortfolio, renderPortfolioOptimization } from '../../tools/report/terminal/portfolio_format.js';
import { collect, parseListOption, parseNumberOption } from '../option_parsers.js';
import { portfolioReport } from '../../tools/pipeline/portfolio_report.js';
import { clampOptimizedWeight } from '../../tools/portfolio/portfolio_from_spec.js';
import { describeWrittenFiles, reportFileRequest, withReportFileOptions, writeRequestedReportFiles, type ReportFileFlags } from '../report_options.js';
import { parseBoundsOption, parseFractionOption, parsePortfolioStrategies, parseWeightsOption } from '../portfolio_options.js';

interface SharedFlags {
  symbols?: string[];
  rebalance?: RebalanceSchedule;
  strategy?: string[];
  from?: string;
  to?: string;
  interval: string;
  feesBps?: number;
  slippageBps?: number;
  fill?: 'next_open' | 'close';
  capital?: number;
  allowShort?: boolean;
  json?: boolean;
}

interface PortfolioFlags extends SharedFlags, ReportFileFlags {
  weights?: number[] | Record<string, number>;
  chart: boolean;
}

interface OptimizeFlags extends SharedFlags, ReportFileFlags {
  objective?: PortfolioObjective;
  maxWeight?: number;
  maxVolatility?: number;
  bounds?: Record<string, [number, number]>;
  holdout?: number;
}

function sharedRequest(flags: SharedFlags) {
  if (!flags.symbols || flags.symbols.length === 0) {
    throw new BacktestPilotError('no_symbol', 'give the portfolio\'s symbols with --symbols, e.g. --symbols BTC,ETH');
  }
  return {
    symbols: flags.symbols, rebalance: flags.rebalance, ...parsePortfolioStrategies(flags.strategy),
    start: flags.from, end: flags.to, interval: flags.interval, fees_bps: flags.feesBps, slippage_bps: flags.slippageBps,
    fill: flags.fill, initial_capital: flags.capital, allow_short: flags.allowShort,
  };
}

function withPortfolioOptions(command: Command): Command {
  return withEngineSettingOptions(command)
    // Not requiredOption: commander checks a parent's required options before running a subcommand.
    .option('--symbols <list>', 'comma-separated symbols or aliases, e.g. BTC,ETH (required)', parseListOption)
    .option('--rebalance <schedule>', 'none, daily, weekly (ISO weeks), monthly (default), quarterly or yearly')
    .option('--strategy <spec>', 'strategy for every symbol (sma_crossover:short=20,long=50) or one symbol (BTC=rsi_mean_reversion); repeatable; default buy_and_hold', collect((value: string) => value))
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--interval <interval>', 'bar interval of the data files', '1d')
    .option('--fill <mode>', 'next_open (default) or close')
    .option('--json', 'print the result as JSON');
}

export function registerPortfolioCommand(program: Command): void {
  const portfolio = withReportFileOptions(withPortfolioOptions(program
    .command('portfolio')
    .description('Backtest several symbols as one portfolio with shared cash, target weights and rebalancing')))
    .option('--weights <list>', 'target weights in symbol order (0.6,0.4 or 60%,40%) or by symbol (BTC=0.6,ETH=0.4); default equal; under 100% leaves cash', parseWeightsOption)
    .option('--no-chart', 'do not draw the equity chart')
    // `optimize` declares the same flags: options after it are its own, not the parent's.
    .enablePositionalOptions()
    .action(runCommand(async (flags: PortfolioFlags) => {
      const config = loadConfig();
      const context = { dataDir: config.dataDir, cacheDir: config.cacheDir, riskFreeRate: config.riskFreeRate };
      const result = await backtestPortfolio({ ...sharedRequest(flags), weights: flags.weights }, context);
      const files = reportFileRequest(flags);
      // The report (each symbol's own runs beside the portfolio) is built only when a file asks for it.
      const written = await writeRequestedReportFiles(() => portfolioReport(result, ['btp', ...process.argv.slice(process.argv.indexOf('portfolio'))].join(' '), context), files);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ ...result, files: written })}\n`);
        return;
      }
      process.stdout.write(`${[renderPortfolio(result, { chart: flags.chart }), ...describeWrittenFiles(written)].join('\n')}\n`);
    }, jsonFlagOf));

  withReportFileOptions(withPortfolioOptions(portfolio
    .command('optimize')
    .description('Choose portfolio weights on the first 70% of the range and test them on the rest')))
    .option('--objective <name>', 'max_sharpe (default), min_variance, risk_parity, equal_weight or max_return')
    .option('--max-weight <fraction>', 'largest weight of any one symbol, e.g. 0.5 or 50%', parseFractionOption('--max-weight'))
    .option('--max-volatility <fraction>', 'annualised volatility cap for max_return, e.g. 0.6 or 60%', parseFractionOption('--max-volatility'))
    .option('--bounds <list>', 'per-symbol weight bounds, e.g. BTC=0.1:0.6,ETH=0:0.3', parseBoundsOption)
    .option('--holdout <fraction>', 'share of the range held out at its end (default 0.3; 0 = none)', parseNumberOption('--holdout'))
    .action(runCommand(async (flags: OptimizeFlags) => {
      const config = loadConfig();
      const context = { dataDir: config.dataDir, cacheDir: config.cacheDir, riskFreeRate: config.riskFreeRate };
      const result = await optimizePortfolioWeights({
        ...sharedRequest(flags), objective: flags.objective, max_weight: flags.maxWeight, max_volatility: flags.maxVolatility,
        bounds: flags.bounds, holdout: flags.holdout,
      }, context);
      const files = reportFileRequest(flags);
      // The report shows the chosen weights run over the whole window, beside the in- and out-of-sample figures.
      const written = await writeRequestedReportFiles(async () => portfolioReport(
        await backtestPortfolio({ ...sharedRequest(flags), rebalance: result.rebalance, weights: Object.fromEntries(Object.entries(result.weights).map(([symbol, weight]) => [symbol, clampOptimizedWeight(weight)])) }, context),
        ['btp', ...process.argv.slice(process.argv.indexOf('portfolio'))].join(' '), context, result,
      ), files);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ ...result, files: written })}\n`);
        return;
      }
      process.stdout.write(`${[renderPortfolioOptimization(result), ...describeWrittenFiles(written)].join('\n')}\n`);
    }, jsonFlagOf));
}
