import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });

describe('follow-ups to a ranking of saved runs keep its metric, coin, window and count except what they change', () => {
  const cases: Array<[string, string[], MemoryQuestion]> = [
    // Issue #12's lines.
    ['same but only btc', ['top 3 runs by sortino'], best({ metric: 'sortino_ratio', count: 3, symbol: 'BTC' })],
    ['ok now the worst one', ['which of my runs had the highest total return?'], best({ metric: 'total_return', order: 'worst' })],
    ['swap sol for doge', ['best sharpe on sol?'], best({ metric: 'sharpe_ratio', symbol: 'DOGE' })],
    ['top 5 of those', ['best calmar over the last 30 days'], best({ metric: 'calmar_ratio', days: 30, count: 5 })],
    ['same for xrp', ['best profit factor on ltc'], best({ metric: 'profit_factor', symbol: 'XRP' })],
    ['and by sortino?', ['best sharpe on btc in the last 7 days'], best({ metric: 'sortino_ratio', symbol: 'BTC', days: 7 })],
    ['worst 3 instead', ['which run has the best sharpe in the last 14 days?'], best({ metric: 'sharpe_ratio', days: 14, order: 'worst', count: 3 })],
    // Neighbours: the other end alone.
    ['and the worst?', ['best sharpe on eth'], best({ metric: 'sharpe_ratio', symbol: 'ETH', order: 'worst' })],
    ['now the best one', ['my worst run by calmar'], best({ metric: 'calmar_ratio' })],
    ['the worst then', ['top 3 runs by sortino on eth'], best({ metric: 'sortino_ratio', symbol: 'ETH', count: 3, order: 'worst' })],
    // Neighbours: a coin swapped for another.
    ['replace sol with doge', ['best sharpe on sol?'], best({ metric: 'sharpe_ratio', symbol: 'DOGE' })],
    ['switch eth to btc', ['top 3 runs by sortino on eth'], best({ metric: 'sortino_ratio', symbol: 'BTC', count: 3 })],
    ['doge instead of sol', ['best calmar on sol over the last 30 days'], best({ metric: 'calmar_ratio', symbol: 'DOGE', days: 30 })],
    ['swap eth for sol', ['my best run on eth'], best({ metric: 'sharpe_ratio', symbol: 'SOL' })],
  ];
  it.each(cases)('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));
});

describe('must not change: the same words after a request, and a ranking word with its own metric', () => {
  it.each([
    ['swap sol for doge', ['sma 10/50 on sol since 2021']],
    ['ok now the worst one', ['compare sma and ema on btc 2022']],
    ['and by calmar?', ['ema 12/26 on eth and sol since 2022, rank by sharpe']],
  ])('%s (after %j)', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());

  it('"the worst drawdown" after a ranking ranks by drawdown', () => {
    expect(parseMemoryQuestion('and the worst drawdown?', TODAY, ['best sharpe on eth'])).toEqual(best({ metric: 'max_drawdown', symbol: 'ETH', order: 'worst' }));
  });
});

describe('narrowing follow-ups to a listing or ranking keep the question\'s other arguments: "only the eth ones", "the ones on spy"', () => {
  const list = (args: Extract<MemoryQuestion, { tool: 'list_experiments' }>['args']): MemoryQuestion => ({ tool: 'list_experiments', args });
  const october = { start: '2025-10-01', end: '2025-11-20' };
  const cases: Array<[string, string[], MemoryQuestion]> = [
    ['only the eth ones', ['what runs did I do since october'], list({ limit: 10, symbol: 'ETH', ...october })],
    ['just btc', ['what runs did I do since october'], list({ limit: 10, symbol: 'BTC', ...october })],
    ['only sol runs', ['show my runs since october'], list({ limit: 10, symbol: 'SOL', ...october })],
    ['the ones on spy', ['show my runs since october'], list({ limit: 10, symbol: 'SPY', ...october })],
    ['just those on btc', ['what runs did I do since october'], list({ limit: 10, symbol: 'BTC', ...october })],
    ['only the ones with macd', ['list my last 20 runs'], list({ limit: 20, strategy: 'macd' })],
    ['the ones on spy', ['my best sharpe run this month'], best({ metric: 'sharpe_ratio', days: 30, symbol: 'SPY' })],
    ['those for eth', ['top 3 runs by sortino'], best({ metric: 'sortino_ratio', count: 3, symbol: 'ETH' })],
  ];
  it.each(cases)('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));

  it.each([
    // Must not change: with no question about saved runs before it, it asks none.
    ['the ones on spy', []],
    ['the ones on spy', ['sma on btc 2022']],
  ])('%s (after %j) is no memory question', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());
});

describe('a window-only follow-up to a listing or ranking of saved runs narrows when its runs were made', () => {
  const list = (args: Extract<MemoryQuestion, { tool: 'list_experiments' }>['args']): MemoryQuestion => ({ tool: 'list_experiments', args });
  it.each<[string, string[], MemoryQuestion]>([
    ['and only since september', ['list my runs', 'only the sol ones'], list({ limit: 10, symbol: 'SOL', start: '2025-09-01', end: '2025-11-20' })],
    ['just the ones from august', ['list my runs'], list({ limit: 10, start: '2025-08-01', end: '2025-08-31' })],
    ['what about in october', ['whats my best sharpe on eth'], best({ metric: 'sharpe_ratio', symbol: 'ETH', start: '2025-10-01', end: '2025-10-31' })],
    ['since september', ['top 3 by sortino'], best({ metric: 'sortino_ratio', count: 3, start: '2025-09-01', end: '2025-11-20' })],
    // A new window replaces the one asked before, in days or in dates.
    ['only since march', ['list the runs I did in october'], list({ limit: 10, start: '2025-03-01', end: '2025-11-20' })],
    ['only this week', ['list the runs I did since september'], list({ limit: 10, days: 7 })],
    // Neighbours that read as before: recent windows in days.
    ['just this month', ['list my runs', 'only the sol ones'], list({ limit: 10, symbol: 'SOL', days: 30 })],
    ['only the last 7 days', ['list my runs'], list({ limit: 10, days: 7 })],
  ])('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));

  // Must not change: after a backtest the window changes the backtest's dates; a year is the data's window.
  it.each<[string, string[]]>([
    ['and only since september', ['sma 20/50 on btc 2023']],
    ['and for 2023?', ['list my runs']],
  ])('%s (after %j) is no memory question', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());
});
