import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const rerun = (id: number, window: { start?: string; end?: string } = {}): MemoryQuestion => ({ tool: 'rerun_experiment', args: { id, ...window } });

describe('a run named by its number and asked for again is re-run', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    // Round 70's line.
    ['run number 103 again please, exactly as it was', rerun(103)],
    ['can you run #103 one more time', rerun(103)],
    ['do test 103 again', rerun(103)],
    ['do test number 41 once more', rerun(41)],
    ['could you execute experiment no. 9 once more', rerun(9)],
    ['run the test number 8 a second time', rerun(8)],
    ['please run no. 77 again for 2023', rerun(77, { start: '2023-01-01', end: '2023-12-31' })],
    ['could you do backtest number 12 one more time', rerun(12)],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});

describe('a run named by its number with the re-run said after it, no verb before (before: a new request, or the run shown)', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    // Round 76's line.
    ['could I get run 8 rerun over the past year?', rerun(8, { start: '2024-11-20', end: TODAY })],
    ['experiment 12 re-run for 2023', rerun(12, { start: '2023-01-01', end: '2023-12-31' })],
    ['a rerun of 14 over 2022', rerun(14, { start: '2022-01-01', end: '2022-12-31' })],
    ['can you redo 9 for last year', rerun(9, { start: '2024-01-01', end: '2024-12-31' })],
    ['test 103 again', rerun(103)],
    ["I'd like experiment 5 redone over 2021 please", rerun(5, { start: '2021-01-01', end: '2021-12-31' })],
    ['could you have test #44 rerun since 2020', rerun(44, { start: '2020-01-01', end: TODAY })],
    ['a replay of experiment 3', rerun(3)],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));

  it('"run 8 rerun on eth" names another coin, which a re-run cannot change: refused', () => {
    expect(parseMemoryQuestion('run 8 rerun on eth', TODAY)).toMatchObject({ tool: 'refused_rerun', args: { id: 8 }, error: { code: 'bad_request' } });
  });
});

describe('neighbours that read differently', () => {
  it('"pull up run number twelve again" shows the run again: "run" is its noun there', () => {
    expect(parseMemoryQuestion('can you pull up run number twelve again, I want to show my husband', TODAY)).toEqual({ tool: 'show_experiment', args: { id: 12 } });
  });

  it.each([
    // No repeat: the number may be anything.
    'run number 103',
    // A year after "test" is the data's window, not an id.
    'do test 2023 again',
    // A strategy with its settings run again is a request.
    'run rsi 14 again',
    'run sma 20/50 on btc again for 2023',
    'run sma on btc again for 2023',
    // A year after "run" is a window, not an id.
    'run 2023 again',
  ])('%s is no re-run', (text) => expect(parseMemoryQuestion(text, TODAY)).toBeUndefined());
});

describe('must not change', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    ['run experiment 12 again', rerun(12)],
    ['rerun 4', rerun(4)],
    ['show experiment 12 again', { tool: 'show_experiment', args: { id: 12 } }],
    // "again" in a question to be reminded.
    ['what were the results of experiment 42 again?', { tool: 'show_experiment', args: { id: 42 } }],
    ['what was experiment #42 again?', { tool: 'show_experiment', args: { id: 42 } }],
    ['re-run experiment 12 on 2024 data', rerun(12, { start: '2024-01-01', end: '2024-12-31' })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});
