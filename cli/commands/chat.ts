import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import pc from 'picocolors';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { createAgentProgress } from '../agent_progress.js';
import { runCommand } from '../command_runner.js';
import { configWithToday } from '../today_option.js';

const EXIT_WORDS = new Set(['exit', 'quit', ':q']);

export function registerChatCommand(program: Command): void {
  program
    .command('chat')
    .description('A multi-turn conversation with the agents in the terminal: follow-ups keep the earlier request')
    .option('--today <date>', 'resolve relative dates against this day, YYYY-MM-DD')
    .action(runCommand(async (flags: { today?: string }) => {
      const config = configWithToday(flags.today);
      // Loaded on demand: ADK takes seconds to import, which no other command should pay for.
      const { Conversation } = await import('../../agents/runtime/conversation.js');
      const { HELP_TEXT } = await import('../../agents/models/planners/user_planner.js');
      const conversation = await Conversation.start({ config });
      const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
      process.stdout.write(`${pc.bold('BackTestPilot')} — type a request, a follow-up, or "exit".\n${pc.dim(HELP_TEXT)}\n`);
      try {
        for (;;) {
          let line: string;
          try {
            line = (await terminal.question(pc.cyan('\n› '))).trim();
          } catch {
            break; // stdin closed
          }
          if (EXIT_WORDS.has(line.toLowerCase())) break;
          if (!line) continue;
          const progress = createAgentProgress();
          const turn = await conversation.send(line, progress.onEvent).finally(progress.stop);
          process.stdout.write(`\n${turn.reply}\n`);
        }
      } finally {
        terminal.close();
        await closeWorkerPool();
      }
    }));
}
