/**
 * The structured log for agent events: pino JSON lines on stderr (stdout stays free for CLI output
 * and JSON results). The level comes from BTP_LOG_LEVEL through loadConfig: `warn` by default, so
 * normal runs print nothing; `info` shows every agent start and finish.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import { loadConfig, type LogLevelName } from '../../adk.config.js';

export type AgentLogger = Logger;

export function createAgentLogger(options: { level?: LogLevelName; destination?: DestinationStream } = {}): AgentLogger {
  return pino(
    { level: options.level ?? loadConfig().logLevel, base: { service: 'backtestpilot' } },
    options.destination ?? pino.destination({ dest: 2, sync: true }),
  );
}
