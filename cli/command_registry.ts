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
  report: {
    term: 'report [options] <experiment-id>',
    description: 'Rebuild the report of a saved experiment from the store (no re-run): Markdown on screen, or HTML, charts and trades as files',
    register: async () => (await import('./commands/report.js')).registerReportCommand,
  },
  optimize: {
    term: 'optimize [options]',
    description: 'Tune a strategy\'s parameters on one symbol: searches the first 70% of the window, checks the pick on the last 30%, reports the deflated Sharpe ratio',
    register: async () => (await import('./commands/optimize.js')).registerOptimizeCommand,
  },
  portfolio: {
    term: 'portfolio [options] | portfolio optimize [options]',
    description: 'Backtest several symbols as one account (shared cash, target weights, rebalancing), or choose the weights (max Sharpe, min variance, risk parity, ...) on 70% and test them on 30%',
    register: async () => (await import('./commands/portfolio.js')).registerPortfolioCommand,
  },
  worker: {
    term: 'worker [options]',
    description: 'Join a worker fleet: take parameter-search jobs from Redis (BullMQ) and score them on this machine\'s cores until SIGTERM',
    register: async () => (await import('./commands/worker.js')).registerWorkerCommand,
  },
  sweep: {
    term: 'sweep --symbols … [--strategies …] [--intervals …] [--queue …] | sweep --resume <id> | sweep status|cancel <id> | sweep list',
    description: 'Batch backtests: every strategy on every symbol at every interval, ranked, here or on a worker fleet (--queue); and fleet sweeps (this and btp optimize --queue): resume one after its coordinator stopped, show its progress, cancel it (finished jobs are kept), list them',
    register: async () => (await import('./commands/sweep.js')).registerSweepCommand,
  },
  symbols: {
    term: 'symbols [options]',
    description: 'List the symbols in the data directory with their interval, first and last date, and bar count',
    register: async () => (await import('./commands/symbols.js')).registerSymbolsCommand,
  },
  data: {
    term: 'data <fetch|update|list>',
    description: 'Fetch OHLCV history into your data folder (crypto through ccxt, Binance by default; equities from Yahoo), append new bars, list every series with its source',
    register: async () => (await import('./commands/data.js')).registerDataCommand,
  },
  experiments: {
    term: 'experiments',
    description: 'Saved experiments (every run is saved to BTP_DB, or BTP_DATABASE_URL): list, show, best, rerun, delete, check, backup',
    register: async () => (await import('./commands/experiments.js')).registerExperimentsCommand,
  },
  eval: {
    term: 'eval',
    description: 'Agent evals: record conversations as ADK eval cases, then replay and score them',
    register: async () => (await import('./commands/eval.js')).registerEvalCommand,
  },
  serve: {
    term: 'serve [options]',
    description: 'Run the API server: ADK\'s /run, /run_sse and session routes with API keys, limits, health, metrics, logs and traces',
    register: async () => (await import('./commands/serve.js')).registerServeCommand,
  },
  keys: {
    term: 'keys',
    description: 'Manage the API keys btp serve accepts (stored hashed): create, list, revoke',
    register: async () => (await import('./commands/keys.js')).registerKeysCommand,
  },
} as const satisfies Record<string, CommandEntry>;

export type CommandName = keyof typeof COMMANDS;

export function isCommandName(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}
