/**
 * `btp eval record`: runs a conversation through the real agents and writes it into an eval set
 * as a new case — the recording is the expectation, to be read by a person before it is committed.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { BacktestPilotError } from '../../tools/errors.js';
import { runCase, type CaseRunResult } from '../capture/run_conversation.js';
import type { EvalCase, EvalSet, MarketDataMode } from '../evalset/eval_set.js';
import { CONFIG_FILE_NAME, readEvalConfig } from '../evalset/eval_config.js';
import { readEvalSet, writeEvalSet } from '../evalset/eval_set_file.js';

export interface RecordRequest {
  /** The first request, then each follow-up, in order. */
  requests: readonly string[];
  outFile: string;
  /** `offline` (the default: what CI replays against) or a Gemini model. */
  model: string;
  /** YYYY-MM-DD; defaults to the `today` of the test_config.json beside the file, else the clock's day. */
  today?: string;
  evalId?: string;
  /** Overwrite a case with the same id instead of refusing. */
  replace?: boolean;
  /** Where the case's market data comes from (default `local`: the data folders, no fetch). */
  marketData?: MarketDataMode;
}

export interface RecordOutcome {
  evalCase: EvalCase;
  action: 'added' | 'replaced';
  caseCount: number;
}

const MAX_ID_LENGTH = 60;

/** "Compare SMA vs RSI on BTC and ETH" → compare_sma_vs_rsi_on_btc_and_eth: ids users and the table show are snake_case. */
export function evalIdFrom(request: string): string {
  const words = request.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}_${word}` : word;
    if (next.length > MAX_ID_LENGTH) break;
    id = next;
  }
  return id || 'case';
}

function evalSetIdFrom(file: string): string {
  return path.basename(file).replace(/\.(evalset|test)\.json$/, '').replace(/\.json$/, '');
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(() => true, () => false);
}

async function defaultToday(outFile: string): Promise<string> {
  const config = await readEvalConfig(path.join(path.dirname(outFile), CONFIG_FILE_NAME));
  return config.today ?? new Date().toISOString().slice(0, 10);
}

/** A recording of a broken run would make the breakage the expectation; refuse it. */
export function assertCleanRun(evalId: string, run: CaseRunResult): void {
  const [first] = run.errors;
  if (first) {
    throw new BacktestPilotError('run_failed', `case ${evalId}, turn ${first.turn}: ${first.author} raised ${first.code} (${first.message}); nothing was recorded`, { eval_id: evalId });
  }
}

export async function recordCase(request: RecordRequest): Promise<RecordOutcome> {
  if (request.requests.length === 0) throw new BacktestPilotError('usage', 'give at least one request to record');
  const evalSet: EvalSet = await exists(request.outFile)
    ? await readEvalSet(request.outFile)
    : { eval_set_id: evalSetIdFrom(request.outFile), eval_cases: [], creation_timestamp: Date.now() / 1000 };
  const evalId = request.evalId ?? evalIdFrom(request.requests[0]!);
  const index = evalSet.eval_cases.findIndex((evalCase) => evalCase.eval_id === evalId);
  if (index >= 0 && !request.replace) {
    throw new BacktestPilotError('bad_request', `${request.outFile} already has a case "${evalId}"; pass --replace to record it again or --id to name this one`, { eval_id: evalId });
  }
  const today = request.today ?? await defaultToday(request.outFile);
  const run = await runCase({ evalId, userTexts: request.requests, model: request.model, today, marketData: request.marketData });
  assertCleanRun(evalId, run);
  const evalCase: EvalCase = { eval_id: evalId, conversation: run.invocations, session_input: run.sessionInput, creation_timestamp: Date.now() / 1000 };
  if (index >= 0) evalSet.eval_cases[index] = evalCase;
  else evalSet.eval_cases.push(evalCase);
  await writeEvalSet(request.outFile, evalSet);
  return { evalCase, action: index >= 0 ? 'replaced' : 'added', caseCount: evalSet.eval_cases.length };
}
