import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });
const list = (args: Extract<MemoryQuestion, { tool: 'list_experiments' }>['args']): MemoryQuestion => ({ tool: 'list_experiments', args });

describe('a count said anew ("gimme 10", "10 instead", "all of them") replaces the question\'s own', () => {
  const cases: Array<[string, string[], MemoryQuestion]> = [
    // Issue #12's lines.
    ['eh 5 isnt enough, gimme 10', ['top 5 by total return'], best({ metric: 'total_return', count: 10 })],
    ['show all of them actually', ['list my experiments'], list({ limit: 50 })],
    // Neighbours.
    ['10 instead', ['top 5 by total return'], best({ metric: 'total_return', count: 10 })],
    ['make it 10', ['top 5 runs by calmar'], best({ metric: 'calmar_ratio', count: 10 })],
    ['bump it to 8', ['top 3 runs by sortino'], best({ metric: 'sortino_ratio', count: 8 })],
    ['gimme 20', ['list my last 5 runs'], list({ limit: 20 })],
    ['list them all', ['list my last 5 runs'], list({ limit: 50 })],
    ['everything please', ['list my eth runs'], list({ limit: 50, symbol: 'ETH' })],
  ];
  it.each(cases)('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));
});

describe('a span said anew ("make it 2 wks") is the window, not a count', () => {
  const cases: Array<[string, string[], MemoryQuestion]> = [
    // Issue #12's line.
    ['make it 2 wks', ['best sharpe in last 60 days for bnb'], best({ metric: 'sharpe_ratio', symbol: 'BNB', days: 14 })],
    // Neighbours.
    ['make it 30 days', ['best calmar over the last 60 days'], best({ metric: 'calmar_ratio', days: 30 })],
    ['make it a month', ['best calmar over the last 60 days'], best({ metric: 'calmar_ratio', days: 30 })],
    ['2 weeks instead', ['best sharpe on eth'], best({ metric: 'sharpe_ratio', symbol: 'ETH', days: 14 })],
  ];
  it.each(cases)('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));
});

describe('must not change', () => {
  it('"make it 20" after a listing still lists 20', () => {
    expect(parseMemoryQuestion('make it 20', TODAY, ['list my last 5 runs'])).toEqual(list({ limit: 20 }));
  });
  it.each([
    ['make it 10', ['sma on btc 2022']],
    ['gimme 10', ['ema 12/26 on eth 2023']],
    ['show all of them', ['compare sma and ema on btc 2022']],
  ])('%s after a request is no memory question', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());
});

describe('a count after the filter ("just the btc ones, 20 of them") and a symbol after "only" narrow the listing together', () => {
  it.each<[string, string[], MemoryQuestion]>([
    // round66:37: the count comes after the symbol, as "N of them".
    ['just the btc ones, 20 of them', ['show me my last experiments'], list({ limit: 20, symbol: 'BTC' })],
    ['only the eth ones, 5 of those please', ['show me my last experiments'], list({ limit: 5, symbol: 'ETH' })],
    ['just sol, 8 of em', ['show me my last experiments'], list({ limit: 8, symbol: 'SOL' })],
    ['just the macd ones, 12 of them.', ['list my runs'], list({ limit: 12, strategy: 'macd' })],
    // round66:44: a name that also is a word ("spy", "gold", "link") after "only" or "just" is the symbol the runs are narrowed to.
    ['make it 15 and only spy', ['list my 5 most recent runs'], list({ limit: 15, symbol: 'SPY' })],
    ['gimme 10 but just gold', ['list my 5 most recent runs'], list({ limit: 10, symbol: 'GLD' })],
    ['make it 20, only link', ['list my runs'], list({ limit: 20, symbol: 'LINK' })],
    // Must not change: a span after the filter is a window, and a count alone keeps the filters.
    ['just the btc ones from the last 20 days', ['show me my last experiments'], list({ limit: 10, symbol: 'BTC', days: 20 })],
    ['make it 15', ['list my 5 most recent runs'], list({ limit: 15 })],
  ])('"%s" after %j', (text, history, question) => expect(parseMemoryQuestion(text, TODAY, history)).toStrictEqual(question));

  it('must not change: "3 of them were losers" tells about the runs, it restates no count', () => {
    expect(parseMemoryQuestion('3 of them were losers', TODAY, ['show me my last experiments'])).toBeUndefined();
  });
});

describe('a count after a correction marker in the question ("last 5 runs — actually make it 8") is the count', () => {
  it.each([
    ['what were my last 5 runs — actually make it 8', 8],
    ['show my last 5 experiments, sorry, 10', 10],
    ['list my last 3 runs, I mean 6', 6],
    ['what were my last 5 runs, no wait, 12', 12],
  ])('"%s" lists %i', (text, limit) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(list({ limit }));
  });

  it.each(['show my last 5 experiments', 'what were my last 5 runs? sorry for asking again'])('must not change: "%s" lists 5', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(list({ limit: 5 }));
  });
});

describe('a count after a ranking keeps its metric: "give me the top 5 instead", "show 3", "the best 10 then"', () => {
  const cases: Array<[string, string[], MemoryQuestion]> = [
    ['give me the top 5 instead', ['best calmar run so far?'], best({ metric: 'calmar_ratio', count: 5 })],
    ['show 3', ['best calmar run so far?'], best({ metric: 'calmar_ratio', count: 3 })],
    ['the best 10 then', ['best calmar run so far?'], best({ metric: 'calmar_ratio', count: 10 })],
    ['show me 3', ['my best sharpe runs on eth'], best({ metric: 'sharpe_ratio', symbol: 'ETH', count: 3 })],
    ['just show 4 then', ['top 3 runs by sortino'], best({ metric: 'sortino_ratio', count: 4 })],
    ['top 5 instead', ['highest total return run on eth?'], best({ metric: 'total_return', symbol: 'ETH', count: 5 })],
  ];
  it.each(cases)('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));

  it.each<[string, string[], MemoryQuestion | undefined]>([
    // Must not change: after runs named by id "show 3" shows experiment 3; with no question before it names nothing.
    ['show 3', ['list my last 20 runs'], { tool: 'show_experiment', args: { id: 3 } }],
    ['show 3', ['rerun 42'], { tool: 'show_experiment', args: { id: 3 } }],
    ['show 3', [], undefined],
    ['show 3', ['sma on btc 2022'], undefined],
  ])('%s (after %j) reads as before', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));
});

describe('a count in a narrowing follow-up ("and just 5", "only 3 of them") or "top N" after a listing sets how many it lists', () => {
  it.each<[string, string[], MemoryQuestion]>([
    // round93:42: the count comes after the symbol's narrowing, as "and just N".
    ['only the btc ones, and just 5', ['what are my last runs'], list({ limit: 5, symbol: 'BTC' })],
    ['just 5', ['what are my last runs'], list({ limit: 5 })],
    ['and only 4 then', ['list my runs'], list({ limit: 4 })],
    ['only the eth ones, just 3 please', ['show me my last experiments'], list({ limit: 3, symbol: 'ETH' })],
    ['just 5 runs', ['show my last 20 runs'], list({ limit: 5 })],
    ['only 3 of them', ['what are my last runs'], list({ limit: 3 })],
    ['the last 5 of those', ['what are my last runs'], list({ limit: 5 })],
    // After a listing its top lines are its first ones.
    ['top 3 instead', ['what are my last runs'], list({ limit: 3 })],
    ['show me the top 5', ['show my last 20 runs'], list({ limit: 5 })],
    // After a ranking the same words give that many results of it.
    ['just 5', ['whats my best sharpe on eth'], best({ metric: 'sharpe_ratio', symbol: 'ETH', count: 5 })],
  ])('"%s" after %j', (text, history, question) => expect(parseMemoryQuestion(text, TODAY, history)).toStrictEqual(question));

  it.each<[string, string[], MemoryQuestion | undefined]>([
    // Must not change: a count that goes on to tell something restates nothing; a ranking by a metric stays one.
    ['only 3 were winners', ['what are my last runs'], undefined],
    ['the top 3 by sortino', ['what are my last runs'], best({ metric: 'sortino_ratio', count: 3 })],
    ['just 5', ['sma on btc 2022'], undefined],
  ])('"%s" after %j reads as before', (text, history, question) => expect(parseMemoryQuestion(text, TODAY, history)).toStrictEqual(question));
});
