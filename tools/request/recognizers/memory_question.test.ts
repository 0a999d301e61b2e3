import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_LIMIT } from './list_question.js';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2026-11-24';

describe('parseMemoryQuestion recognises questions about saved experiments', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    // The three questions.
    ['show my last 5 experiments', { tool: 'list_experiments', args: { limit: 5 } }],
    ['what was my best ETH strategy last week?', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH', days: 7 } }],
    ['re-run experiment 12 on 2025 data', { tool: 'rerun_experiment', args: { id: 12, start: '2025-01-01', end: '2025-12-31' } }],
    // Listing.
    ['list my experiments', { tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT } }],
    ['Show me my 3 most recent runs', { tool: 'list_experiments', args: { limit: 3 } }],
    ['my BTC experiments from the last 30 days', { tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT, symbol: 'BTC', days: 30 } }],
    ['experiment history for bitcoin', { tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT, symbol: 'BTC' } }],
    ['last 200 experiments with RSI', { tool: 'list_experiments', args: { limit: 50, strategy: 'rsi_mean_reversion' } }],
    ['what did I run today? show my recent backtests', { tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT, days: 1 } }],
    // Counts in words, and a symbol between the count and the noun (before: the default ten).
    ['list my last five saved bitcoin backtests', { tool: 'list_experiments', args: { limit: 5, symbol: 'BTC' } }],
    ['display my recent three tests on solana', { tool: 'list_experiments', args: { limit: 3, symbol: 'SOL' } }],
    ['show my 5 ETH runs', { tool: 'list_experiments', args: { limit: 5, symbol: 'ETH' } }],
    ['list my twelve most recent saved experiments', { tool: 'list_experiments', args: { limit: 12 } }],
    // Best.
    ['best sharpe for BTC in my experiments over the past 7 days', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC', days: 7 } }],
    ["what's the highest total return I've had on solana this month", { tool: 'best_experiment', args: { metric: 'total_return', symbol: 'SOL', days: 30 } }],
    ['my best MACD run on ETH', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH', strategy: 'macd' } }],
    ['which of my saved strategies had the best max drawdown?', { tool: 'best_experiment', args: { metric: 'max_drawdown' } }],
    ['top sortino I ran in the last 2 weeks', { tool: 'best_experiment', args: { metric: 'sortino_ratio', days: 14 } }],
    ['what was my best ETH run, including buy and hold?', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH', baselines: true } }],
    ['my best BTC result with the baselines too', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC', baselines: true } }],
    ['my best buy and hold run on SPY', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'SPY', strategy: 'buy_and_hold' } }],
    // One experiment.
    ['show experiment 12', { tool: 'show_experiment', args: { id: 12 } }],
    ['what was in experiment #7?', { tool: 'show_experiment', args: { id: 7 } }],
    ['open run 3', { tool: 'show_experiment', args: { id: 3 } }],
    // Re-runs.
    ['rerun 4', { tool: 'rerun_experiment', args: { id: 4 } }],
    // "exp" is how people shorten "experiment" (before, a request with no symbol).
    ['rerun exp 7 on 2024 data', { tool: 'rerun_experiment', args: { id: 7, start: '2024-01-01', end: '2024-12-31' } }],
    ['Re-run experiment #12', { tool: 'rerun_experiment', args: { id: 12 } }],
    ['repeat experiment 3 for H1 2024', { tool: 'rerun_experiment', args: { id: 3, start: '2024-01-01', end: '2024-06-30' } }],
    ['run experiment 9 again from 2023-01-01 to 2023-06-30', { tool: 'rerun_experiment', args: { id: 9, start: '2023-01-01', end: '2023-06-30' } }],
    ['replay experiment 2 on last year', { tool: 'rerun_experiment', args: { id: 2, start: '2025-01-01', end: '2025-12-31' } }],
    // Without the possessive read, this re-ran the saved window: a silent misread.
    ["re-run experiment 2 on last year's data", { tool: 'rerun_experiment', args: { id: 2, start: '2025-01-01', end: '2025-12-31' } }],
    // Deleting is the CLI's job.
    ['delete experiment 5', { tool: 'delete_experiment', args: { id: 5 } }],
  ];
  for (const [text, expected] of cases) {
    // Strict: a filter the question does not name is absent, not present as undefined.
    it(`"${text}"`, () => expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(expected));
  }
});

describe('parseMemoryQuestion leaves backtest requests and follow-ups to parse_request', () => {
  const requests = [
    'Backtest SMA 20/50 on BTC for 2022',
    'Compare SMA vs RSI on BTC and ETH from 2021 to 2024',
    "what's the best strategy for ETH in 2022?",
    'Which strategy is best on SPY since 2010?',
    'Optimise MACD on ETH for 2022-2023, target Sharpe > 1.5 and max drawdown under 25%',
    'now try it on SOL',
    'extend it to 2024',
    'make the short window 10',
    'what about Bollinger instead',
    'run it on the last 90 days',
    'Test the top 3 strategies on BTC last year',
    'Backtest a golden cross on SPY since 2010 with 0.05% fees',
    'hello',
  ];
  for (const text of requests) {
    it(`"${text}"`, () => expect(parseMemoryQuestion(text, TODAY)).toBeUndefined());
  }
});

describe('re-runs and ids written more fully', () => {
  it.each<[string, MemoryQuestion]>([
    ['Please execute the saved experiment number 17 once more, but restricted to the period 2023-01-01 to 2023-06-30.', { tool: 'rerun_experiment', args: { id: 17, start: '2023-01-01', end: '2023-06-30' } }],
    ['run experiment #12 again', { tool: 'rerun_experiment', args: { id: 12 } }],
    ['show experiment twelve', { tool: 'show_experiment', args: { id: 12 } }],
  ])('"%s" (before: read as a new request)', (text, question) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(question);
  });
});

describe('an id with letters joined to its digits is not an experiment number', () => {
  it('"pull up experiment 7f3a9c" is not experiment 7 (before: show_experiment 7)', () => {
    expect(parseMemoryQuestion('pull up experiment 7f3a9c', TODAY)).toBeUndefined();
  });
});

describe('a re-run of "the number 12"', () => {
  it('"please rerun the number 12 but only for 2024" (before: read as a new request)', () => {
    expect(parseMemoryQuestion('ok, please rerun the number 12 but only for 2024', TODAY)).toEqual({ tool: 'rerun_experiment', args: { id: 12, start: '2024-01-01', end: '2024-12-31' } });
  });
});

describe('a question about what is saved', () => {
  it('"what have I got saved for ETH lately? the last 5 is enough" lists them (before: read as a new request)', () => {
    expect(parseMemoryQuestion('what have I got saved for ETH lately? the last 5 is enough', TODAY)).toEqual({ tool: 'list_experiments', args: { limit: 5, symbol: 'ETH' } });
  });
});

describe('memory questions said in other words', () => {
  it.each<[string, MemoryQuestion]>([
    // "run again" is a re-run, with its new end.
    ['run again experiment 17 but until end of October 2025', { tool: 'rerun_experiment', args: { id: 17, end: '2025-10-31' } }],
    // "experiment" misspelled, by the edit-distance rule of fuzzy_names.ts.
    ['show experimnt 42 pls', { tool: 'show_experiment', args: { id: 42 } }],
    ['rerun experment 17 but end it dec 31 2024', { tool: 'rerun_experiment', args: { id: 17, end: '2024-12-31' } }],
    ['list my expirements', { tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT } }],
    // What was run, asked as a question.
    ['what have I run so far? just show me the last 10', { tool: 'list_experiments', args: { limit: 10 } }],
    ['what did we test last week?', { tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT, days: 7 } }],
    // "all" is as many as the list tool shows (its maximum, 50), not its default page of 10; a count still wins.
    ["show me all the bitcoin experiments I've saved", { tool: 'list_experiments', args: { limit: 50, symbol: 'BTC' } }],
    ['show me the last 5 of all my experiments', { tool: 'list_experiments', args: { limit: 5 } }],
  ])('"%s"', (text, question) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question);
  });

  it.each(['what would happen if I ran SMA on BTC in 2022', 'what if I ran rsi on eth', 'run again on ETH', 'expertise says sma 20/50 on BTC'])('"%s" stays a request', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });
});

describe('a symbol that is also a word, named before the runs', () => {
  it.each<[string, MemoryQuestion]>([
    ['which of my sol tests had the best sortino in the last 2 weeks??', { tool: 'best_experiment', args: { metric: 'sortino_ratio', symbol: 'SOL', days: 14 } }],
    ['my best gold runs', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'GLD' } }],
    ['list my spy backtests', { tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT, symbol: 'SPY' } }],
    ['my best link experiment this month', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'LINK', days: 30 } }],
    ['my best sol momentum test', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'SOL', strategy: 'momentum' } }],
    // Unambiguous names, as before.
    ['which of my eth runs had the best sharpe', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH' } }],
    ['my best btc backtest this month', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC', days: 30 } }],
  ])('"%s" (before: no symbol filter)', (text, question) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question);
  });

  it('the word elsewhere stays a word: "under the sol" filters nothing', () => {
    expect(parseMemoryQuestion('which of my tests had the best sortino under the sol', TODAY)).toStrictEqual({ tool: 'best_experiment', args: { metric: 'sortino_ratio' } });
  });
});

describe('"which tests did best": runs told in the past tense', () => {
  it.each<[string, MemoryQuestion]>([
    ['which doge tests did best on calmar', { tool: 'best_experiment', args: { metric: 'calmar_ratio', symbol: 'DOGE' } }],
    ['what backtests got the highest return', { tool: 'best_experiment', args: { metric: 'total_return' } }],
  ])('"%s" asks about saved runs (before: read as a new request)', (text, question) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question);
  });

  it.each(['backtest sma on btc; if the tests did well show the best', 'run tests on btc and show which did best'])('"%s" stays a request', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });
});

describe('metric shorthand is the metric a question ranks by, never a symbol', () => {
  it.each<[string, MemoryQuestion]>([
    ['whats my best SR on eth so far?', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH' } }],
    ['WHATS MY BEST SR ON ETH', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH' } }],
    ['my best PF on btc', { tool: 'best_experiment', args: { metric: 'profit_factor', symbol: 'BTC' } }],
    ['my best max DD on sol', { tool: 'best_experiment', args: { metric: 'max_drawdown', symbol: 'SOL' } }],
    ['my highest ret on sol', { tool: 'best_experiment', args: { metric: 'total_return', symbol: 'SOL' } }],
    ['which backtest had the best win rate on btc last 7d', { tool: 'best_experiment', args: { metric: 'win_rate', symbol: 'BTC', days: 7 } }],
  ])('"%s" (before: "SR" a symbol, or the wrong metric)', (text, question) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question);
  });

  it('the metric beside the word asking for the best wins over one named earlier', () => {
    expect(parseMemoryQuestion('of my runs with over 20 trades, which had the best sortino', TODAY))
      .toStrictEqual({ tool: 'best_experiment', args: { metric: 'sortino_ratio' } });
  });
});

describe('"top", "max" and "smallest" ask for the best, and a pool of runs marks saved runs', () => {
  it.each<[string, MemoryQuestion]>([
    ['out of the tests from the past 30 days, which one had the top sharpe?', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', days: 30 } }],
    ['best calmar on btc among runs from the past 30d?', { tool: 'best_experiment', args: { metric: 'calmar_ratio', symbol: 'BTC', days: 30 } }],
    ['which run had the highest sortino this month', { tool: 'best_experiment', args: { metric: 'sortino_ratio', days: 30 } }],
    ['top calmar among my eth backtests', { tool: 'best_experiment', args: { metric: 'calmar_ratio', symbol: 'ETH' } }],
    ['my strongest sharpe on sol in the last week', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'SOL', days: 7 } }],
    ["what's my max sharpe on eth", { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH' } }],
    ['maximum calmar across my backtests', { tool: 'best_experiment', args: { metric: 'calmar_ratio' } }],
    // best_experiment ranks the drawdown closest to zero and the lowest volatility first.
    ['best dd among btc runs', { tool: 'best_experiment', args: { metric: 'max_drawdown', symbol: 'BTC' } }],
    ['my smallest drawdown on btc', { tool: 'best_experiment', args: { metric: 'max_drawdown', symbol: 'BTC' } }],
    ['which of my runs had the lowest vol', { tool: 'best_experiment', args: { metric: 'volatility' } }],
    ['best sharpe among my rsi runs on eth past 2w', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', strategy: 'rsi_mean_reversion', symbol: 'ETH', days: 14 } }],
  ])('"%s" (before: a list, or read as a request)', (text, question) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question);
  });

  it.each<[string, MemoryQuestion]>([
    ['list my last 5 runs', { tool: 'list_experiments', args: { limit: 5 } }],
    ['show my recent btc tests', { tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT, symbol: 'BTC' } }],
    ['list my runs from the last 2w', { tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT, days: 14 } }],
  ])('"%s" still lists', (text, question) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question);
  });

  it.each([
    'best settings for sma on btc',
    'find the best rsi on eth 2022',
    'sma on btc 2022, max dd under 20%',
    'optimise macd on eth for max sharpe',
    'a bunch of backtests of sma on btc, pick the best sharpe',
    'run a series of tests on btc and pick the best',
    'compare sma vs rsi on eth, which one had the top sharpe?',
  ])('"%s" stays a request', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });
});

describe('a memory question reads the conversation: "it" and "that one" point back to a named experiment', () => {
  it.each<[string, string[], MemoryQuestion]>([
    // The corpus line (round40:12): the id is in the message before.
    ['rerun that one thru end of 2024 pls', ['list my btc runs', 'show experiment 17'], { tool: 'rerun_experiment', args: { id: 17, end: '2024-12-31' } }],
    ['can you re-run it on 2023 data?', ['open run 9'], { tool: 'rerun_experiment', args: { id: 9, start: '2023-01-01', end: '2023-12-31' } }],
    ['repeat the same one for H1 2024', ['show experiment 4', 'list my eth runs'], { tool: 'rerun_experiment', args: { id: 4, start: '2024-01-01', end: '2024-06-30' } }],
    ['ok show me that run again', ['rerun experiment 31 for 2022'], { tool: 'show_experiment', args: { id: 31 } }],
    // In the same message (round41:28): the sentence that asks is the re-run, and "it" is experiment 17.
    ["I'm a 35-year-old airline pilot and I only get to look at this between trips. I liked experiment 17 a lot, it made 42% in 2023. Can you rerun it for 2021-01-01 to 2021-12-31?", [],
      { tool: 'rerun_experiment', args: { id: 17, start: '2021-01-01', end: '2021-12-31' } }],
    ['experiment 8 looked good, it had a 1.9 sharpe. please redo it for 2020', [], { tool: 'rerun_experiment', args: { id: 8, start: '2020-01-01', end: '2020-12-31' } }],
  ])('"%s" after %j', (text, history, question) => {
    expect(parseMemoryQuestion(text, '2025-11-20', history)).toStrictEqual(question);
  });

  it.each<[string, string[]]>([
    // No experiment named before: nothing to point back to.
    ['rerun that one thru end of 2024 pls', ['list my btc runs']],
    // A new backtest since makes "it" that run, which has no id.
    ['rerun it for 2023', ['show experiment 17', 'backtest sma 20/50 on btc for 2022']],
    ['now try it on SOL', ['show experiment 17']],
  ])('"%s" after %j stays a request', (text, history) => {
    expect(parseMemoryQuestion(text, '2025-11-20', history)).toBeUndefined();
  });
});

describe('"#42" is an experiment id as "experiment 42" is', () => {
  it.each<[string, MemoryQuestion]>([
    ['ok show me #42 details', { tool: 'show_experiment', args: { id: 42 } }],
    ['pull up #7', { tool: 'show_experiment', args: { id: 7 } }],
    ['show me # 12', { tool: 'show_experiment', args: { id: 12 } }],
    ['run #8 again pls', { tool: 'rerun_experiment', args: { id: 8 } }],
    ['pull up run #42', { tool: 'show_experiment', args: { id: 42 } }],
  ])('"%s"', (text, question) => expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question));

  it('a bare number after "show me" stays no id', () => expect(parseMemoryQuestion('show me 2022 on btc', TODAY)).toBeUndefined());
});

describe('an elliptical follow-up asks the memory question before again, with what it changes', () => {
  const BEST_ETH = 'whats my best sharpe on eth';
  it.each<[string, string[], MemoryQuestion]>([
    // The corpus line (round40:13): "n" is "and".
    ['n for btc?', [BEST_ETH], { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC' } }],
    ['and for btc?', [BEST_ETH], { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC' } }],
    ['what about sol', [BEST_ETH], { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'SOL' } }],
    ['same but by sortino', [BEST_ETH], { tool: 'best_experiment', args: { metric: 'sortino_ratio', symbol: 'ETH' } }],
    ['and the last 7 days?', [BEST_ETH], { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH', days: 7 } }],
    ['ok and the worst?', [BEST_ETH], { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH', order: 'worst' } }],
    ['how about doge', ['list my last 5 btc runs'], { tool: 'list_experiments', args: { limit: 5, symbol: 'DOGE' } }],
    // A follow-up to a follow-up keeps what the one before changed.
    ['& by calmar', [BEST_ETH, 'and for btc?'], { tool: 'best_experiment', args: { metric: 'calmar_ratio', symbol: 'BTC' } }],
  ])('"%s" after %j', (text, history, question) => {
    expect(parseMemoryQuestion(text, '2025-11-20', history)).toStrictEqual(question);
  });

  it.each<[string, string[]]>([
    // A new backtest asked for after a memory question is a request.
    ['now run sma on btc 2022', [BEST_ETH]],
    ['what about sma on eth', [BEST_ETH]],
    ['and for 2023?', [BEST_ETH]],
    // After a backtest request, "and for btc?" follows the request.
    ['and for btc?', ['backtest sma 20/50 on eth for 2022']],
    ['what about sol', []],
  ])('"%s" after %j stays a request', (text, history) => {
    expect(parseMemoryQuestion(text, '2025-11-20', history)).toBeUndefined();
  });
});

describe('best_experiment: a strategy filter only when one strategy is named', () => {
  it.each<[string, MemoryQuestion]>([
    // The corpus line (round39:42): "best strategy" reads as every strategy, which filters nothing.
    ["what's been my best strategy by sharpe on btc in the last 30 days?", { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC', days: 30 } }],
    ['my best strategy by sortino', { tool: 'best_experiment', args: { metric: 'sortino_ratio' } }],
    ['which of my strategies had the top calmar on eth', { tool: 'best_experiment', args: { metric: 'calmar_ratio', symbol: 'ETH' } }],
    // Must not change: one strategy named still filters.
    ['my best MACD run on ETH', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH', strategy: 'macd' } }],
  ])('"%s"', (text, question) => expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question));
});

describe('best_experiment among the N newest runs (limit), and the worst run (order)', () => {
  it.each<[string, MemoryQuestion]>([
    ['which of the last 20 runs had the best win rate', { tool: 'best_experiment', args: { metric: 'win_rate', limit: 20 } }],
    ['best sharpe among my last 10 runs', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', limit: 10 } }],
    ['of my 15 most recent runs which had the top sortino', { tool: 'best_experiment', args: { metric: 'sortino_ratio', limit: 15 } }],
    ['which run had the lowest sharpe', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', order: 'worst' } }],
    ['my worst run by sharpe', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', order: 'worst' } }],
    ['which of my btc tests had the biggest drawdown', { tool: 'best_experiment', args: { metric: 'max_drawdown', symbol: 'BTC', order: 'worst' } }],
    ['weakest sortino of my last 5 runs', { tool: 'best_experiment', args: { metric: 'sortino_ratio', limit: 5, order: 'worst' } }],
    // Must not change: a window of days is no count, and the smallest drawdown is the best.
    ['my best sharpe in the last 30 days', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', days: 30 } }],
    ['lowest drawdown of my runs', { tool: 'best_experiment', args: { metric: 'max_drawdown' } }],
  ])('"%s"', (text, question) => expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question));

  it('a hypothetical "my worst loss" is a backtest request', () => {
    expect(parseMemoryQuestion("If I'd bought Litecoin on the first day of 2018 and never sold until the end of 2022, what would my worst peak-to-trough loss have been?", TODAY)).toBeUndefined();
  });
});

describe('a conversation about saved runs: fragments, remarks and ids go on with the question before', () => {
  it.each<[string, string[], MemoryQuestion]>([
    // A fragment naming only what changes carries every filter over, turn after turn (round53:22, :27, :29).
    ['and the worst?', ['my best sortino over the past week', 'for sol'], { tool: 'best_experiment', args: { metric: 'sortino_ratio', days: 7, symbol: 'SOL', order: 'worst' } }],
    ['and by calmar', ['which of my runs had the top sharpe on BTC', 'in the last 60 days'], { tool: 'best_experiment', args: { metric: 'calmar_ratio', symbol: 'BTC', days: 60 } }],
    ['bottom 3 pls', ['what was my best profit factor', 'only the doge ones'], { tool: 'best_experiment', args: { metric: 'profit_factor', symbol: 'DOGE', order: 'worst', count: 3 } }],
    // "make it N" says the question's number anew (round53:23).
    ['make that 15', ['show my last 3 runs', 'just sol'], { tool: 'list_experiments', args: { limit: 15, symbol: 'SOL' } }],
    ['make it 20', ['best sharpe among my last 10 runs'], { tool: 'best_experiment', args: { metric: 'sharpe_ratio', limit: 20 } }],
    ['make it 5', ['my top 3 runs by sortino'], { tool: 'best_experiment', args: { metric: 'sortino_ratio', count: 5 } }],
    // A remark or a question about the run shown keeps "it" on that run (round53:24, :25).
    ['redo it for 2021', ['open experiment 9', 'which settings did that use?'], { tool: 'rerun_experiment', args: { id: 9, start: '2021-01-01', end: '2021-12-31' } }],
    ['rerun that one for 2022', ['show me #15', 'cool thanks'], { tool: 'rerun_experiment', args: { id: 15, start: '2022-01-01', end: '2022-12-31' } }],
    // "and #32" after a run shown or re-run: the same for another run (round53:26).
    ['ok and 40?', ['pull up experiment 39'], { tool: 'show_experiment', args: { id: 40 } }],
    ['and #9', ['rerun experiment 8 for 2022'], { tool: 'rerun_experiment', args: { id: 9, start: '2022-01-01', end: '2022-12-31' } }],
    // After a run shown or re-run, "show me 4" shows experiment 4, as after a listing (round53:30).
    ['never mind that, show 6', ['show experiment 5'], { tool: 'show_experiment', args: { id: 6 } }],
    // A strategy alone filters the runs asked about; a metric after a listing ranks the runs listed.
    ['and for macd?', ['whats my best sharpe on eth'], { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH', strategy: 'macd' } }],
    ['and for rsi', ['list my btc runs'], { tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT, symbol: 'BTC', strategy: 'rsi_mean_reversion' } }],
    ['and by sortino', ['list my runs'], { tool: 'best_experiment', args: { metric: 'sortino_ratio' } }],
  ])('"%s" after %j', (text, history, question) => {
    expect(parseMemoryQuestion(text, '2025-11-20', history)).toStrictEqual(question);
  });

  it.each<[string, string[]]>([
    // Must not change: a fragment after a backtest request follows the request.
    ['on btc', ['sma 20/50 on eth 2022']],
    ['make it 20', ['sma 10/30 on eth 2022']],
    // A dated window, or a strategy with an instrument, is a backtest to run.
    ['in 2023', ['whats my best sharpe on eth']],
    ['what about sma on eth', ['whats my best sharpe on eth']],
    // A new backtest between them makes "it" that run, which has no id.
    ['rerun it for 2023', ['show experiment 7', 'backtest sma 20/50 on btc for 2022']],
  ])('"%s" after %j stays a request', (text, history) => {
    expect(parseMemoryQuestion(text, '2025-11-20', history)).toBeUndefined();
  });

  it('"show me 4" after a ranking names no run by its id: it asks for four results of the ranking', () => {
    expect(parseMemoryQuestion('show me 4', '2025-11-20', ['whats my best sharpe on eth']))
      .toEqual({ tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH', count: 4 } });
  });
});

describe('everything the user has run, listed in full (before: not_understood)', () => {
  it.each([
    ["Could you show me everything I've run so far? All of it please, not just the latest few.", { tool: 'list_experiments', args: { limit: 50 } }],
    ["show me everything we've tested", { tool: 'list_experiments', args: { limit: 50 } }],
    ['list everything I have run', { tool: 'list_experiments', args: { limit: 50 } }],
    ['show what we have tested', { tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT } }],
  ] as Array<[string, MemoryQuestion]>)('%s', (text, expected) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(expected);
  });

  it('must not change: a run of everything is a request', () => {
    expect(parseMemoryQuestion('run everything on BTC 2022 with sma', TODAY)).toBeUndefined();
  });
});

describe('"the most" before a metric asks for the best run by it (before: a listing)', () => {
  it.each([
    ['Of the experiments I ran in the last 30 days, which one made the most total return?', { tool: 'best_experiment', args: { metric: 'total_return', days: 30 } }],
    ['which of my runs had the most profit?', { tool: 'best_experiment', args: { metric: 'total_return' } }],
    ['which saved run had the greatest sharpe?', { tool: 'best_experiment', args: { metric: 'sharpe_ratio' } }],
  ] as Array<[string, MemoryQuestion]>)('%s', (text, expected) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(expected);
  });

  it('must not change: "most recent" lists', () => {
    expect(parseMemoryQuestion('show my most recent experiments', TODAY)).toEqual({ tool: 'list_experiments', args: { limit: DEFAULT_LIST_LIMIT } });
  });
});

describe('a count before "saved runs" counts runs, not money saved (before: a listing of five)', () => {
  it.each([
    ['top 5 saved runs by calmar please', { tool: 'best_experiment', args: { metric: 'calmar_ratio', count: 5 } }],
    ['top 3 saved backtests by sortino', { tool: 'best_experiment', args: { metric: 'sortino_ratio', count: 3 } }],
  ] as Array<[string, MemoryQuestion]>)('%s', (text, expected) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(expected);
  });

  it('must not change: money saved is no question about runs', () => {
    expect(parseMemoryQuestion('I have 2000 saved, run sma on btc 2022', TODAY)).toBeUndefined();
  });
});

describe('"the gold ones" names the runs\' symbol in a follow-up (before: not_understood)', () => {
  it.each([
    ['and only the gold ones this time', 'GLD'],
    ['and just the link ones', 'LINK'],
    ['and only the BTC ones this time', 'BTC'],
  ])('%s', (text, symbol) => {
    expect(parseMemoryQuestion(text, TODAY, ['top 5 saved runs by calmar please'])).toEqual({ tool: 'best_experiment', args: { metric: 'calmar_ratio', count: 5, symbol } });
  });
});
