import { CommanderError, type Command } from 'commander';
import { EXIT_BAD_INPUT, EXIT_OK } from './exit_codes.js';

/** The subcommand the arguments name ("btp experiments delete"), for the `--help` hint. */
function commandPath(program: Command, args: readonly string[]): string {
  const names = [program.name()];
  let command = program;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    const next = command.commands.find((candidate) => candidate.name() === arg || candidate.aliases().includes(arg));
    if (!next) break;
    names.push(next.name());
    command = next;
  }
  return names.join(' ');
}

/**
 * Commander reports its own errors (unknown option, missing argument) and the bare help of a
 * command group; here they all become one line, `error [usage]: …`, the `--help` hint, exit 2.
 * Call before registering commands: subcommands inherit these settings.
 */
export function reportUsageErrorsInOneLine(program: Command): void {
  program.exitOverride().configureOutput({ writeErr: () => undefined, outputError: () => undefined });
}

/** True when `error` was a usage error (now reported) or a help/version request (exit 0). */
export function handleCommanderError(program: Command, error: unknown, args: readonly string[]): boolean {
  if (!(error instanceof CommanderError)) return false;
  if (error.exitCode === EXIT_OK) {
    process.exitCode = EXIT_OK;
    return true;
  }
  const path = commandPath(program, args);
  const message = error.code === 'commander.help'
    ? `${path} needs a command`
    : error.message.replace(/^error:\s*/, '');
  process.exitCode = EXIT_BAD_INPUT;
  process.stderr.write(`error [usage]: ${message}\nsee ${path} --help\n`);
  return true;
}
