/**
 * The README's sample outputs, generated from real runs (`npm run docs`), and the check that keeps
 * them from drifting (docs/readme_samples.test.ts). A sample is the fenced block after a
 * `<!-- readme-sample: NAME -->` line; its text is what the command prints, on the bundled data, in
 * a fresh experiment store. Only timings and save times vary from run to run: the check masks them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBtp } from '../test/faults/run_btp.js';
import buildCliWhenStale from '../test/built_cli_setup.js';
import { ERROR_EXIT_CODES, EXIT_BAD_INPUT, EXIT_FAILED } from '../cli/exit_codes.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const README_PATH = path.join(REPO_ROOT, 'README.md');

/** One command of a sample, run in the sample's own fresh store. */
export interface SampleStep {
  args: string[];
  /** The command line shown above its output, when the README shows one. */
  shown?: string;
  /** The exit code the command must end with (default 0): error samples show a refusal. */
  exit?: number;
  /** Added to the environment, e.g. a bad BTP_TODAY. */
  env?: Record<string, string>;
  /** Run for its effect only (e.g. save an experiment to list): nothing of it is shown. */
  quiet?: boolean;
}

export interface ReadmeSample {
  name: string;
  /** Run in order against one store; each shows its command line (if any), then what it printed. */
  steps: SampleStep[];
}

export const README_SAMPLES: readonly ReadmeSample[] = [
  { name: 'ask', steps: [{ args: ['ask', 'Compare SMA vs RSI on BTC and ETH from 2021 to 2024, target Sharpe > 1.5'] }] },
  { name: 'sweep', steps: [{ args: ['sweep', '--symbols', 'all', '--intervals', '1d,1h', '--top', '5'], shown: '$ btp sweep --symbols all --intervals 1d,1h --top 5' }] },
  {
    name: 'parse',
    steps: [{
      args: ['parse', '--today', '2025-11-20', 'I can\'t stomach a drawdown over 30%, sma 10 40 on hourly BTC since March 2024 with a wobbly flux capacitor'],
      shown: '$ btp parse --today 2025-11-20 "I can\'t stomach a drawdown over 30%, sma 10 40 on hourly BTC since March 2024 with a wobbly flux capacitor"',
    }],
  },
  {
    name: 'optimize',
    steps: [{ args: ['optimize', '--symbol', 'BTC', '--strategy', 'sma_crossover', '--from', '2018-01-01', '--to', '2024-12-31'], shown: '$ btp optimize --symbol BTC --strategy sma_crossover --from 2018-01-01 --to 2024-12-31' }],
  },
  {
    name: 'portfolio',
    steps: [{
      args: ['portfolio', '--symbols', 'BTC,ETH', '--weights', '0.6,0.4', '--rebalance', 'monthly', '--from', '2020-01-01', '--to', '2023-12-31'],
      shown: '$ btp portfolio --symbols BTC,ETH --weights 0.6,0.4 --rebalance monthly --from 2020-01-01 --to 2023-12-31',
    }],
  },
  {
    name: 'refusals',
    steps: [
      { args: ['backtest', '--symbols', 'BTC', '--bogus'], shown: '$ btp backtest --symbols BTC --bogus', exit: 2 },
      { args: ['symbols'], env: { BTP_TODAY: 'garbage' }, shown: '$ BTP_TODAY=garbage btp symbols', exit: 2 },
      { args: ['backtest', '--symbols', 'BTC', '--capital', '0x10'], shown: '$ btp backtest --symbols BTC --capital 0x10', exit: 2 },
      { args: ['experiments', 'delete', '1e0'], shown: '$ btp experiments delete 1e0', exit: 2 },
    ],
  },
  {
    name: 'experiments',
    steps: [
      { args: ['ask', 'Compare SMA vs RSI on BTC and ETH for 2022'], quiet: true },
      { args: ['ask', 'Backtest MACD on ETH for 2023'], quiet: true },
      { args: ['experiments', 'list'], shown: '$ btp experiments list' },
      { args: ['experiments', 'best', '--metric', 'sharpe_ratio', '--symbol', 'ETH', '--days', '7'], shown: '$ btp experiments best --metric sharpe_ratio --symbol ETH --days 7' },
      {
        args: ['experiments', 'best', '--metric', 'sharpe_ratio', '--symbol', 'ETH', '--days', '7', '--include-baselines'],
        shown: '$ btp experiments best --metric sharpe_ratio --symbol ETH --days 7 --include-baselines',
      },
      { args: ['experiments', 'rerun', '1'], shown: '$ btp experiments rerun 1' },
    ],
  },
];

const MARKER = /<!-- readme-sample: ([a-z0-9_-]+) -->\n```[a-z]*\n([\s\S]*?)```/g;

/** The samples the README holds now, by name. */
export function readmeSamples(readme = readFileSync(README_PATH, 'utf8')): Map<string, string> {
  return new Map([...readme.matchAll(MARKER)].map((match) => [match[1]!, match[2]!]));
}

const SAMPLE_ENV = {
  BTP_DATA_DIR: path.join(REPO_ROOT, 'data', 'sample'), BTP_SESSION_URI: 'memory://',
  BTP_MODEL: 'offline-rules', NO_COLOR: '1', BTP_FETCH_ON_DEMAND: '0', BTP_TODAY: '2026-11-24',
};

function trimmed(text: string): string {
  return text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n+$/, '');
}

/** What a sample's block should hold: its commands' output on the bundled data, in a fresh store. */
export async function renderSample(sample: ReadmeSample): Promise<string> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'btp-readme-'));
  try {
    const shown: string[] = [];
    for (const step of sample.steps) {
      const outcome = await runBtp(step.args, { ...SAMPLE_ENV, BTP_DB: path.join(scratch, 'experiments.db'), ...step.env });
      const expected = step.exit ?? 0;
      if (outcome.code !== expected) throw new Error(`btp ${step.args.join(' ')} exited ${outcome.code}, not ${expected}: ${outcome.stderr}`);
      if (step.quiet) continue;
      if (step.shown) shown.push(step.shown);
      // A refusal is shown as a terminal shows it (its error is on stderr); a success by its output alone.
      for (const stream of expected === 0 ? [outcome.stdout] : [outcome.stdout, outcome.stderr]) if (trimmed(stream) !== '') shown.push(trimmed(stream));
    }
    return `${shown.join('\n')}\n`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Timings ("in 1.1 s", "ran in 621 ms") and the minute an experiment was saved ("2026-12-04 07:47")
 * are the only parts of a sample that change between runs.
 */
export function maskTimings(text: string): string {
  return text.replace(/\b\d+(?:\.\d+)? (?:s|ms)\b/g, '<time>').replace(/\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}\b/g, '<saved at>');
}

const EXIT_TABLE_MARKER = '<!-- readme-table: exit-codes -->\n';

/** The exit-code table, from the one table the CLI exits by: every error code is in it, under its exit code. */
export function exitCodeTable(): string {
  const codes = (exit: number, keep: (code: string) => boolean = () => true) => ERROR_EXIT_CODES
    .filter(([code, codeExit]) => codeExit === exit && keep(code)).map(([code]) => `\`${code}\``).join(', ');
  return [
    '| exit | when | codes |',
    '|---|---|---|',
    '| 0 | the command did everything it says, including saving the run | – |',
    `| 2 | a usage error: unknown option or command, missing argument; one line plus \`see btp <cmd> --help\` | \`usage\` |`,
    `| 2 | bad input: a value, name, id, date or window that cannot be used | ${codes(EXIT_BAD_INPUT, (code) => code !== 'usage')} |`,
    `| 1 | anything else failed: a data file, the experiment store, the queue, an agent's model, the server's limits, a result that could not be saved | ${codes(EXIT_FAILED)} |`,
  ].join('\n');
}

/** The exit-code table the README holds now. */
export function readmeExitCodeTable(readme = readFileSync(README_PATH, 'utf8')): string | undefined {
  const at = readme.indexOf(EXIT_TABLE_MARKER);
  if (at < 0) return undefined;
  const start = at + EXIT_TABLE_MARKER.length;
  const end = readme.indexOf('\n\n', start);
  return readme.slice(start, end);
}

async function writeSamples(): Promise<void> {
  let readme = readFileSync(README_PATH, 'utf8');
  const table = readmeExitCodeTable(readme);
  if (table === undefined) throw new Error(`README.md has no ${EXIT_TABLE_MARKER.trim()} line`);
  readme = readme.replace(`${EXIT_TABLE_MARKER}${table}`, `${EXIT_TABLE_MARKER}${exitCodeTable()}`);
  for (const sample of README_SAMPLES) {
    const rendered = await renderSample(sample);
    const marker = `<!-- readme-sample: ${sample.name} -->\n`;
    const at = readme.indexOf(marker);
    if (at < 0) throw new Error(`README.md has no ${marker.trim()} line`);
    const open = readme.indexOf('\n', at + marker.length) + 1;
    const close = readme.indexOf('```', open);
    readme = `${readme.slice(0, open)}${rendered}${readme.slice(close)}`;
    process.stdout.write(`README sample "${sample.name}": ${rendered.split('\n').length} lines\n`);
  }
  writeFileSync(README_PATH, readme);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The samples come from the built bin (test/btp_command.ts): never from one older than the sources.
  buildCliWhenStale();
  await writeSamples();
}
