import type { Command } from 'commander';
import pc from 'picocolors';
import { STATE_KEYS } from '../../agents/tools/session_state.js';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { createAgentProgress } from '../agent_progress.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { renderEquityChart } from '../format/equity_chart.js';
import { configWithToday } from '../today_option.js';
import { COMMANDS } from '../command_registry.js';

interface AskFlags {
  today?: string;
  json?: boolean;
  chart: boolean;
}

/** The best result and buy-and-hold on the same symbol, for the chart under the report. */
function chartedResults(results: readonly BacktestResult[]): BacktestResult[] {
  const [best] = results;
  if (!best) return [];
  const hold = results.find((result) => result !== best && result.symbol === best.symbol && result.strategy === 'buy_and_hold');
  return hold ? [best, hold] : [best];
}

export function registerAskCommand(program: Command): void {
  program
    .command('ask')
    .description(COMMANDS.ask.description)
    .argument('<request>', 'e.g. "Compare SMA vs RSI on BTC and ETH from 2021 to 2024, target Sharpe > 1.5"')
    .option('--today <date>', 'resolve relative dates ("last year") against this day, YYYY-MM-DD')
    .option('--no-chart', 'do not draw the equity chart')
    .option('--json', 'print {"spec", "results", "report"} as JSON')
    .action(runCommand(async (request: string, flags: AskFlags) => {
      const config = configWithToday(flags.today);
      // Loaded on demand: ADK takes seconds to import, which no other command should pay for.
      const { Conversation } = await import('../../agents/runtime/conversation.js');
      const { firstToolError, parsedSpec } = await import('../../agents/runtime/tool_errors.js');
      const progress = createAgentProgress(!flags.json && process.stderr.isTTY === true);
      const conversation = await Conversation.start({ config });
      const turn = await conversation.send(request, progress.onEvent).finally(progress.stop);
      await closeWorkerPool();
      await (await import('../../memory/shared_repository.js')).closeSharedExperimentRepositories();
      const results = (turn.state[STATE_KEYS.backtestResults] as BacktestResult[] | null) ?? [];
      const report = turn.state[STATE_KEYS.report] as string | null;
      const failure = firstToolError(turn.events);
      const failed = !report && failure !== undefined;
      if (failed) process.exitCode = 1;
      if (flags.json) {
        const output = failed
          ? { spec: parsedSpec(turn.events), error: failure.error }
          : { spec: turn.state[STATE_KEYS.spec] ?? null, results, report: report ?? turn.reply, experiment: turn.state[STATE_KEYS.experiment] ?? null };
        process.stdout.write(`${JSON.stringify(output)}\n`);
        return;
      }
      const lines = [turn.reply];
      if (report && flags.chart && results.length > 0) lines.push('', renderEquityChart(chartedResults(results)));
      const saved = turn.state[STATE_KEYS.experiment] as { id?: number; error?: { message: string } } | null | undefined;
      if (saved?.id !== undefined) lines.push('', pc.dim(`Saved as experiment ${saved.id} (btp experiments show ${saved.id}).`));
      else if (saved?.error) lines.push('', pc.yellow(`Not saved: ${saved.error.message}`));
      for (const error of turn.errors) lines.push(pc.red(`${error.author}: ${error.code} ${error.message}`));
      process.stdout.write(`${lines.join('\n')}\n`);
    }, jsonFlagOf));
}
