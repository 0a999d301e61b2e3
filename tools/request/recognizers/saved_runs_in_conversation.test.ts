import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';

describe('"my worst <metric>" reports on saved runs unless the sentence supposes a run', () => {
  it.each<[string, MemoryQuestion]>([
    // Corpus shapes (round45:26, round46:39) in other wordings.
    ['what was my worst sharpe over the past 2 weeks', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', days: 14, order: 'worst' } }],
    ["Rough month. Lots of ideas tested at night, most look bad. What's my worst sortino this month?", { tool: 'best_experiment', args: { metric: 'sortino_ratio', days: 30, order: 'worst' } }],
    ['my weakest calmar on ETH last week', { tool: 'best_experiment', args: { metric: 'calmar_ratio', symbol: 'ETH', days: 7, order: 'worst' } }],
    // Must not change: the best, and the worst run named.
    ['what was my best calmar in the last 30 days', { tool: 'best_experiment', args: { metric: 'calmar_ratio', days: 30 } }],
    ['my worst run by sharpe', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', order: 'worst' } }],
  ])('"%s"', (text, question) => expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question));

  it.each([
    "what would my worst drawdown have been if I'd held ETH through 2022?",
    "what would my worst sharpe be if I'd bought BTC in 2021",
  ])('"%s" supposes a run: a request', (text) => expect(parseMemoryQuestion(text, TODAY)).toBeUndefined());
});

describe('"it" and "that one" point back to the experiment shown, across questions about it', () => {
  it.each<[string, string[], MemoryQuestion]>([
    // round48:14: a question about "its" results keeps pointing at experiment 7.
    ['re-run it on 2022 data', ['open experiment 12', 'and its max drawdown?'], { tool: 'rerun_experiment', args: { id: 12, start: '2022-01-01', end: '2022-12-31' } }],
    // round48:32: "show 23" after a listing shows experiment 23, and "it" is that one.
    ['redo that one for 2021', ['show my btc runs', 'open 41'], { tool: 'rerun_experiment', args: { id: 41, start: '2021-01-01', end: '2021-12-31' } }],
    ['show 23', ['list my eth runs'], { tool: 'show_experiment', args: { id: 23 } }],
    // round49:23: "no." abbreviates "number".
    ['rerun nr. 12 for 2024', [], { tool: 'rerun_experiment', args: { id: 12, start: '2024-01-01', end: '2024-12-31' } }],
    ['show experiment no. 9', [], { tool: 'show_experiment', args: { id: 9 } }],
  ])('"%s" after %j', (text, history, question) => expect(parseMemoryQuestion(text, TODAY, history)).toStrictEqual(question));

  it.each<[string, string[]]>([
    // Must not change: after a new backtest, "it" is that backtest's run.
    ['rerun it for 2023', ['show experiment 7', 'backtest macd on eth for 2022']],
    // A number with more after it, and a number with no listing before, stay no id.
    ['show me 2022 on btc', ['list my eth runs']],
    ['show 23', ['backtest macd on eth for 2022']],
  ])('"%s" after %j is no memory question', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());

  it('reads each earlier message once: a chat of 60 questions about one run still answers (read afresh each time, it took 2^30 readings)', () => {
    const questions = Array.from({ length: 60 }, (_, index) => (index % 2 === 0 ? 'what was its sharpe?' : 'and that one, its drawdown?'));
    expect(parseMemoryQuestion('rerun it for 2023', TODAY, ['list my eth runs', 'show 23', ...questions]))
      .toStrictEqual({ tool: 'rerun_experiment', args: { id: 23, start: '2023-01-01', end: '2023-12-31' } });
  });
});

describe('a ranking by a metric after a question about saved runs asks about those runs', () => {
  it.each<[string, string[], MemoryQuestion]>([
    // round48:31: the best of the runs listed, with the listing's symbol.
    ['which one had the best sortino?', ['list all my SOL runs'], { tool: 'best_experiment', args: { metric: 'sortino_ratio', symbol: 'SOL' } }],
    ['and the worst calmar?', ['list all my SOL runs', 'which one had the best sortino?'], { tool: 'best_experiment', args: { metric: 'calmar_ratio', symbol: 'SOL', order: 'worst' } }],
    // round48:42: a new ranking with its own symbol and window.
    ['ok now the highest win rate for BTC over the last 60 days', ["what's my best sharpe on ETH"], { tool: 'best_experiment', args: { metric: 'win_rate', symbol: 'BTC', days: 60 } }],
    // round48:15: "forget bnb", "any coin" let go of the symbol asked about.
    ['never mind BNB. top sortino over the past week, all coins', ['list my runs from this month', 'any for BNB?'], { tool: 'best_experiment', args: { metric: 'sortino_ratio', days: 7 } }],
    ['any on BNB?', ['list my runs from this week'], { tool: 'list_experiments', args: { limit: 10, days: 7, symbol: 'BNB' } }],
  ])('"%s" after %j', (text, history, question) => expect(parseMemoryQuestion(text, TODAY, history)).toStrictEqual(question));

  it.each<[string, string[]]>([
    // Must not change: a ranking that asks for a run, names a strategy or dates, or follows a request.
    ['test which one has the best sharpe on ETH', ['list my runs']],
    ['best sharpe for rsi on btc', ['list my runs']],
    ['best calmar on eth in 2022', ['list my runs']],
    ['best sharpe for ETH over the last 90 days', ['backtest macd on eth for 2022']],
  ])('"%s" after %j is a request', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());
});

describe('a message that asks to run, tune or optimise something is a request, whatever its story says', () => {
  it.each<[string, string[]]>([
    // round46:17: the instrument stands before the verb, in the verb's sentence.
    ["I've traded BTC since 2020 and my best year was 2021. For BTC over the last 2 years, could you tune an RSI so the Sortino is above 1.5?", []],
    // round46:48: "optimise it" runs again what was run before.
    ['My results look random. A friend said to let the computer search. Can you optimise it so the drawdown stays under 15%?', ['macd on ETH for 2023']],
    ['please tune this for a better sharpe', ['rsi on btc last year']],
    // round46:4: "He runs a grid bot" is no listing of "my" runs.
    ['My daughter set me up with an account and a bit of SOL. She runs a grid bot. How would a grid bot have done on Bitcoin in 2022?', []],
    // round45:10: the history the data has is the window, not the user's runs.
    ['which coin does the death cross work on? BTC, ETH or SOL, over all the history you have', []],
    ['sma crossover on ETH over your whole history', []],
  ])('"%s"', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());

  it.each<[string, string[], MemoryQuestion]>([
    // Must not change: saved runs named stay questions.
    ['show my run history for ETH', [], { tool: 'list_experiments', args: { limit: 10, symbol: 'ETH' } }],
    ['my runs from last week', [], { tool: 'list_experiments', args: { limit: 10, days: 7 } }],
    ['rerun that one for 2023', ['show experiment 7'], { tool: 'rerun_experiment', args: { id: 7, start: '2023-01-01', end: '2023-12-31' } }],
  ])('"%s" after %j stays a question about saved runs', (text, history, question) => expect(parseMemoryQuestion(text, TODAY, history)).toStrictEqual(question));
});
