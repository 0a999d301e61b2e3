import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';

describe('"the one with id 9", "id 9", "the one numbered 9": a run named by a mark of its id, as "experiment 9" names it', () => {
  const cases: Array<[string, readonly string[], MemoryQuestion]> = [
    // (before: a request)
    ["and now show me the one with id 9, the baby's up so make it quick", ['list my last 3 runs'], { tool: 'show_experiment', args: { id: 9 } }],
    ['show me the run with id 12', [], { tool: 'show_experiment', args: { id: 12 } }],
    ['open id 7', [], { tool: 'show_experiment', args: { id: 7 } }],
    ['show me the one numbered 4', ['list my runs'], { tool: 'show_experiment', args: { id: 4 } }],
    ['can you show the test with id 8', [], { tool: 'show_experiment', args: { id: 8 } }],
    ['pull up the experiment with the id 15 please', [], { tool: 'show_experiment', args: { id: 15 } }],
    // The verb still says what is done with it; "run" before "with id" is no re-run of the noun.
    ['delete the run with id 3', [], { tool: 'delete_experiment', args: { id: 3 } }],
    ['rerun the one with id 5', [], { tool: 'rerun_experiment', args: { id: 5 } }],
  ];
  it.each(cases)('%s', (text, history, expected) => {
    expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected);
  });

  it.each([
    ['show me the one with the best sharpe'],
    ['run sma crossover on btc with 20 and 50'],
  ])('"%s" names no run by id', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });
});
