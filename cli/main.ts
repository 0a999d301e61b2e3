#!/usr/bin/env node
import { Command } from 'commander';
import { z } from 'zod';
import { loadConfig, marketDataSettingsOf } from '../adk.config.js';
import { configureMarketData } from '../tools/data/data_settings.js';
import { BacktestPilotError, isBacktestPilotError } from '../tools/errors.js';
import { endQuietlyOnClosedPipe } from './closed_pipe.js';
import { COMMANDS, isCommandName, type CommandName } from './command_registry.js';
import { hoistFlags } from './hoist_flags.js';
import { exitIfLingering } from './lingering_exit.js';
import { reportError } from './report_error.js';
import { handleCommanderError, reportUsageErrorsInOneLine } from './usage_errors.js';

endQuietlyOnClosedPipe();
// zod's compiled fast paths (a Function built per object schema on its first parse) cost more to
// build than they save in a command that parses a few values once; in btp serve a parse is
// microseconds against a run's seconds either way.
z.config({ jitless: true });

const program = new Command()
  .name('btp')
  .description('BackTestPilot: plain-English trading requests in, backtested and risk-ranked strategies out')
  .option('--drop-invalid', 'drop data rows that break a rule (and list each in the notes) instead of failing; also BTP_DATA_INVALID=drop')
  .option('--offline', 'no network access: data missing locally is data_unavailable at once; also BTP_OFFLINE=1')
  .hook('preAction', () => {
    const flags = program.opts<{ dropInvalid?: boolean; offline?: boolean }>();
    if (flags.dropInvalid) process.env.BTP_DATA_INVALID = 'drop';
    if (flags.offline) process.env.BTP_OFFLINE = '1';
    try {
      // Every command's loads honour the data settings, whichever code path makes them.
      // An on-demand fetch's progress lines go to stderr, so stdout stays the result.
      configureMarketData({ ...marketDataSettingsOf(loadConfig()), onProgress: (line) => process.stderr.write(`${line}\n`) });
    } catch (error) {
      if (isBacktestPilotError(error)) throw error;
      throw new BacktestPilotError('bad_config', error instanceof Error ? error.message : String(error));
    }
  })
  // `btp portfolio optimize` shares flag names with `btp portfolio`: flags belong to the command they follow.
  .enablePositionalOptions();
reportUsageErrorsInOneLine(program);

/** The command this run names: the first argument, or `help <command>`'s. */
function requestedCommand(args: readonly string[]): CommandName | undefined {
  const [first, second] = args;
  if (first === 'help') return isCommandName(second) ? second : undefined;
  return isCommandName(first) ? first : undefined;
}

// The data flags are the program's own, written before the command (`btp --offline ask …`) or
// anywhere after it (`btp ask "…" --offline`): commander sees them first either way.
const GLOBAL_FLAGS = new Set(['--offline', '--drop-invalid']);
const argv = hoistFlags(process.argv, GLOBAL_FLAGS);
const requested = requestedCommand(argv.slice(2).filter((arg) => !GLOBAL_FLAGS.has(arg)));
if (requested) {
  // Only the command that runs is loaded: the rest of the CLI (and ADK) stays on disk.
  (await COMMANDS[requested].register())(program);
} else {
  // The top-level help (or an unknown command's error) lists every command from the registry.
  const terms = new Map<string, string>();
  for (const [name, entry] of Object.entries(COMMANDS)) {
    program.command(name).description(entry.description);
    terms.set(name, entry.term);
  }
  const help = program.createHelp();
  program.configureHelp({ subcommandTerm: (command) => terms.get(command.name()) ?? help.subcommandTerm(command) });
}

try {
  await program.parseAsync(argv);
} catch (error) {
  // Commander's usage errors, then option parsers' typed errors (they run before a command's own handling).
  if (!handleCommanderError(program, error, process.argv.slice(2))) {
    if (!isBacktestPilotError(error)) throw error;
    reportError(error.toJSON(), process.argv.includes('--json'));
  }
}
exitIfLingering();
