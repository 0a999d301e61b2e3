import type { Command } from 'commander';
import { loadConfig } from '../../adk.config.js';
import { startBtpServer } from '../../server/btp_server.js';
import { loadServerConfig } from '../../server/server_config.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { runCommand } from '../command_runner.js';

function parsePort(raw: string): number {
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65_535) throw new BacktestPilotError('bad_flag', `--port must be a whole number from 0 to 65535, got "${raw}"`);
  return Number(raw);
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the API server: ADK\'s /run, /run_sse and session routes with API keys, limits, health, metrics, logs and traces')
    .option('--port <port>', 'port to listen on (default PORT or 8080)', parsePort)
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1; 0.0.0.0 in the container)')
    .action(runCommand(async (options: { port?: number; host?: string }) => {
      // The user's words go into spans only when content capture is asked for explicitly.
      process.env.ADK_CAPTURE_MESSAGE_CONTENT_IN_SPANS ??= 'false';
      const server = await startBtpServer({ app: loadConfig(), server: loadServerConfig(process.env, options) });
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          server.close().then(resolve, resolve);
        };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
      // Batch span processors and database drivers keep timers; the drain has finished with them.
      process.exit(process.exitCode ?? 0);
    }));
}
