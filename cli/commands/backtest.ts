import type { Command } from 'commander';
import pc from 'picocolors';
import { loadConfig } from '../../adk.config.js';
import { backtestStrategies } from '../../tools/backtest/backtest_strategies.js';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import { withEngineSettingOptions } from '../engine_options.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { renderEquityChart } from '../format/equity_chart.js';
import { renderResultsTable } from '../format/results_table.js';
import { collect, parseListOption, parseStrategyOption } from '../option_parsers.js';
import { COMMANDS } from '../command_registry.js';

interface BacktestFlags {
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
  rankBy?: string;
  json?: boolean;
  chart: boolean;
}

/** The best result and, for contrast, the buy-and-hold baseline on the same symbol. */
function chartedResults(results: readonly BacktestResult[]): BacktestResult[] {
  const best = results[0];
  if (!best) return [];
  const baseline = results.find((result) => result.symbol === best.symbol && result.strategy === 'buy_and_hold' && result !== best);
  return baseline ? [best, baseline] : [best];
}

export function registerBacktestCommand(program: Command): void {
  withEngineSettingOptions(program
    .command('backtest')
    .description(COMMANDS.backtest.description))
    .requiredOption('--symbols <list>', 'comma-separated symbols or aliases, e.g. BTC,ETH', parseListOption)
    .option('--strategy <spec>', 'strategy id with optional params, repeatable: sma_crossover:short=20,long=50', collect(parseStrategyOption))
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--interval <interval>', 'bar interval of the data file', '1d')
    .option('--fill <mode>', 'next_open (default) or close')
    .option('--rank-by <metric>', 'metric to rank by (default sharpe_ratio)')
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
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ results: run.results, rank_by: run.rank_by, notes: run.notes })}\n`);
        return;
      }
      const lines = [renderResultsTable(run.results, run.rank_by)];
      if (flags.chart) lines.push('', renderEquityChart(chartedResults(run.results)));
      for (const note of run.notes) lines.push(pc.yellow(`note: ${note}`));
      process.stdout.write(`${lines.join('\n')}\n`);
    }, jsonFlagOf));
}
