#!/usr/bin/env node
import { Command } from 'commander';
import { loadConfig, marketDataSettingsOf } from '../adk.config.js';
import { configureMarketData } from '../tools/data/data_settings.js';
import { BacktestPilotError, isBacktestPilotError } from '../tools/errors.js';
import { registerDataCommand } from './commands/data.js';
import { registerAskCommand } from './commands/ask.js';
import { registerBacktestCommand } from './commands/backtest.js';
import { registerChatCommand } from './commands/chat.js';
import { registerExperimentsCommand } from './commands/experiments.js';
import { registerOptimizeCommand } from './commands/optimize.js';
import { registerEvalCommand } from './commands/eval.js';
import { registerParseCommand } from './commands/parse.js';
import { registerSymbolsCommand } from './commands/symbols.js';

const program = new Command()
  .name('btp')
  .description('BackTestPilot: plain-English trading requests in, backtested and risk-ranked strategies out')
  .showHelpAfterError()
  .option('--drop-invalid', 'drop data rows that break a rule (and list each in the notes) instead of failing; also BTP_DATA_INVALID=drop')
  .option('--offline', 'no network access: data missing locally is data_unavailable at once; also BTP_OFFLINE=1')
  .hook('preAction', () => {
    const flags = program.opts<{ dropInvalid?: boolean; offline?: boolean }>();
    if (flags.dropInvalid) process.env.BTP_DATA_INVALID = 'drop';
    if (flags.offline) process.env.BTP_OFFLINE = '1';
    try {
      // Every command's loads honour the data settings, whichever code path makes them.
      configureMarketData(marketDataSettingsOf(loadConfig()));
    } catch (error) {
      throw new BacktestPilotError('bad_input', error instanceof Error ? error.message : String(error));
    }
  });

registerAskCommand(program);
registerChatCommand(program);
registerParseCommand(program);
registerBacktestCommand(program);
registerOptimizeCommand(program);
registerSymbolsCommand(program);
registerDataCommand(program);
registerExperimentsCommand(program);
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
