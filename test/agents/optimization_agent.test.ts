import { afterAll, describe, expect, it } from 'vitest';
import { STATE_KEYS } from '../../agents/tools/session_state.js';
import { getExperiment } from '../../memory/get_experiment.js';
import { closeSharedExperimentStores, sharedExperimentStore } from '../../memory/shared_store.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { closeOptimizationPool } from '../../tools/optimization/scoring/optimization_pool.js';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import { formatMetric } from '../../tools/risk/format_metric.js';
import { tempDatabasePath } from '../memory/temp_database.js';
import { startConversation } from './conversation_helpers.js';

afterAll(async () => {
  closeSharedExperimentStores();
  await Promise.all([closeWorkerPool(), closeOptimizationPool()]);
});

type RunningState = Extract<OptimizationState, { iteration: number }>;

describe('the OptimizationAgent', () => {
  it('searches in sample with its methods, checks the pick on held-out data and says so in the report', async () => {
    const turn = await (await startConversation()).send('Optimise SMA on BTC 2018-2024, target Sharpe > 1.5');
    const state = turn.state[STATE_KEYS.optimization] as RunningState;
    const best = state.best!;
    expect(state.methods).toEqual(['random', 'bayes', 'bayes', 'hill', 'hill'].slice(0, state.iteration));
    expect(best.in_sample_range).toEqual({ start: '2018-01-01', end: '2022-11-25' });
    expect(best.out_of_sample_range).toEqual({ start: '2022-11-26', end: '2024-12-31' });
    expect(best.assessment!.out_of_sample.sharpe_ratio).not.toBeNull();

    const report = turn.state[STATE_KEYS.report] as string;
    expect(report).toContain(`Search: random search, then Bayesian optimisation (Gaussian process, expected improvement)`);
    expect(report).toContain(`${state.trials} parameter sets tried`);
    expect(report).toContain(`| Sharpe ratio | ${formatMetric('sharpe_ratio', best.metrics.sharpe_ratio)} | ${formatMetric('sharpe_ratio', best.assessment!.out_of_sample.sharpe_ratio)} |`);
    expect(report).toContain(`Deflated Sharpe ratio: ${formatMetric('win_rate', best.assessment!.deflated_sharpe_ratio)} after ${state.trials} trials`);
  });

  it('runs each iteration without a model: one event naming the method and the best so far, the last ending the loop', async () => {
    const turn = await (await startConversation()).send('Optimise SMA on BTC from 2018 to 2024, target Sharpe > 3');
    const stepEvents = turn.events.filter((event) => event.author === 'optimization_step_agent');
    expect(stepEvents).toHaveLength(5);
    expect(stepEvents.map((event) => event.content?.role)).toEqual(Array.from({ length: 5 }, () => 'model'));
    expect(stepEvents.flatMap((event) => event.content?.parts ?? []).some((part) => part.functionCall || part.functionResponse)).toBe(false);
    const progress = stepEvents.map((event) => event.content?.parts?.map((part) => part.text).join(''));
    expect(progress[0]).toMatch(/^Optimisation iteration 1 \(random search\): 48 parameter sets tried; best so far BTC sma_crossover \(short \d+, long \d+\), in-sample Sharpe ratio \d\.\d\d; status running\.$/);
    expect(progress[4]).toMatch(/^Optimisation iteration 5 \(hill climbing \(coordinate ascent\)\): \d+ parameter sets tried; .*status best_attempt\.$/);
    // The state writes go in the events: the search's stand-in (its state is held in process) once, as it first appears. Only the last escalates.
    expect(stepEvents.map((event) => event.actions.stateDelta)).toEqual([{ [STATE_KEYS.optimization]: { held_in_process: true } }, {}, {}, {}, {}]);
    expect(stepEvents.map((event) => event.actions.escalate ?? false)).toEqual([false, false, false, false, true]);
  });

  it('ends the loop at once, with its line, when no optimisation was asked for', async () => {
    const turn = await (await startConversation()).send('Backtest SMA on BTC for 2022');
    const stepEvents = turn.events.filter((event) => event.author === 'optimization_step_agent');
    expect(stepEvents.map((event) => [event.content?.parts?.[0]?.text, event.actions.escalate])).toEqual([['No optimisation was asked for.', true]]);
    expect(turn.state[STATE_KEYS.optimization]).toEqual({ status: 'not_requested' });
  });

  it('warns in the report when the held-out result collapses', async () => {
    const turn = await (await startConversation()).send('Optimise SMA on BTC from 2019-01-01 to 2022-06-30');
    expect(turn.reply).toContain('**Overfitting warning: on the held-out data (2021-06-13 to 2022-06-30) the Sharpe ratio fell from');
  });

  it('saves the run as an experiment with every trial\'s parameters and score', async () => {
    const database = tempDatabasePath();
    const turn = await (await startConversation({ BTP_DB: database })).send('Optimise SMA on BTC from 2018 to 2024, target Sharpe > 1.5');
    const state = turn.state[STATE_KEYS.optimization] as RunningState;
    const { id } = turn.state[STATE_KEYS.experiment] as { id: number };
    const saved = getExperiment(sharedExperimentStore(database), id).optimization as {
      methods: string[]; trials: number; searches: Array<{ symbol: string; strategy: string; trial_log: Array<{ params: Record<string, number>; score: number }> }>;
    };
    expect(saved.methods).toEqual(state.methods);
    expect(saved.searches).toHaveLength(1);
    expect(saved.searches[0]!.trial_log).toHaveLength(state.trials);
    expect(saved.searches[0]!.trial_log).toEqual(state.combos[0]!.trial_log);
    expect(saved.searches[0]!.trial_log.every((trial) => typeof trial.score === 'number' && trial.params.short! < trial.params.long!)).toBe(true);
  });
});
