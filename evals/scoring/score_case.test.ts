import { describe, expect, it } from 'vitest';
import { criteriaFor, parseEvalConfig } from '../evalset/eval_config.js';
import type { Invocation } from '../evalset/eval_set.js';
import { scoreCase } from './score_case.js';

const criteria = criteriaFor(parseEvalConfig({}, 'test'), 'offline-rules');

function turn(text: string, calls: Array<[string, Record<string, unknown>]>, answer: string, error?: string): Invocation {
  return {
    invocation_id: '',
    user_content: { role: 'user', parts: [{ text }] },
    final_response: { role: 'model', parts: [{ text: answer }] },
    intermediate_data: {
      tool_uses: calls.map(([name, args]) => ({ name, args })),
      tool_responses: error ? [{ name: 'validate_request', response: { ok: false, error: { code: error, message: 'm' } } }] : [],
      intermediate_responses: [],
    },
    creation_timestamp: 0,
  };
}

const RUN: Array<[string, Record<string, unknown>]> = [['validate_request', {}], ['run_backtests', { shard: 0 }], ['render_report', {}]];
const first = turn('SMA on BTC for 2022', [['parse_request', { text: 'SMA on BTC for 2022' }], ...RUN], 'BTC SMA returned 12.5% with a Sharpe of 0.91.');
const followUp = turn('now try it on ETH', [['parse_request', { text: 'now try it on ETH' }], ...RUN], 'ETH SMA returned 30.2% with a Sharpe of 1.10.');

describe('scoreCase', () => {
  it('passes a replay identical to the recording with every score at 1', () => {
    const score = scoreCase([first, followUp], [first, followUp], criteria);
    expect(score).toEqual({
      passed: true,
      scores: { tool_trajectory: 1, tool_trajectory_exact: 1, tool_trajectory_in_order: 1, response_match: 1, response_numbers: 1, error_handling: null },
      failures: [],
    });
  });

  it('fails a follow-up that lost its symbol: one of two turns off the trajectory, and the answer\'s numbers wrong', () => {
    const lost = turn('now try it on ETH', [['parse_request', { text: 'now try it on' }], ...RUN], 'BTC SMA returned 12.5% with a Sharpe of 0.91.');
    const score = scoreCase([first, followUp], [first, lost], criteria);
    expect(score.passed).toBe(false);
    expect(score.scores.tool_trajectory).toBe(0.5);
    expect(score.scores.response_numbers).toBe(0.5); // turn 2 states neither 30.2% nor 1.1
    expect(score.failures).toContain('turn 2 tool trajectory (EXACT): call 1: expected parse_request(text="now try it on ETH"), got parse_request(text="now try it on") (4 calls expected, 4 made)');
    expect(score.failures).toContain('turn 2 numbers missing from the answer: 30.2%, 1.1');
  });

  it('scores reworded answers by ROUGE-1 and still passes when the facts are all there', () => {
    const reworded = turn('SMA on BTC for 2022', first.intermediate_data!.tool_uses.map((call) => [call.name, call.args]), 'The BTC SMA returned 12.5% with a Sharpe ratio of 0.91.');
    const score = scoreCase([first], [reworded], criteria);
    // expected: btc sma return 12 5 with a sharp of 0 91 (11 tokens); actual adds "the" and "ratio" (13),
    // all 11 shared: P = 11/13, R = 1, F = 2P/(P + 1) = 22/24.
    expect(score.scores.response_match).toBeCloseTo(22 / 24, 12);
    expect(score.passed).toBe(true);
  });

  it('error cases need the same error code and no backtest run', () => {
    const expected = turn('SMA on AVAX', [['parse_request', { text: 'SMA on AVAX' }], ['validate_request', {}]], 'I can\'t run that request (unknown_symbol).', 'unknown_symbol');
    expect(scoreCase([expected], [expected], criteria).scores.error_handling).toBe(1);

    const wrongCode = turn('SMA on AVAX', [['parse_request', { text: 'SMA on AVAX' }], ['validate_request', {}]], 'I can\'t run that request (unknown_symbol).', 'no_symbol');
    const wrong = scoreCase([expected], [wrongCode], criteria);
    expect(wrong.scores.error_handling).toBe(0);
    expect(wrong.failures).toContain('turn 1 error case: expected error unknown_symbol, got no_symbol');

    const ranAnyway = turn('SMA on AVAX', [['parse_request', { text: 'SMA on AVAX' }], ...RUN], 'I can\'t run that request (unknown_symbol).');
    expect(scoreCase([expected], [ranAnyway], criteria).failures).toContain('turn 1 error case: expected error unknown_symbol, got no error and called run_backtests');
  });

  it('fails a replay with fewer turns than the recording', () => {
    const score = scoreCase([first, followUp], [first], criteria);
    expect(score.passed).toBe(false);
    expect(score.failures[0]).toBe('the replay has 1 turns, the recording 2');
  });
});
