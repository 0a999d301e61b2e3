import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_LIMIT } from './list_question.js';
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
    // Dates not after the deed of making the runs are the data's window, which no saved run is filtered by.
    ['what was my best sharpe on btc in 2022', best({ metric: 'sharpe_ratio', symbol: 'BTC' })],
    // A month with its year, or in a range with one, is the data's window too.
    ['my best sharpe on eth in october 2023', best({ metric: 'sharpe_ratio', symbol: 'ETH' })],
    ['my best sharpe on btc from march to june 2022', best({ metric: 'sharpe_ratio', symbol: 'BTC' })],
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
