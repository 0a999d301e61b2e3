import { describe, expect, it } from 'vitest';
import { isBacktestPilotError } from '../../tools/errors.js';
import { criteriaFor, DEFAULT_NUMERIC_TOLERANCE, parseEvalConfig } from './eval_config.js';

describe('criteriaFor', () => {
  it('uses ADK\'s defaults (trajectory 1.0 EXACT, response 0.8) and ours (numbers, errors 1.0) for an empty config', () => {
    expect(criteriaFor(parseEvalConfig({}, 'test'), 'offline-rules')).toEqual({
      tool_trajectory_avg_score: { threshold: 1, match_type: 'EXACT', numeric_tolerance: DEFAULT_NUMERIC_TOLERANCE },
      response_match_score: 0.8,
      response_numbers_score: 1,
      error_handling_score: 1,
    });
  });

  it('reads a threshold as a number or as an object with a match type', () => {
    const config = parseEvalConfig({ criteria: { tool_trajectory_avg_score: { threshold: 0.5, match_type: 'IN_ORDER' }, response_match_score: 0.6 } }, 'test');
    const criteria = criteriaFor(config, 'offline-rules');
    expect(criteria.tool_trajectory_avg_score).toEqual({ threshold: 0.5, match_type: 'IN_ORDER', numeric_tolerance: DEFAULT_NUMERIC_TOLERANCE });
    expect(criteria.response_match_score).toBe(0.6);
  });

  it('applies the longest criteria_by_model prefix the model name starts with, over the base criteria', () => {
    const config = parseEvalConfig({
      criteria: { response_match_score: 0.8, response_numbers_score: 1 },
      criteria_by_model: { gemini: { response_match_score: 0.4 }, 'gemini-2.5-pro': { response_match_score: 0.5 } },
    }, 'test');
    expect(criteriaFor(config, 'gemini-2.5-flash').response_match_score).toBe(0.4);
    expect(criteriaFor(config, 'gemini-2.5-pro').response_match_score).toBe(0.5);
    expect(criteriaFor(config, 'gemini-2.5-flash').response_numbers_score).toBe(1);
    expect(criteriaFor(config, 'offline-rules').response_match_score).toBe(0.8);
  });

  it('refuses unknown metrics, LLM-judged ones included, and thresholds outside [0, 1]', () => {
    for (const json of [{ criteria: { final_response_match_v2: 0.5 } }, { criteria: { response_match_score: 1.5 } }, { criteria: { tool_trajectory_avg_score: { threshold: 1, match_type: 'SOMETIMES' } } }]) {
      try {
        parseEvalConfig(json, 'evals/test_config.json');
        expect.unreachable();
      } catch (error) {
        expect(isBacktestPilotError(error) && error.code).toBe('bad_eval_set');
      }
    }
  });
});
