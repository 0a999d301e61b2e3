import type { Command } from 'commander';

/**
 * Every `btp` command: how the top-level help lists it, and how to load it. A command's module (and
 * whatever it imports: the engine, the store, ADK) loads only when that command runs, so
 * `btp --help` and `btp symbols` do not pay for the agent stack.
 */
export interface CommandEntry {
  /** The term the top-level help shows, e.g. `ask [options] <request>`. */
  term: string;
  description: string;
  register: () => Promise<(program: Command) => void>;
}

export const COMMANDS = {
  ask: {
    term: 'ask [options] <request>',
    description: 'Run a plain-English request end to end through the agents: parse, validate, backtest, rank, optimise, report',
    register: async () => (await import('./commands/ask.js')).registerAskCommand,
  },
  chat: {
    term: 'chat [options]',
    description: 'A multi-turn conversation with the agents in the terminal: follow-ups keep the earlier request, and the session survives a restart',
    register: async () => (await import('./commands/chat.js')).registerChatCommand,
  },
  parse: {
    term: 'parse [options] [text]',
    description: 'Turn a plain-English request into the request spec and check it against the data, without running it',
    register: async () => (await import('./commands/parse.js')).registerParseCommand,
  },
  backtest: {
    term: 'backtest [options]',
    description: 'Backtest strategies on symbols and rank them',
    register: async () => (await import('./commands/backtest.js')).registerBacktestCommand,
  },
  optimize: {
    term: 'optimize [options]',
    description: 'Tune a strategy\'s parameters on one symbol: searches the first 70% of the window, checks the pick on the last 30%, reports the deflated Sharpe ratio',
    register: async () => (await import('./commands/optimize.js')).registerOptimizeCommand,
  },
  symbols: {
    term: 'symbols [options]',
    description: 'List the symbols in the data directory with their interval, first and last date, and bar count',
    register: async () => (await import('./commands/symbols.js')).registerSymbolsCommand,
  },
  experiments: {
    term: 'experiments',
    description: 'Saved experiments (every agent run is saved to BTP_DB): list, show, best, rerun, delete',
    register: async () => (await import('./commands/experiments.js')).registerExperimentsCommand,
  },
  eval: {
    term: 'eval',
    description: 'Agent evals: record conversations as ADK eval cases, then replay and score them',
    register: async () => (await import('./commands/eval.js')).registerEvalCommand,
  },
} as const satisfies Record<string, CommandEntry>;

export type CommandName = keyof typeof COMMANDS;

export function isCommandName(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}
