#!/usr/bin/env node
import { Command } from 'commander';
import { isBacktestPilotError } from '../tools/errors.js';
import { registerAskCommand } from './commands/ask.js';
import { registerBacktestCommand } from './commands/backtest.js';
import { registerChatCommand } from './commands/chat.js';
import { registerExperimentsCommand } from './commands/experiments.js';
import { registerOptimizeCommand } from './commands/optimize.js';
import { registerEvalCommand } from './commands/eval.js';
import { registerParseCommand } from './commands/parse.js';
import { registerReportCommand } from './commands/report.js';
import { registerSymbolsCommand } from './commands/symbols.js';

const program = new Command()
  .name('btp')
  .description('BackTestPilot: plain-English trading requests in, backtested and risk-ranked strategies out')
  .showHelpAfterError();

registerAskCommand(program);
registerChatCommand(program);
registerParseCommand(program);
registerBacktestCommand(program);
registerOptimizeCommand(program);
registerSymbolsCommand(program);
registerExperimentsCommand(program);
registerReportCommand(program);
registerEvalCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Option parsers run before a command's own error handling; report their errors the same way.
  if (!isBacktestPilotError(error)) throw error;
  process.exitCode = 1;
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ error: error.toJSON() })}\n`);
  else process.stderr.write(`error [${error.code}]: ${error.message}\n`);
}
