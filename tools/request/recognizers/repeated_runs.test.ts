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
  ])('%s is no re-run', (text) => expect(parseMemoryQuestion(text, TODAY)).toBeUndefined());
});

describe('must not change', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    ['run experiment 12 again', rerun(12)],
    ['rerun 4', rerun(4)],
    ['re-run experiment 12 on 2024 data', rerun(12, { start: '2024-01-01', end: '2024-12-31' })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});
