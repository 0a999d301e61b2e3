/**
 * `btp eval run`: replays every case of the given eval sets through the real agents and scores it
 * against its recording, with the thresholds of the `test_config.json` beside each set (or one
 * given config).
 */
import path from 'node:path';
import { BacktestPilotError } from '../../tools/errors.js';
import { runCase, modelName } from '../capture/run_conversation.js';
import { contentText, type EvalCase } from '../evalset/eval_set.js';
import { CONFIG_FILE_NAME, criteriaFor, readEvalConfig, type EvalConfigFile, type ResolvedCriteria } from '../evalset/eval_config.js';
import { findEvalSetFiles, readEvalSet } from '../evalset/eval_set_file.js';
import { scoreCase, type CaseScores } from './score_case.js';

export interface RunEvalsOptions {
  /** Eval-set files or folders holding them. */
  paths: readonly string[];
  /** `offline` or a model name such as gemini-2.5-flash. */
  model: string;
  /** One config for every set, instead of the test_config.json beside each. */
  configFile?: string;
  /** Run only these case ids. */
  caseIds?: readonly string[];
  /** Called as each case finishes (progress output). */
  onCase?: (result: CaseResult) => void;
}

export interface CaseResult {
  id: string;
  eval_set_id: string;
  passed: boolean;
  turns: number;
  scores: CaseScores;
  failures: string[];
  duration_ms: number;
}

export interface SetResult {
  eval_set_id: string;
  file: string;
  config_file: string;
  criteria: ResolvedCriteria;
  passed: boolean;
}

export interface EvalReport {
  passed: boolean;
  model: string;
  sets: SetResult[];
  cases: CaseResult[];
  duration_ms: number;
}

export function todayOf(evalCase: EvalCase, config: EvalConfigFile, configFile: string): string {
  const today = evalCase.session_input?.today ?? config.today;
  if (!today) {
    throw new BacktestPilotError('bad_eval_set', `case ${evalCase.eval_id} has no session_input.today and ${configFile} sets no "today"; one is needed so relative dates replay the same way`, { eval_id: evalCase.eval_id });
  }
  return today;
}

const FAILED_RUN_SCORES: CaseScores = {
  tool_trajectory: 0, tool_trajectory_exact: 0, tool_trajectory_in_order: 0, response_match: 0, response_numbers: 0, error_handling: null,
};

async function runAndScore(evalCase: EvalCase, evalSetId: string, model: string, today: string, criteria: ResolvedCriteria): Promise<CaseResult> {
  const started = performance.now();
  const base = { id: evalCase.eval_id, eval_set_id: evalSetId, turns: evalCase.conversation.length };
  try {
    const { invocations, errors } = await runCase({
      evalId: evalCase.eval_id,
      userTexts: evalCase.conversation.map((invocation) => contentText(invocation.user_content)),
      sessionInput: evalCase.session_input,
      model,
      today,
    });
    const score = scoreCase(evalCase.conversation, invocations, criteria);
    // An unreachable or failing model shows as error events; say so next to the scores it caused.
    const raised = score.passed ? [] : errors.map((error) => `turn ${error.turn} ${error.author} raised ${error.code}: ${error.message}`);
    return { ...base, ...score, failures: [...raised, ...score.failures], duration_ms: Math.round(performance.now() - started) };
  } catch (error) {
    // A model that cannot be reached fails its case, not the whole run: the table still shows the others.
    if (error instanceof BacktestPilotError && error.code === 'bad_eval_set') throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return { ...base, passed: false, scores: FAILED_RUN_SCORES, failures: [`the run failed: ${reason}`], duration_ms: Math.round(performance.now() - started) };
  }
}

export async function runEvals(options: RunEvalsOptions): Promise<EvalReport> {
  const started = performance.now();
  const model = modelName(options.model);
  const files = await findEvalSetFiles(options.paths);
  const report: EvalReport = { passed: true, model, sets: [], cases: [], duration_ms: 0 };
  const wanted = options.caseIds ? new Set(options.caseIds) : undefined;
  for (const file of files) {
    const evalSet = await readEvalSet(file);
    const configFile = options.configFile ?? path.join(path.dirname(file), CONFIG_FILE_NAME);
    const config = await readEvalConfig(configFile);
    const criteria = criteriaFor(config, model);
    const cases = evalSet.eval_cases.filter((evalCase) => !wanted || wanted.has(evalCase.eval_id));
    if (cases.length === 0) continue;
    const setResult: SetResult = { eval_set_id: evalSet.eval_set_id, file, config_file: configFile, criteria, passed: true };
    for (const evalCase of cases) {
      const result = await runAndScore(evalCase, evalSet.eval_set_id, model, todayOf(evalCase, config, configFile), criteria);
      report.cases.push(result);
      setResult.passed &&= result.passed;
      options.onCase?.(result);
    }
    report.sets.push(setResult);
    report.passed &&= setResult.passed;
  }
  if (wanted) {
    const unknown = [...wanted].filter((id) => !report.cases.some((result) => result.id === id));
    if (unknown.length > 0) throw new BacktestPilotError('not_found', `no case with id ${unknown.join(', ')} in ${files.join(', ')}`, { case_ids: unknown });
  }
  report.duration_ms = Math.round(performance.now() - started);
  return report;
}
