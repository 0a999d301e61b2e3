import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from './memory_question.js';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

describe('a story of runs done ("I\'ve done MACD tests to death", "I\'ve seen 2022") beside a new run asked for is a request', () => {
  it.each([
    "My wife's friend runs a grid bot on Binance and claims she makes 3% a month, every month, since 2023. I've done MACD and RSI tests to death and I don't want another one of those. What I actually want is that grid bot strategy tested on ETH across 2024, with the grid spaced however you think is standard.",
    "BNB went from $240 to $700 for my friend last cycle and he thinks it only goes up. I've seen 2022, so I can't stomach more than a 20% drop no matter what the return is. I don't care about the other exchange tokens. Find the best EMA crossover settings on BNB since 2021 with that drawdown limit.",
    // Neighbours.
    "I've seen 2022. Find the best RSI parameters on ETH since 2021 with a Sharpe above 1.",
    'My brother runs a trading desk. Find the optimal MACD settings on BTC for 2023.',
    "I've done SMA tests forever. Find the best bollinger settings on SOL for 2024.",
  ])('"%s"', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });

  it('the grid bot is then the strategy asked for, and refused as unknown', () => {
    const outcome = parseRequest("My wife's friend runs a grid bot on Binance and claims she makes 3% a month, every month, since 2023. I've done MACD and RSI tests to death and I don't want another one of those. What I actually want is that grid bot strategy tested on ETH across 2024.", { today: TODAY });
    expect(outcome.ok && outcome.spec.strategies.filter((strategy) => !strategy.baseline).map(({ name }) => name)).toEqual(['grid', 'bot']);
  });

  it('the loss limit of the story is the search\'s target', () => {
    const outcome = parseRequest("BNB went from $240 to $700 for my friend last cycle and he thinks it only goes up. I've seen 2022, so I can't stomach more than a 20% drop no matter what the return is. Find the best EMA crossover settings on BNB since 2021 with that drawdown limit.", { today: TODAY });
    expect(outcome).toMatchObject({ ok: true, spec: { symbols: ['BNB'], targets: { max_drawdown: { operator: '>=', value: -0.2 } }, optimization_required: true } });
  });
});

describe('must not change: questions about saved runs', () => {
  it.each([
    ['find my best MACD run on ETH', 'best_experiment'],
    ['what was my best test of RSI on ETH?', 'best_experiment'],
    ['show me my runs from last week', 'list_experiments'],
    ["I've done about 40 backtests so far. Show me my last 3.", 'list_experiments'],
  ])('"%s" is %s', (text, tool) => {
    expect(parseMemoryQuestion(text, TODAY)).toMatchObject({ tool });
  });
});
