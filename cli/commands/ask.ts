import type { Command } from 'commander';
import pc from 'picocolors';
import { createMemorySession, STATE } from '../../agents/tools/session_state.js';
import { readState } from '../../agents/tools/state_key.js';
import { HYBRID_NO_KEY_HINT } from '../../agents/models/hybrid_hint.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { createAgentProgress } from '../agent_progress.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { MAX_MESSAGE_LENGTH, requestTooLong } from '../../tools/request/parse_request.js';
import { EXIT_FAILED, exitCodeOf } from '../exit_codes.js';
import { reportError, reportSaveFailure } from '../report_error.js';
import { renderTerminal } from '../../tools/report/render_terminal.js';
import { requestedOutputFiles } from '../../tools/report/requested_outputs.js';
import { describeWrittenFiles, reportFileRequest, withReportFileOptions, writeRequestedReportFiles, type ReportFileFlags } from '../report_options.js';
import { configWithToday } from '../today_option.js';
import { COMMANDS } from '../command_registry.js';

interface AskFlags extends ReportFileFlags {
  md?: string;
  today?: string;
  json?: boolean;
  chart: boolean;
}

const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;

export function registerAskCommand(program: Command): void {
  withReportFileOptions(program
    .command('ask')
    .description(COMMANDS.ask.description)
    .argument('<request>', 'e.g. "Compare SMA vs RSI on BTC and ETH from 2021 to 2024, target Sharpe > 1.5"')
    .option('--today <date>', 'resolve relative dates ("last year") against this day, YYYY-MM-DD')
    .option('--no-chart', 'do not draw the equity chart')
    .option('--md <file>', 'write the report as Markdown')
    .option('--json', 'print {"spec", "results", "portfolio", "optimization", "weight_search", "queued_search", "report", "experiment", "files"} as JSON'))
    .action(runCommand(async (request: string, flags: AskFlags) => {
      if (request.length > MAX_MESSAGE_LENGTH) throw requestTooLong(request);
      const config = configWithToday(flags.today);
      // Loaded on demand: ADK takes seconds to import, which no other command should pay for.
      const { Conversation } = await import('../../agents/runtime/conversation.js');
      const { firstToolError, parsedSpec } = await import('../../agents/runtime/tool_errors.js');
      const progress = createAgentProgress(!flags.json && process.stderr.isTTY === true);
      const conversation = await Conversation.start({ config });
      const turn = await conversation.send(request, progress.onEvent).finally(progress.stop);
      await closeWorkerPool();
      await (await import('../../memory/shared_repository.js')).closeSharedExperimentRepositories();
      const { state } = createMemorySession(turn.state);
      const report = readState(state, STATE.report);
      const document = readState(state, STATE.reportDocument);
      const saved = readState(state, STATE.experiment);
      // Files the flags name, then those the request asked for in words ("… and give me an HTML report").
      const files = document
        ? await writeRequestedReportFiles(document, { ...requestedOutputFiles(document.requested_outputs, saved?.id), ...definedOnly(reportFileRequest(flags, flags.md)) })
        : [];
      const failure = firstToolError(turn.events);
      const failed = !report && failure !== undefined;
      if (flags.json) {
        if (failed) process.exitCode = exitCodeOf(failure.error);
        const output = failed
          ? { spec: parsedSpec(turn.events), error: failure.error }
          : {
            spec: readState(state, STATE.spec) ?? null, results: readState(state, STATE.backtestResults) ?? [],
            // The portfolio run (what `btp portfolio --json` prints) and its weight search, when the request had them.
            portfolio: readState(state, STATE.portfolio)?.result ?? null,
            optimization: readState(state, STATE.optimization) ?? null, weight_search: readState(state, STATE.weightSearch) ?? null,
            // An exhaustive search queued on the worker fleet instead of run: its sweeps, to poll with btp sweep status.
            queued_search: readState(state, STATE.queuedSearch) ?? null,
            report: report ?? turn.reply, experiment: saved ?? null, files,
          };
        process.stdout.write(`${JSON.stringify(output)}\n`);
      } else if (failed) {
        // The agents' reply says the same in a sentence; a script reads the code from stderr.
        reportError(failure.error, false);
        // The agents' reply carries this only under BTP_MODEL=hybrid without a key: say how to let Gemini try.
        if (turn.reply.includes(HYBRID_NO_KEY_HINT)) process.stderr.write(`${HYBRID_NO_KEY_HINT}\n`);
      } else {
        const lines = [turn.reply];
        if (report && document && flags.chart && document.runs.length > 0) lines.push('', renderTerminal(document, { table: false }));
        if (files.length > 0) lines.push('', ...describeWrittenFiles(files));
        if (saved?.id !== undefined) lines.push('', pc.dim(`Saved as experiment ${saved.id} (btp experiments show ${saved.id}).`));
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      if (saved?.error) reportSaveFailure(saved.error);
      for (const error of turn.errors) {
        process.exitCode = EXIT_FAILED;
        process.stderr.write(`error [${error.code}]: ${error.author}: ${error.message}\n`);
      }
    }, jsonFlagOf));
}
