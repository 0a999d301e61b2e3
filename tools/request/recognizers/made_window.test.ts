import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_LIMIT } from './list_question.js';
import { dataWindowRefusal } from './refused_questions.js';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });
const list = (args: Omit<Extract<MemoryQuestion, { tool: 'list_experiments' }>['args'], 'limit'>, limit = DEFAULT_LIST_LIMIT): MemoryQuestion =>
  ({ tool: 'list_experiments', args: { limit, ...args } });
const OCTOBER = { start: '2025-10-01', end: '2025-10-31' };

describe('saved runs filtered by the month or period they were made in', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    // Round 70's line.
    ['of the runs i did in october 2025, which got the best total return?', best({ metric: 'total_return', ...OCTOBER })],
    ['among the tests we ran back in september, which had the worst drawdown', best({ metric: 'max_drawdown', start: '2025-09-01', end: '2025-09-30', order: 'worst' })],
    ['which backtests saved in august had the best calmar?', best({ metric: 'calmar_ratio', start: '2025-08-01', end: '2025-08-31' })],
    ['my top 3 runs by sortino that i made during q3', best({ metric: 'sortino_ratio', start: '2025-07-01', end: '2025-09-30', count: 3 })],
    ['list what I ran in Q3', list({ start: '2025-07-01', end: '2025-09-30' })],
    ['what did i run in october?', list(OCTOBER)],
    ['tell me what we backtested in september', list({ start: '2025-09-01', end: '2025-09-30' })],
    ['what have i run in 2025 so far', list({ start: '2025-01-01', end: TODAY })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});

describe('a month without its year is when the runs were made, its latest occurrence by today (before: the month dropped)', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    // Round 76's lines.
    ['Which of my runs had the best sortino in october?', best({ metric: 'sortino_ratio', ...OCTOBER })],
    ['Which of my eth runs in september had the highest profit factor?', best({ metric: 'profit_factor', symbol: 'ETH', start: '2025-09-01', end: '2025-09-30' })],
    // Dates after the deed with words between ("a lot").
    ["i ran a lot in october 2025 – what's my best sortino?", best({ metric: 'sortino_ratio', ...OCTOBER })],
    ['we ran lots of backtests in october 2025, show me the best calmar', best({ metric: 'calmar_ratio', ...OCTOBER })],
    ['I tried a bunch of tests back in september, which had my best sharpe?', best({ metric: 'sharpe_ratio', start: '2025-09-01', end: '2025-09-30' })],
    ['show me what I ran in august', list({ start: '2025-08-01', end: '2025-08-31' })],
    ['best calmar from my july runs', best({ metric: 'calmar_ratio', start: '2025-07-01', end: '2025-07-31' })],
    // "tests from march" are the tests of March, not March to today.
    ['list my btc tests from march', list({ symbol: 'BTC', start: '2025-03-01', end: '2025-03-31' })],
    // On 2025-11-20 "december" is December 2024; "november" is this month so far.
    ['which of my runs in december had the best sharpe', best({ metric: 'sharpe_ratio', start: '2024-12-01', end: '2024-12-31' })],
    ['my top win rate among my november backtests', best({ metric: 'win_rate', start: '2025-11-01', end: TODAY })],
    ['list my runs from july to september', list({ start: '2025-07-01', end: '2025-09-30' })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});

describe('neighbours that read differently', () => {
  const cases: Array<[string, MemoryQuestion | undefined]> = [
    // A recent window is a rolling number of days.
    ['my best sharpe from the runs last week', best({ metric: 'sharpe_ratio', days: 7 })],
    ['which of the runs i did last month was best', best({ metric: 'sharpe_ratio', days: 30 })],
    // A month in a new backtest request is its window, no saved run's.
    ['rsi on btc in october 2023', undefined],
    ['rsi on btc in october', undefined],
    // A month told in a story beside the question is no window of its runs.
    ["Which of my saved runs had the best Calmar ratio overall? I've been at this since about April.", best({ metric: 'calmar_ratio' })],
    // What was tried, told inside a request.
    ['rsi on eth, what i tried before was sma', undefined],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});

describe('must not change', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    ['show my last 5 experiments', list({}, 5)],
    ['what did I run today? show my recent backtests', list({ days: 1 })],
    ['what was my best ETH strategy last week?', best({ metric: 'sharpe_ratio', symbol: 'ETH', days: 7 })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});

describe('a window reaching today is when the runs were made (before: dropped, or read as a request)', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    // Round 86's and 87's lines.
    ['top 3 runs by total return since september?', best({ metric: 'total_return', count: 3, start: '2025-09-01', end: TODAY })],
    ['list my runs since the start of the year', list({ start: '2025-01-01', end: TODAY })],
    ['list my runs since the beginning of the month', list({ start: '2025-11-01', end: TODAY })],
    ['list my runs since the start of october', list({ start: '2025-10-01', end: TODAY })],
    ['list my eth runs year to date', list({ symbol: 'ETH', start: '2025-01-01', end: TODAY })],
    ['my best sharpe ytd', best({ metric: 'sharpe_ratio', start: '2025-01-01', end: TODAY })],
    // A ranking of the runs themselves needs no "my".
    ['worst runs by drawdown since june', best({ metric: 'max_drawdown', order: 'worst', start: '2025-06-01', end: TODAY })],
    ['top 3 experiments by sortino since the start of the year', best({ metric: 'sortino_ratio', count: 3, start: '2025-01-01', end: TODAY })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});

describe('a range of days, or one led by "between", is when the runs were made whatever its year (before: dropped)', () => {
  const MARCH_TO_JUNE = { start: '2025-03-01', end: '2025-06-30' };
  const cases: Array<[string, MemoryQuestion]> = [
    // Round 87's line.
    ['top 3 of my btc runs by profit factor between 3/1/2025 and 6/30/2025', best({ metric: 'profit_factor', symbol: 'BTC', count: 3, ...MARCH_TO_JUNE })],
    ['list my runs from 2025-03-01 to 2025-06-30', list(MARCH_TO_JUNE)],
    ['my best sortino between march and june 2025', best({ metric: 'sortino_ratio', ...MARCH_TO_JUNE })],
    ['top 5 runs by sharpe between 2025-03-01 and 2025-06-30', best({ metric: 'sharpe_ratio', count: 5, ...MARCH_TO_JUNE })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});

describe('other dates with a year are the data\'s window, which no saved run is filtered by: refused, never dropped (before: answered over every run)', () => {
  const cases: Array<[string, string]> = [
    ['what was my best sharpe on btc in 2022', 'in 2022'],
    ['my best run in 2025', 'in 2025'],
    ['my best sharpe on eth in october 2023', 'in october 2023'],
    ['my best sharpe on btc from march to june 2022', 'from march to june 2022'],
    ['list my btc runs in 2022', 'in 2022'],
  ];
  it.each(cases)('%s', (text, written) => expect(parseMemoryQuestion(text, TODAY)).toEqual(dataWindowRefusal(written)));

  it('the refusal names the dates and how to ask for the runs made then', () => {
    expect(dataWindowRefusal('in 2022').error.message).toContain('"the runs I did in 2022"');
    expect(parseMemoryQuestion('my best sharpe on btc for the runs I did in 2022', TODAY)).toEqual(best({ metric: 'sharpe_ratio', symbol: 'BTC', start: '2022-01-01', end: '2022-12-31' }));
  });
});

describe('must not change: requests, recent windows and stories', () => {
  const cases: Array<[string, MemoryQuestion | undefined]> = [
    ['run the top 3 sma settings on btc', undefined],
    ['sma 20/50 on btc since september, rank by sortino', undefined],
    // Without the runs named, a ranking with dates is a request.
    ['best sharpe on btc since september', undefined],
    ['top 3 runs by sharpe in 2022', undefined],
    // "this month" and "this year" are rolling days.
    ['best 3 backtests by calmar this month', best({ metric: 'calmar_ratio', days: 30, count: 3 })],
    ['show my runs this year', list({ days: 365 })],
    ['top 5 runs by sharpe', best({ metric: 'sharpe_ratio', count: 5 })],
    // Dates in the story beside the question filter nothing.
    ['I have been testing since 2019. Which of my saved runs had the best calmar?', best({ metric: 'calmar_ratio' })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});
