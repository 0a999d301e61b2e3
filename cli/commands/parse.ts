import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import pc from 'picocolors';
import { loadConfig } from '../../adk.config.js';
import { csvFolderSource } from '../../tools/data/index.js';
import type { SymbolInfo } from '../../tools/data/types.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { describeRequestSpec, parseRequest, validateRequestSpec, type SpecOutcome } from '../../tools/request/index.js';
import { readIsoDate } from '../../tools/dates/iso_date.js';
import { jsonFlagOf, runCommand } from '../command_runner.js';
import { exitCodeOf } from '../exit_codes.js';
import { reportError } from '../report_error.js';
import { collect } from '../option_parsers.js';
import { COMMANDS } from '../command_registry.js';

interface ParseFlags {
  today?: string;
  history?: string[];
  json?: boolean;
  jsonl?: boolean;
}

export interface ParseContext {
  /** Used when a request does not bring its own `today`. */
  today: string;
  symbols: readonly SymbolInfo[];
}

/** Parse, then check against the data: what `btp parse` reports for one request. */
export function parseAndValidate(text: string, history: readonly string[], context: ParseContext): SpecOutcome {
  const parsed = parseRequest(text, { history, today: context.today });
  if (!parsed.ok) return parsed;
  const validated = validateRequestSpec(parsed.spec, context);
  return validated.ok ? { ...validated, notes: [...parsed.notes, ...validated.notes] } : validated;
}

function outcomeJson(outcome: SpecOutcome): string {
  return JSON.stringify(outcome.ok ? { spec: outcome.spec, notes: outcome.notes } : { error: outcome.error });
}

function badLine(lineNumber: number, message: string): string {
  return JSON.stringify({ error: new BacktestPilotError('bad_request', `line ${lineNumber}: ${message}`, { line: lineNumber }).toJSON() });
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * One `--jsonl` input line (`{"text", "history"?, "today"?}`) → one output line, `{"spec", "notes"}`
 * or `{"error"}`; a line that is not such an object gets an error naming its number. Blank lines
 * give undefined (no output).
 */
export function parseJsonlLine(line: string, lineNumber: number, context: ParseContext): string | undefined {
  if (line.trim() === '') return undefined;
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return badLine(lineNumber, 'not valid JSON; each line must be an object like {"text": "...", "history": [], "today": "2026-11-24"}');
  }
  const { text, history, today } = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  if (typeof text !== 'string') return badLine(lineNumber, '"text" must be a string');
  if (history !== undefined && !isStringArray(history)) return badLine(lineNumber, '"history" must be an array of strings (earlier user messages, oldest first)');
  if (today !== undefined && typeof today !== 'string') return badLine(lineNumber, '"today" must be a date string, YYYY-MM-DD');
  return outcomeJson(parseAndValidate(text, history ?? [], { ...context, today: today ?? context.today }));
}

function defaultToday(flag: string | undefined): string {
  return (flag === undefined ? undefined : readIsoDate(flag, '--today')) ?? loadConfig().today ?? new Date().toISOString().slice(0, 10);
}

async function loadListing(): Promise<SymbolInfo[]> {
  const config = loadConfig();
  return csvFolderSource(config).list();
}

async function runJsonl(context: ParseContext): Promise<void> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    const output = parseJsonlLine(line, lineNumber, context);
    if (output !== undefined) process.stdout.write(`${output}\n`);
  }
}

function printReadable(outcome: SpecOutcome): void {
  if (!outcome.ok) {
    reportError(outcome.error, false);
    return;
  }
  const lines = [describeRequestSpec(outcome.spec), ...outcome.notes.map((note) => pc.yellow(`note: ${note}`))];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description(COMMANDS.parse.description)
    .argument('[text]', 'the request, e.g. "Backtest SMA 20/50 on BTC for 2022"')
    .option('--today <date>', 'resolve relative dates against this day, YYYY-MM-DD (default BTP_TODAY, else the clock)')
    .option('--history <message>', 'an earlier user message of the conversation, oldest first; repeatable', collect((value: string) => value))
    .option('--json', 'print {"spec", "notes"} or {"error"} as JSON')
    .option('--jsonl', 'read {"text", "history", "today"} objects from stdin, one per line; print one {"spec"} or {"error"} line each')
    .action(runCommand(async (text: string | undefined, flags: ParseFlags) => {
      const context: ParseContext = { today: defaultToday(flags.today), symbols: await loadListing() };
      if (flags.jsonl) {
        await runJsonl(context);
        return;
      }
      if (text === undefined) {
        throw new BacktestPilotError('usage', 'give the request as an argument, e.g. btp parse "SMA 20/50 on BTC for 2022", or use --jsonl', {});
      }
      const outcome = parseAndValidate(text, flags.history ?? [], context);
      if (!flags.json) {
        printReadable(outcome);
        return;
      }
      if (!outcome.ok) process.exitCode = exitCodeOf(outcome.error);
      process.stdout.write(`${outcomeJson(outcome)}\n`);
    }, jsonFlagOf));
}
