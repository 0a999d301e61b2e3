/**
 * Pass thresholds, in adk-python's `test_config.json` format (`{"criteria": {metric: threshold |
 * {threshold, match_type}}}`), read from the file beside an eval set. Metrics left out keep ADK's
 * defaults (tool trajectory 1.0 EXACT, response match 0.8) or ours (numbers and errors 1.0).
 *
 * Two extensions, which adk-python ignores:
 * - `today`: the day relative dates resolve against for cases without `session_input.today`;
 * - `criteria_by_model`: criteria that replace the base ones when the model's name starts with the
 *   key (the longest matching key wins), e.g. a looser trajectory match for Gemini, whose parallel
 *   tool calls may come in another order and whose wording differs from the recording.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { IsoDateSchema } from '../../tools/dates/iso_date.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { MATCH_TYPES, type MatchType, type NumericTolerance } from '../metrics/tool_trajectory.js';

/** adk-python reads thresholds from this file beside the eval sets. */
export const CONFIG_FILE_NAME = 'test_config.json';

export const METRIC_NAMES = {
  toolTrajectory: 'tool_trajectory_avg_score',
  responseMatch: 'response_match_score',
  responseNumbers: 'response_numbers_score',
  errorHandling: 'error_handling_score',
} as const;

const KNOWN_METRICS: readonly string[] = Object.values(METRIC_NAMES);

const Threshold = z.number().min(0).max(1);

const CriterionSchema = z.union([
  Threshold,
  z.looseObject({
    threshold: Threshold,
    match_type: z.enum(MATCH_TYPES as [MatchType, ...MatchType[]]).optional(),
    numeric_tolerance: z.object({ relative: z.number().min(0), absolute: z.number().min(0) }).optional(),
  }),
]);

const CriteriaSchema = z.record(z.string(), CriterionSchema).superRefine((criteria, context) => {
  for (const name of Object.keys(criteria)) {
    if (!KNOWN_METRICS.includes(name)) {
      context.addIssue({
        code: 'custom',
        message: `unknown criterion "${name}"; this scorer computes ${KNOWN_METRICS.join(', ')} (ADK's LLM-judged metrics need a judge model and are not supported)`,
      });
    }
  }
});

const EvalConfigSchema = z.looseObject({
  criteria: CriteriaSchema.default({}),
  today: IsoDateSchema.optional(),
  criteria_by_model: z.record(z.string(), CriteriaSchema).default({}),
});

export type EvalConfigFile = z.infer<typeof EvalConfigSchema>;
type Criteria = z.infer<typeof CriteriaSchema>;

/** The thresholds a run applies, keyed as in the config file (and printed so in `--json`). */
export interface ResolvedCriteria {
  tool_trajectory_avg_score: { threshold: number; match_type: MatchType; numeric_tolerance: NumericTolerance };
  response_match_score: number;
  response_numbers_score: number;
  error_handling_score: number;
}

export const DEFAULT_NUMERIC_TOLERANCE: NumericTolerance = { relative: 1e-6, absolute: 1e-9 };

function thresholdOf(criteria: Criteria, name: string, fallback: number): number {
  const criterion = criteria[name];
  if (criterion === undefined) return fallback;
  return typeof criterion === 'number' ? criterion : criterion.threshold;
}

/** The criteria for one model: the base criteria, overridden by the longest matching `criteria_by_model` key. */
export function criteriaFor(config: EvalConfigFile, model: string): ResolvedCriteria {
  const modelKey = Object.keys(config.criteria_by_model)
    .filter((prefix) => model.startsWith(prefix))
    .sort((a, b) => b.length - a.length)[0];
  const criteria: Criteria = { ...config.criteria, ...(modelKey ? config.criteria_by_model[modelKey] : {}) };
  const trajectory = criteria[METRIC_NAMES.toolTrajectory];
  const trajectoryOptions = typeof trajectory === 'object' ? trajectory : undefined;
  return {
    tool_trajectory_avg_score: {
      threshold: thresholdOf(criteria, METRIC_NAMES.toolTrajectory, 1),
      match_type: trajectoryOptions?.match_type ?? 'EXACT',
      numeric_tolerance: trajectoryOptions?.numeric_tolerance ?? DEFAULT_NUMERIC_TOLERANCE,
    },
    response_match_score: thresholdOf(criteria, METRIC_NAMES.responseMatch, 0.8),
    response_numbers_score: thresholdOf(criteria, METRIC_NAMES.responseNumbers, 1),
    error_handling_score: thresholdOf(criteria, METRIC_NAMES.errorHandling, 1),
  };
}

export function parseEvalConfig(json: unknown, source: string): EvalConfigFile {
  const parsed = EvalConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new BacktestPilotError('bad_eval_set', `${source} is not a valid eval config: ${issues.join('; ')}`, { file: source });
  }
  return parsed.data;
}

/** The config file's contents; a missing file gives ADK's defaults (no `today`). */
export async function readEvalConfig(file: string): Promise<EvalConfigFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return parseEvalConfig({}, file);
    throw error;
  }
  try {
    return parseEvalConfig(JSON.parse(text), file);
  } catch (error) {
    if (error instanceof SyntaxError) throw new BacktestPilotError('bad_eval_set', `${file} is not valid JSON: ${error.message}`, { file });
    throw error;
  }
}
