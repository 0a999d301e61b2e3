import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import pc from 'picocolors';
import { createMemorySession, STATE } from '../../agents/tools/session_state.js';
import { readState } from '../../agents/tools/state_key.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { createAgentProgress } from '../agent_progress.js';
import { runCommand } from '../command_runner.js';
import { configWithToday } from '../today_option.js';
import { COMMANDS } from '../command_registry.js';

const EXIT_WORDS = new Set(['exit', 'quit', ':q']);
/** Whose sessions `btp chat` opens: one local user, so `--session <id>` is all a resume needs. */
const LOCAL_USER = 'local_user';

interface ChatFlags {
  today?: string;
  session?: string;
}

interface TurnEvent {
  actions?: { stateDelta?: Record<string, unknown> };
}

/** Where this turn's run was saved, or why it was not; nothing when the turn ran no backtest. */
function experimentLine(events: readonly TurnEvent[]): string | undefined {
  const delta = events.findLast((event) => event.actions?.stateDelta?.[STATE.experiment.name] !== undefined)?.actions?.stateDelta;
  const saved = delta === undefined ? undefined : readState(createMemorySession(delta).state, STATE.experiment);
  if (saved?.id !== undefined) return pc.dim(`(saved as experiment #${saved.id})`);
  if (saved?.error) return pc.yellow(`(not saved [${saved.error.code}]: ${saved.error.message})`);
  return undefined;
}

export function registerChatCommand(program: Command): void {
  program
    .command('chat')
    .description(COMMANDS.chat.description)
    .option('--today <date>', 'resolve relative dates against this day, YYYY-MM-DD')
    .option('--session <id>', 'resume this conversation (or start one with this id); sessions live in BTP_SESSION_URI')
    .action(runCommand(async (flags: ChatFlags) => {
      const config = configWithToday(flags.today);
      // Loaded on demand: ADK takes seconds to import, which no other command should pay for.
      const { Conversation } = await import('../../agents/runtime/conversation.js');
      const { HELP_TEXT } = await import('../../agents/models/planners/user_planner.js');
      const { startSessionService, parseSessionId } = await import('../../agents/runtime/session_service.js');
      const { closeSharedExperimentRepositories } = await import('../../memory/shared_repository.js');
      const sessionId = flags.session === undefined ? undefined : parseSessionId(flags.session);
      const sessions = await startSessionService(config.sessionServiceUri);
      let terminal: ReturnType<typeof createInterface> | undefined;
      try {
        const earlier = sessionId === undefined ? undefined : await sessions.service.getSession({ appName: config.appName, userId: LOCAL_USER, sessionId });
        const conversation = await Conversation.start({ config, sessionService: sessions.service, userId: LOCAL_USER, sessionId });
        const status = earlier
          ? `resumed session ${conversation.sessionId} (${earlier.events.filter((event) => event.author === 'user').length} earlier message(s))`
          : `session ${conversation.sessionId}; resume it later with: btp chat --session ${conversation.sessionId}`;
        process.stdout.write(`${pc.bold('BackTestPilot')} — type a request, a follow-up, or "exit".\n${pc.dim(status)}\n${pc.dim(HELP_TEXT)}\n`);
        // Created just before the loop reads it: lines (and the end of piped input) that arrive
        // earlier are buffered by stdin, not emitted to an interface nobody is iterating yet.
        terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
        terminal.setPrompt(pc.cyan('\n› '));
        terminal.prompt();
        for await (const raw of terminal) {
          const line = raw.trim();
          if (EXIT_WORDS.has(line.toLowerCase())) break;
          if (line) {
            const progress = createAgentProgress();
            const turn = await conversation.send(line, progress.onEvent).finally(progress.stop);
            const saved = experimentLine(turn.events);
            process.stdout.write(`\n${turn.reply}\n${saved ? `${saved}\n` : ''}`);
          }
          terminal.prompt();
        }
      } finally {
        terminal?.close();
        await closeWorkerPool();
        await sessions.close();
        await closeSharedExperimentRepositories();
      }
    }));
}
