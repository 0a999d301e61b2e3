/**
 * CI runs the committed eval sets here, offline: every case replayed through the real agents
 * with the built-in model must meet the thresholds of evals/test_config.json.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { closeWorkerPool } from '../tools/backtest/worker_pool.js';
import { contentText } from './evalset/eval_set.js';
import { findEvalSetFiles, readEvalSet } from './evalset/eval_set_file.js';
import { errorCodeOf, ranBacktests } from './metrics/error_expectation.js';
import { runEvals } from './scoring/run_evals.js';

afterAll(closeWorkerPool);

const EVALS_DIR = path.dirname(fileURLToPath(import.meta.url));

async function committedSets() {
  const files = await findEvalSetFiles([EVALS_DIR]);
  return Promise.all(files.map(readEvalSet));
}

/** The strategies parse_request understood in a set's turns. */
function parsedStrategies(sets: Awaited<ReturnType<typeof committedSets>>, setId: string): Set<string> {
  const names = sets.filter((set) => set.eval_set_id === setId)
    .flatMap((set) => set.eval_cases.flatMap((evalCase) => evalCase.conversation))
    .flatMap((invocation) => invocation.intermediate_data?.tool_responses ?? [])
    .filter((response) => response.name === 'parse_request')
    .flatMap((response) => ((response.response.spec as { strategies?: Array<{ name: string }> } | undefined)?.strategies ?? []).map((strategy) => strategy.name));
  return new Set(names);
}

/** The sources that served the series a set's turns loaded (load_market_data's `source`). */
function servingSources(sets: Awaited<ReturnType<typeof committedSets>>, setId: string): Set<string> {
  const sources = sets.filter((set) => set.eval_set_id === setId)
    .flatMap((set) => set.eval_cases.flatMap((evalCase) => evalCase.conversation))
    .flatMap((invocation) => invocation.intermediate_data?.tool_responses ?? [])
    .filter((response) => response.name === 'load_market_data')
    .flatMap((response) => ((response.response.market_data as Array<{ source?: string }> | undefined) ?? []).map((data) => data.source));
  return new Set(sources.filter((source) => source !== undefined));
}

describe('the committed eval sets', () => {
  it('cover what the issue asks for: 40+ cases, every strategy alone, every validation error, 3–5-turn follow-ups', async () => {
    const sets = await committedSets();
    const cases = sets.flatMap((set) => set.eval_cases);
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(parsedStrategies(sets, 'single_requests')).toEqual(new Set([
      'sma_crossover', 'ema_crossover', 'rsi_mean_reversion', 'macd', 'bollinger_bands', 'donchian_breakout', 'momentum', 'buy_and_hold',
    ]));

    const errorTurns = sets.find((set) => set.eval_set_id === 'validation_errors')!.eval_cases
      .flatMap((evalCase) => evalCase.conversation).filter((invocation) => errorCodeOf(invocation) !== undefined);
    expect(new Set(errorTurns.map(errorCodeOf))).toEqual(new Set([
      'no_symbol', 'unknown_symbol', 'unknown_strategy', 'bad_parameters', 'end_before_start', 'future_dates', 'out_of_data_range', 'insufficient_history',
      'bad_weights', 'unsupported_rule', 'several_periods', 'interval_unavailable', 'unknown_metric', 'bad_date',
    ]));
    for (const invocation of errorTurns) {
      expect(ranBacktests(invocation)).toBe(false);
      expect(contentText(invocation.final_response)).toContain(errorCodeOf(invocation));
    }

    const followUps = sets.find((set) => set.eval_set_id === 'follow_ups')!.eval_cases;
    expect(followUps.length).toBeGreaterThanOrEqual(5);
    for (const evalCase of followUps) expect(evalCase.conversation.length).toBeGreaterThanOrEqual(3);
    for (const evalCase of followUps) expect(evalCase.conversation.length).toBeLessThanOrEqual(5);
    for (const evalCase of cases) expect(evalCase.session_input?.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Requests that need a fetch (replayed against recorded Binance and Yahoo responses) and one
    // whose data is unavailable offline: it fails with data_unavailable and runs nothing.
    const dataCases = sets.find((set) => set.eval_set_id === 'data_sources')!.eval_cases;
    expect(servingSources(sets, 'data_sources')).toEqual(new Set(['binance', 'yahoo']));
    expect(dataCases.filter((evalCase) => evalCase.session_input?.market_data === 'replayed').length).toBeGreaterThanOrEqual(2);
    const offlineTurns = dataCases.filter((evalCase) => evalCase.session_input?.market_data === 'offline').flatMap((evalCase) => evalCase.conversation);
    expect(offlineTurns.map(errorCodeOf)).toEqual(['data_unavailable']);
    expect(offlineTurns.some(ranBacktests)).toBe(false);
  });

  it('all pass when replayed through the agents with the offline model', async () => {
    const report = await runEvals({ paths: [EVALS_DIR], model: 'offline' });
    const failed = report.cases.filter((result) => !result.passed).map((result) => ({ id: result.id, failures: result.failures }));
    expect(failed).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.cases.length).toBeGreaterThanOrEqual(40);
  });
});
