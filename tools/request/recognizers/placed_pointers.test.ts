import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const rerun = (args: Extract<MemoryQuestion, { tool: 'rerun_experiment' }>['args']): MemoryQuestion => ({ tool: 'rerun_experiment', args });
const TWO_SHOWN = ['show me experiment 12', 'now #15'];

describe('"the first one" and "the one before" pick among the runs named so far; "it" and "that one" stay the latest', () => {
  it.each<[string, string[], MemoryQuestion]>([
    // round66:42 (before: experiment 15, the latest).
    ['rerun the first one i asked about for last year', TWO_SHOWN, rerun({ id: 12, start: '2024-01-01', end: '2024-12-31' })],
    ['rerun the earlier one for 2023', TWO_SHOWN, rerun({ id: 12, start: '2023-01-01', end: '2023-12-31' })],
    ['show me the one before', TWO_SHOWN, { tool: 'show_experiment', args: { id: 12 } }],
    ['redo the previous run for 2022', ['open run 3', 'show experiment 4', 'now #9'], rerun({ id: 4, start: '2022-01-01', end: '2022-12-31' })],
    ['rerun the very first one', ['open run 3', 'show experiment 4', 'now #9'], rerun({ id: 3 })],
    // A run shown again is the latest: the one before it is the other.
    ['rerun the one before that', ['show experiment 12', 'now #15', 'show experiment 12'], rerun({ id: 15 })],
    // Must not change: "it" and "that one" are the latest.
    ['rerun it for 2023', TWO_SHOWN, rerun({ id: 15, start: '2023-01-01', end: '2023-12-31' })],
    ['rerun that one', TWO_SHOWN, rerun({ id: 15 })],
  ])('"%s" after %j', (text, history, question) => expect(parseMemoryQuestion(text, TODAY, history)).toStrictEqual(question));

  it.each<[string, string[]]>([
    // One run named: no run before it to re-run, and not the latest either.
    ['rerun the one before for 2023', ['show me experiment 12']],
    // After a listing, "the first one" is its first line, whose id is unknown.
    ['rerun the first one for 2023', ['show me experiment 12', 'list my runs']],
  ])('"%s" after %j is no question about the latest run', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());
});

describe('"run that again" after a run shown re-runs it (before: a request)', () => {
  it.each<[string, string[], MemoryQuestion]>([
    // round67:36.
    ['run that again but only for the first half of this year', ['show me experiment 7'], rerun({ id: 7, start: '2025-01-01', end: '2025-06-30' })],
    ['run it again for 2023', ['show me experiment 7'], rerun({ id: 7, start: '2023-01-01', end: '2023-12-31' })],
    ['do that one again over 2021', ['open run 9'], rerun({ id: 9, start: '2021-01-01', end: '2021-12-31' })],
    ['can you run this again?', ['show experiment 31'], rerun({ id: 31 })],
  ])('"%s" after %j', (text, history, question) => expect(parseMemoryQuestion(text, TODAY, history)).toStrictEqual(question));

  it.each<[string, string[]]>([
    // Must not change: after a backtest "that" is the backtest, which parse_request edits.
    ['run that again on eth', ['backtest sma on btc 2023']],
    ['run it again for 2022', ['rsi on nvda 2020-2023']],
    // (After a run shown, "run that again on eth" is refused: refused_reruns.test.ts.)
  ])('"%s" after %j stays a request', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());
});

describe('"test number 23" names a saved run as "experiment 23" does (before: a request)', () => {
  it.each<[string, number]>([
    // round67:26: "again" and a remembered detail after it keep it a question about the run.
    ['could you pull up test number 23 again? the one with gold I think', 23],
    ['show me test #8', 8],
    ['open backtest no. 14', 14],
    ['bring up test number 5 again, the eth one', 5],
  ])('"%s"', (text, id) => expect(parseMemoryQuestion(text, TODAY)).toStrictEqual({ tool: 'show_experiment', args: { id } }));

  it.each([
    // Must not change: a year after "test" is the window of a test to run.
    'test sma on btc 2023',
    'show me the test 2023 on eth',
  ])('"%s" stays a request', (text) => expect(parseMemoryQuestion(text, TODAY)).toBeUndefined());
});
