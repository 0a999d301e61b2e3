import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf, userStrategiesOf, PHRASE_TEST_TODAY } from '../test_support/spec_of.js';
import { parseMemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const codeOf = (text: string, history: string[]) => {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history });
  return outcome.ok ? 'ok' : outcome.error.code;
};

describe('a name brought back ("ada was right", "go back to ada") restores it (restored_mentions.ts)', () => {
  const history = ['bollinger on ada 2022', 'actually doge'];
  it.each([
    'wait no, ada was right, but use 2023 instead', 'ada was fine after all', 'go back to ada', 'ok ada after all', 'back to ada please', 'hmm ada was the right one',
  ])('%s', (text) => expect(specOf(text, history).symbols).toEqual(['ADA']));
  it('keeps the new year beside it', () => expect(specOf('wait no, ada was right, but use 2023 instead', history).date_range).toEqual({ start: '2023-01-01', end: '2023-12-31' }));
  it('a strategy alike', () => expect(userStrategiesOf('rsi was right after all', ['rsi on btc 2022', 'actually macd']).map((s) => s.name)).toEqual(['rsi_mean_reversion']));
  it('must not change: a plain follow-up keeps doge', () => expect(specOf('use 2023 instead', history).symbols).toEqual(['DOGE']));
});

describe('a message asking for a rule is never a memory question (asked_rules.ts)', () => {
  const history = ['donchian 20/10 on bnb 2021-2023', 'ok what are my last 5 runs'];
  it.each([
    'cool, now go back to the bnb test and add a stop loss at 8%', 'go back to the bnb one with a trailing stop', 'rerun experiment 12 with a stop loss at 5%',
  ])('%s', (text) => {
    expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined();
    expect(codeOf(text, history)).toBe('unsupported_rule');
  });
  it('must not change: a rule turned down keeps the question', () => {
    expect(parseMemoryQuestion('what was my best run on btc without a stop loss', TODAY)?.tool).toBe('best_experiment');
    expect(parseMemoryQuestion('rerun experiment 12', TODAY)).toEqual({ tool: 'rerun_experiment', args: { id: 12 } });
  });
});

describe('"not just btc" drops the listing\'s symbol filter (memory_follow_up.ts)', () => {
  const history = ['list my runs', 'only the btc ones'];
  it.each([
    ['actually show me all of them, not just btc', { limit: 50 }],
    ['show all of them, not only the btc ones', { limit: 50 }],
    ['ok now every symbol', { limit: 10 }],
    ['all coins please', { limit: 10 }],
  ])('%s', (text, args) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual({ tool: 'list_experiments', args }));
  it('must not change: another coin filters by it', () => expect(parseMemoryQuestion('and just eth', TODAY, history)).toEqual({ tool: 'list_experiments', args: { limit: 10, symbol: 'ETH' } }));
});

describe('an unknown strategy skipped leaves the conversation (idiom_declines.ts)', () => {
  const history = ['sma 10/50 on sol last year', 'and ichimoku too'];
  it.each([
    ['ok skip ichimoku, add default rsi instead', ['sma_crossover', 'rsi_mean_reversion']],
    ['ok never mind the ichimoku, add rsi', ['sma_crossover', 'rsi_mean_reversion']],
    ['ditch ichimoku and add macd', ['sma_crossover', 'macd']],
    ['skip ichimoku', ['sma_crossover']],
    ['forget ichimoku, add rsi instead', ['sma_crossover', 'rsi_mean_reversion']],
  ])('%s', (text, names) => {
    expect(userStrategiesOf(text, history).map((s) => s.name)).toEqual(names);
    expect(specOf(text, history).symbols).toEqual(['SOL']);
  });
  // Validation refuses the name kept (unknown_strategy).
  it('must not change: ichimoku not skipped stays named', () => expect(userStrategiesOf('add default rsi instead', history).map((s) => s.name)).toContain('ichimoku'));
});

describe('a declined rule the tool lacks runs without it (conceded_rules.ts, declined_rules.ts)', () => {
  const history = ['ema 20/50 on ltc 2021', 'add a trailing stop'];
  it.each([
    'ok if you cant do trailing stops just run it without', 'if trailing stops aren\'t possible, run it without them', 'since you don\'t support stop losses, just run it',
    'fine, without the stop loss then', 'forget the trailing stop', 'skip the stop', 'fine, drop the stop',
  ])('%s', (text) => {
    const spec = specOf(text, history);
    expect(spec.symbols).toEqual(['LTC']);
    expect(userStrategiesOf(text, history)).toEqual([{ name: 'ema_crossover', params: { short: 20, long: 50 } }]);
  });
  it('must not change: a rule asked for is refused', () => {
    expect(codeOf('add a trailing stop', ['ema 20/50 on ltc 2021'])).toBe('unsupported_rule');
    expect(codeOf('ema on ltc with a stop loss at 5% if you can', [])).toBe('unsupported_rule');
  });
});

describe('relaunch, redo, run again: a re-run with day-first dates (experiment_references.ts)', () => {
  it.each([
    ['Please relaunch the experiment 17 but with the dates from 01/01/2023 to 30/06/2023.', { id: 17, start: '2023-01-01', end: '2023-06-30' }],
    ['re-launch experiment 17 from 15/03/2022 to 30/06/2022', { id: 17, start: '2022-03-15', end: '2022-06-30' }],
    ['redo experiment 4 with dates 01/02/2023 to 28/02/2023', { id: 4, start: '2023-02-01', end: '2023-02-28' }],
    ['repeat experiment 17 but from 01/01/2023 to 30/06/2023', { id: 17, start: '2023-01-01', end: '2023-06-30' }],
    ['run again the experiment 17 for 2023', { id: 17, start: '2023-01-01', end: '2023-12-31' }],
    ['re-execute run 9', { id: 9 }],
    ['launch again experiment 3 from 2021-01-01 to 2021-06-30', { id: 3, start: '2021-01-01', end: '2021-06-30' }],
  ])('%s', (text, args) => expect(parseMemoryQuestion(text, TODAY)).toEqual({ tool: 'rerun_experiment', args }));
  it('must not change: show stays show', () => expect(parseMemoryQuestion('show experiment 17', TODAY)).toEqual({ tool: 'show_experiment', args: { id: 17 } }));
});
