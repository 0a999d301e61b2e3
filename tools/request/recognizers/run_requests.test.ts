import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from './memory_question.js';

const TODAY = '2026-11-24';

describe('a message that asks for a new run is a request, whatever "my best" its story says', () => {
  it.each([
    "I'm 42 and my best trade ever was buying LTC at $24 in December 2018. Please test RSI on Litecoin with period 21 from 2018-06-01 to 2023-06-01.",
    'My best month was March. Can you backtest MACD on BTC for 2024?',
    'My best run of luck was in 2021. Now run an SMA crossover on ETH for 2023.',
    'I want to test RSI on SOL for 2024; my best guess is it beats holding.',
  ])('"%s"', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });

  it.each([
    ['my best MACD run on ETH', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH', strategy: 'macd' } }],
    ['what was my best test of RSI on ETH?', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', strategy: 'rsi_mean_reversion', symbol: 'ETH' } }],
    ['out of everything i ran in the last 30 days, which BTC test had the highest total return?', { tool: 'best_experiment', args: { metric: 'total_return', symbol: 'BTC', days: 30 } }],
  ])('"%s" stays a question about saved runs', (text, question) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question);
  });
});

describe('the list\'s length is the count asked for, not one the story tells', () => {
  it.each([
    ["I've been using this tool for about 3 months now, maybe 60 or 70 runs in total, mostly on weekends when my kids (8 and 11) are at their grandma's. Could you list my last 5 experiments on Ethereum?", 5],
    ["I've done about 40 backtests so far. Show me my last 3.", 3],
    ["I've made 25 runs this year; list my 3 latest experiments", 3],
    ['what have I got saved for ETH lately? the last 5 is enough', 5],
    ["I've done about 40 backtests so far. Show me my experiments.", 10],
  ])('"%s" lists %d', (text, limit) => {
    expect(parseMemoryQuestion(text, TODAY)).toMatchObject({ tool: 'list_experiments', args: { limit } });
  });
});

describe('a run of a strategy named by its preset ("death cross", "golden cross") is a new run, whatever metrics it asks to see', () => {
  it.each([
    // (before: best_experiment {sharpe_ratio, BTC})
    'My dad bought bitcoin in january 2018 basically at the top and just sat on it. I keep telling him even a dumb trend filter would of saved him a lot of pain. Can you run the death cross (50/200) on BTC from January 2018 to December 2022 so I can show him sharpe and drawdown? Don\'t tune anything, just the standard version.',
    'could you backtest the golden cross on ETH since 2020 and tell me the drawdown?',
    'My brother swears by trend following. Can you test a golden cross on SPY from 2015 to 2020 so I can show him the sharpe and max drawdown?',
    'please run a death crossover on SOL for 2023, I want to see my sortino',
  ])('"%s"', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });

  it.each([
    ['what was my best sharpe on btc?', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC' } }],
    ['of my btc runs which had the best sharpe', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC' } }],
    ['what was my best golden cross run on btc?', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', strategy: 'sma_crossover', symbol: 'BTC' } }],
  ])('"%s" stays a question about saved runs', (text, question) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question);
  });
});
