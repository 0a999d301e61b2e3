import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });
const list = (args: Extract<MemoryQuestion, { tool: 'list_experiments' }>['args']): MemoryQuestion => ({ tool: 'list_experiments', args });

describe('a question about saved runs inside a story reads its own symbols, metric, end and window (before: the story\'s)', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    // The round's lines.
    ["I've been at this all week, my partner says I talk about Sharpe ratios in my sleep. I ran a bunch of ETH and BTC stuff on Monday, but what I'm trying to remember now is: what was my best sortino on SOL?",
      best({ metric: 'sortino_ratio', symbol: 'SOL' })],
    ['I switched laptops last week and my old notes are gone, which is annoying because I had some good results on XRP from the spring. Can you just list my last 10 experiments so I can find them again?',
      list({ limit: 10 })],
    ["I had a rough month and I'm trying to learn from it instead of just sulking. My friend said the best thing he did after losing money on NVDA was to study his worst trades. So, what were my 3 worst experiments by total return over the last 30 days?",
      best({ metric: 'total_return', order: 'worst', count: 3, days: 30 })],
    // Neighbours: the question after "but", after a colon, in a sentence of its own.
    ['I ran a bunch of ETH and BTC stuff on Monday, but what was my best calmar on SOL?', best({ metric: 'calmar_ratio', symbol: 'SOL' })],
    ['Mostly been testing DOGE this month. Quick one: which of my runs had the top sharpe on LTC?', best({ metric: 'sharpe_ratio', symbol: 'LTC' })],
    ['My brother swears by MACD on BTC and made a killing last year. What was my highest total return on ETH?', best({ metric: 'total_return', symbol: 'ETH' })],
    ['A mate lost a lot on SOL last week. Show me my 5 most recent runs please.', list({ limit: 5 })],
    ['My best trade ever was on ADA. Can you list my last 3 backtests on ETH?', list({ limit: 3, symbol: 'ETH' })],
    ['I read about the worst crashes in history. What are my 2 best experiments by sortino?', best({ metric: 'sortino_ratio', count: 2 })],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(expected);
  });
});

describe('the story still counts when the question points back at it or names no runs of its own', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    ['Last week I ran a pile of tests on ETH. Which of those had the best sharpe?', best({ metric: 'sharpe_ratio', symbol: 'ETH', days: 7 })],
    ['I ran lots of SOL backtests. Which was best?', best({ metric: 'sharpe_ratio', symbol: 'SOL' })],
    // Must not change: one sentence, or the story after the question.
    ['what was my best ETH strategy last week?', best({ metric: 'sharpe_ratio', symbol: 'ETH', days: 7 })],
    ['list my last 5 experiments on bitcoin? I think I made about 30 this year', list({ limit: 5, symbol: 'BTC' })],
    ['what have I got saved for ETH lately? the last 5 is enough', list({ limit: 5, symbol: 'ETH' })],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(expected);
  });
});
