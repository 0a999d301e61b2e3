import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';

describe('asking how a strategy did on an instrument asks for a new run, whatever the story around it', () => {
  it.each([
    "I'm a history buff and I've read about 1929 a dozen times. I want to see how the golden cross on SPY did during 2008 and then, as a separate test, during 2020.",
    "I've run loads of tests. I'm curious how RSI on ETH performed in 2022",
    'show me my runs later. how would MACD on BTC do over 2021?',
    "I've read a lot about trend following. Show me how the death cross fared on bitcoin in 2018",
  ])('"%s"', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });
});

describe('"history" as a subject or a saying is no history of runs', () => {
  it.each([
    "I'm a history buff. What did the golden cross on SPY do in 2008?",
    'history repeats itself, so sma on spy for 2008 please',
    'My history teacher loved 1929 stories. What about RSI on AAPL in 2020?',
  ])('"%s"', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });

  it.each([
    ['show my history', { limit: 10 }],
    ['show me my run history', { limit: 10 }],
    ["I'm a history buff. show me my last 5 runs", { limit: 5 }],
  ])('"%s" still lists the runs', (text, args) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual({ tool: 'list_experiments', args });
  });

  it('the user\'s own runs asked after in a list stay a listing', () => {
    expect(parseMemoryQuestion('list my golden cross runs on SPY', TODAY)).toMatchObject({ tool: 'list_experiments', args: { symbol: 'SPY' } });
  });
});
