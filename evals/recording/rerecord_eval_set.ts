/**
 * `btp eval rerecord`: after an intended change in behaviour, records every case of a set again
 * from its own user turns, session input and today, and says which expectations changed, so the
 * review is the diff of those cases. A case that comes out the same is left byte for byte as it was.
 */
import path from 'node:path';
import { BacktestPilotError } from '../../tools/errors.js';
import { runCase } from '../capture/run_conversation.js';
import { contentText, type Invocation } from '../evalset/eval_set.js';
import { CONFIG_FILE_NAME, readEvalConfig } from '../evalset/eval_config.js';
import { readEvalSet, writeEvalSet } from '../evalset/eval_set_file.js';
import { todayOf } from '../scoring/run_evals.js';
import { assertCleanRun } from './record_case.js';

export interface RerecordRequest {
  file: string;
  model: string;
  caseIds?: readonly string[];
}

export interface RerecordChange {
  eval_id: string;
  changed: boolean;
}

/** What a recording expects, without the timestamps that differ on every run. */
function expectationsOf(conversation: readonly Invocation[]): string {
  return JSON.stringify(conversation.map(({ creation_timestamp: _timestamp, ...expectation }) => expectation));
}

export async function rerecordEvalSet(request: RerecordRequest): Promise<RerecordChange[]> {
  const evalSet = await readEvalSet(request.file);
  const configFile = path.join(path.dirname(request.file), CONFIG_FILE_NAME);
  const config = await readEvalConfig(configFile);
  const wanted = request.caseIds ? new Set(request.caseIds) : undefined;
  const unknown = [...(wanted ?? [])].filter((id) => !evalSet.eval_cases.some((evalCase) => evalCase.eval_id === id));
  if (unknown.length > 0) throw new BacktestPilotError('not_found', `${request.file} has no case ${unknown.join(', ')}`, { case_ids: unknown });
  const changes: RerecordChange[] = [];
  for (const [index, evalCase] of evalSet.eval_cases.entries()) {
    if (wanted && !wanted.has(evalCase.eval_id)) continue;
    const run = await runCase({
      evalId: evalCase.eval_id,
      userTexts: evalCase.conversation.map((invocation) => contentText(invocation.user_content)),
      sessionInput: evalCase.session_input,
      model: request.model,
      today: todayOf(evalCase, config, configFile),
    });
    assertCleanRun(evalCase.eval_id, run);
    const changed = expectationsOf(run.invocations) !== expectationsOf(evalCase.conversation);
    if (changed) evalSet.eval_cases[index] = { ...evalCase, conversation: run.invocations, creation_timestamp: Date.now() / 1000 };
    changes.push({ eval_id: evalCase.eval_id, changed });
  }
  if (changes.some((change) => change.changed)) await writeEvalSet(request.file, evalSet);
  return changes;
}
