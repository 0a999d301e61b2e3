import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';

describe('after a re-run, a new dated window re-runs the same experiment over it', () => {
  it.each([
    // Issue #12's lines.
    ['and now for 2023', ['rerun 7 for 2022'], { id: 7, start: '2023-01-01', end: '2023-12-31' }],
    ['actually do q3 2024 instead', ['rerun 22 for 2024'], { id: 22, start: '2024-07-01', end: '2024-09-30' }],
    // Neighbours.
    ['and 2021?', ['rerun 7 for 2022'], { id: 7, start: '2021-01-01', end: '2021-12-31' }],
    ['what about 2020', ['re-run experiment 12 on 2025 data'], { id: 12, start: '2020-01-01', end: '2020-12-31' }],
    ['same for q1 2024', ['rerun 7 for 2022'], { id: 7, start: '2024-01-01', end: '2024-03-31' }],
    ['make it 2019 instead', ['rerun 3'], { id: 3, start: '2019-01-01', end: '2019-12-31' }],
    ['now do 2023', ['replay run 9 for 2021'], { id: 9, start: '2023-01-01', end: '2023-12-31' }],
  ])('%s (after %j)', (text, history, args) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual({ tool: 'rerun_experiment', args }));

  it('must not change: a new strategy and coin make a new backtest, another id re-runs that one', () => {
    expect(parseMemoryQuestion('now sma 10/50 on btc for 2023', TODAY, ['rerun 7 for 2022'])).toBeUndefined();
    // A coin alone is the saved run on another symbol, refused (rerun_follow_ups.ts).
    expect(parseMemoryQuestion('and on eth for 2023', TODAY, ['rerun 7 for 2022'])).toMatchObject({ tool: 'refused_rerun', args: { id: 7 } });
    expect(parseMemoryQuestion('and 8', TODAY, ['rerun 7 for 2022'])).toEqual({ tool: 'rerun_experiment', args: { id: 8, start: '2022-01-01', end: '2022-12-31' } });
    expect(parseMemoryQuestion('and for 2023', TODAY, ['my best sharpe on eth'])).toBeUndefined();
  });
});

describe('after a run shown, a window led by "for", "in" or "over" re-runs that run over it', () => {
  it.each([
    ['and for 2023', ['show experiment 7'], { id: 7, start: '2023-01-01', end: '2023-12-31' }],
    ['what about over 2021', ['show experiment 7'], { id: 7, start: '2021-01-01', end: '2021-12-31' }],
    ['and in q1 2024?', ['pull up run 12'], { id: 12, start: '2024-01-01', end: '2024-03-31' }],
  ])('%s (after %j)', (text, history, args) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual({ tool: 'rerun_experiment', args }));

  it('must not change: a bare number after the lead is another run to show, and a new coin is a new backtest', () => {
    expect(parseMemoryQuestion('and 8?', TODAY, ['show experiment 7'])).toEqual({ tool: 'show_experiment', args: { id: 8 } });
    expect(parseMemoryQuestion('and #8', TODAY, ['show experiment 7'])).toEqual({ tool: 'show_experiment', args: { id: 8 } });
    expect(parseMemoryQuestion('now sma on btc for 2023', TODAY, ['show experiment 7'])).toBeUndefined();
  });
});

describe('a follow-up to a re-run that moves one edge keeps the other', () => {
  it.each([
    // Issue #12's lines.
    ['same but end it mid-2023', ['rerun experiment 23 from 2021 to 2022'], { id: 23, start: '2021-01-01', end: '2023-06-30' }],
    ['rerun w/ dates 2024-01-01 to 2024-06-30', ['show exp 31'], { id: 31, start: '2024-01-01', end: '2024-06-30' }],
    // Neighbours.
    ['same but start it in 2020', ['rerun experiment 23 from 2021 to 2022'], { id: 23, start: '2020-01-01', end: '2022-12-31' }],
    ['and end it in 2024', ['rerun 7 from 2021 to 2022'], { id: 7, start: '2021-01-01', end: '2024-12-31' }],
    ['same but from mid-2020', ['rerun 7 from 2021 to 2022'], { id: 7, start: '2020-07-01', end: '2022-12-31' }],
  ])('%s (after %j)', (text, history, args) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual({ tool: 'rerun_experiment', args }));

  it('must not change: a whole window, or a start after the old end, replaces both edges', () => {
    expect(parseMemoryQuestion('and 2021?', TODAY, ['rerun 7 from 2022 to 2023']))
      .toEqual({ tool: 'rerun_experiment', args: { id: 7, start: '2021-01-01', end: '2021-12-31' } });
    expect(parseMemoryQuestion('same but from 2024', TODAY, ['rerun experiment 23 from 2021 to 2022']))
      .toEqual({ tool: 'rerun_experiment', args: { id: 23, start: '2024-01-01', end: '2025-11-20' } });
    expect(parseMemoryQuestion('and since 2019', TODAY, ['rerun 7 from 2021 to 2022']))
      .toEqual({ tool: 'rerun_experiment', args: { id: 7, start: '2019-01-01', end: '2025-11-20' } });
  });
});
