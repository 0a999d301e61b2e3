import type { Command } from 'commander';
import pc from 'picocolors';
import { MarketDataModeSchema, type MarketDataMode } from '../../evals/evalset/eval_set.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { COMMANDS } from '../command_registry.js';

interface RecordFlags {
  followUp?: string[];
  out: string;
  today?: string;
  id?: string;
  replace?: boolean;
  model: string;
  marketData?: MarketDataMode;
}

interface RerecordFlags {
  case?: string[];
  model: string;
}

interface RunFlags {
  model: string;
  config?: string;
  case?: string[];
  recordGemini?: string;
  replayGemini?: string;
  json?: boolean;
}

const collectText = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** `--market-data`: one of the modes, else an error listing them. */
export function parseMarketDataOption(value: string): MarketDataMode {
  const parsed = MarketDataModeSchema.safeParse(value);
  if (!parsed.success) {
    throw new BacktestPilotError('bad_flag', `--market-data must be one of ${MarketDataModeSchema.options.join(', ')}, got "${value}"`, { value });
  }
  return parsed.data;
}

const MODEL_HELP = 'offline (the built-in deterministic model) or a Gemini model such as gemini-2.5-flash (needs GOOGLE_API_KEY or GEMINI_API_KEY)';

export function registerEvalCommand(program: Command): void {
  const evalCommand = program
    .command('eval')
    .description(COMMANDS.eval.description);

  evalCommand
    .command('record')
    .description('Run a request (and its follow-ups) through the agents and add it to an eval set as a case to review and commit')
    .argument('<request>', 'the first user message, e.g. "Backtest SMA 20/50 on BTC for 2022"')
    .option('--follow-up <text>', 'a later user message in the same conversation; repeat for more turns', collectText)
    .requiredOption('--out <file>', 'the eval set to add the case to, e.g. evals/follow_ups.evalset.json (created if missing)')
    .option('--today <date>', 'resolve relative dates against this day, YYYY-MM-DD (default: "today" of test_config.json beside the set)')
    .option('--id <eval_id>', 'the case id (default: the request in snake_case)')
    .option('--replace', 'overwrite a case with the same id')
    .option('--model <name>', MODEL_HELP, 'offline')
    .option('--market-data <mode>', 'local (the data folders, no fetch; default), replayed (an empty data folder fetching from recorded Binance/Yahoo responses) or offline (the sample, BTP_OFFLINE=1)', parseMarketDataOption)
    .action(runCommand(async (request: string, flags: RecordFlags) => {
      // Loaded on demand: ADK takes seconds to import, which no other command should pay for.
      const { recordCase } = await import('../../evals/recording/record_case.js');
      const { describeCase } = await import('../../evals/recording/describe_case.js');
      try {
        const outcome = await recordCase({
          requests: [request, ...(flags.followUp ?? [])], outFile: flags.out, model: flags.model,
          today: flags.today, evalId: flags.id, replace: flags.replace, marketData: flags.marketData,
        });
        process.stdout.write(`${describeCase(outcome.evalCase)}\n\n${pc.green(`${outcome.action} case ${outcome.evalCase.eval_id}`)} in ${flags.out} (${outcome.caseCount} cases). Review it (git diff ${flags.out}), then commit.\n`);
      } finally {
        await closeWorkerPool();
      }
    }));

  evalCommand
    .command('rerecord')
    .description('Record every case of eval sets again from their user turns (after an intended change), and list the cases whose expectations changed')
    .argument('<files...>', 'eval-set files')
    .option('--case <eval_id>', 'only this case; repeat for more', collectText)
    .option('--model <name>', MODEL_HELP, 'offline')
    .action(runCommand(async (files: string[], flags: RerecordFlags) => {
      const { rerecordEvalSet } = await import('../../evals/recording/rerecord_eval_set.js');
      try {
        for (const file of files) {
          const changes = await rerecordEvalSet({ file, model: flags.model, caseIds: flags.case });
          const changed = changes.filter((change) => change.changed).map((change) => change.eval_id);
          process.stdout.write(`${file}: ${changes.length} cases recorded again, ${changed.length} changed${changed.length > 0 ? `: ${changed.join(', ')}` : ''}\n`);
        }
      } finally {
        await closeWorkerPool();
      }
    }));

  evalCommand
    .command('run')
    .description('Replay every case through the agents and score tool calls, answers and errors against the recordings; exits 1 when a threshold is missed')
    .argument('[paths...]', 'eval-set files or folders holding *.evalset.json', ['evals'])
    .option('--model <name>', MODEL_HELP, 'offline')
    .option('--config <file>', 'thresholds for every set (default: test_config.json beside each set)')
    .option('--case <eval_id>', 'only this case; repeat for more', collectText)
    .option('--record-gemini <file>', 'run on the offline planner and write every model answer to <file> as Gemini API JSON')
    .option('--replay-gemini <file>', 'with --model gemini-*: answer the model\'s requests from <file> through an HTTP interceptor (no network, no key)')
    .option('--json', 'print the report as JSON: {"passed", "model", "sets", "cases": [{"id", "passed", "scores", "failures"}]}')
    .action(runCommand(async (paths: string[], flags: RunFlags) => {
      const { runEvals } = await import('../../evals/scoring/run_evals.js');
      const { renderSummary } = await import('../../evals/scoring/summary_table.js');
      const showProgress = !flags.json && process.stderr.isTTY === true;
      try {
        const evaluate = (model: string) => runEvals({
          paths, model, configFile: flags.config, caseIds: flags.case,
          onCase: showProgress ? (result) => process.stderr.write(`${result.passed ? pc.green('✓') : pc.red('✗')} ${result.eval_set_id} / ${result.id}\n`) : undefined,
        });
        const gemini = flags.recordGemini !== undefined || flags.replayGemini !== undefined ? await import('../../evals/gemini/eval_with_gemini.js') : undefined;
        const report = flags.recordGemini !== undefined ? await gemini!.recordingGemini(flags.recordGemini, paths, evaluate)
          : flags.replayGemini !== undefined ? await gemini!.replayingGemini(flags.replayGemini, flags.model, () => evaluate(flags.model))
            : await evaluate(flags.model);
        process.stdout.write(flags.json ? `${JSON.stringify(report)}\n` : `${renderSummary(report)}\n`);
        if (!report.passed) process.exitCode = 1;
      } finally {
        await closeWorkerPool();
      }
    }, jsonFlagOf));
}
