import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const SHOWN = ['show me experiment 12'];
const rerun = (args: Extract<MemoryQuestion, { tool: 'rerun_experiment' }>['args']): MemoryQuestion => ({ tool: 'rerun_experiment', args });

describe('a re-run that names another symbol or strategy is refused, never re-run without it (before: re-run, the coin dropped)', () => {
  it.each<[string, string[], string]>([
    ['rerun it on eth', SHOWN, 'ETH'],
    ['run that again on SOL', SHOWN, 'SOL'],
    ['same test but on apple', SHOWN, 'AAPL'],
    ['could you repeat that one on bitcoin instead', SHOWN, 'BTC'],
    ['the same backtest, only on gold this time', SHOWN, 'GLD'],
    ['redo it with macd', SHOWN, 'macd'],
    ['do that again but with RSI on sol', SHOWN, 'rsi_mean_reversion on SOL'],
    ['rerun 12 on SOL data for 2023', [], 'SOL'],
    ['rerun experiment 12 on eth', [], 'ETH'],
  ])('"%s" after %j names %s', (text, history, named) => {
    const question = parseMemoryQuestion(text, TODAY, history);
    expect(question).toMatchObject({ tool: 'refused_rerun', args: { id: 12 }, error: { code: 'bad_request' } });
    const message = question?.tool === 'refused_rerun' ? question.error.message : '';
    expect(message).toContain(`can't be re-run with ${named}`);
    expect(message).toContain("keeps the saved run's symbols and strategies, and only its dates can change");
    expect(message).toContain('ask for a new run naming its strategy, symbol and dates');
  });

  it.each<[string, string[], MemoryQuestion]>([
    // Must not change: new dates, or none, re-run the saved run.
    ['rerun it for 2023', SHOWN, rerun({ id: 12, start: '2023-01-01', end: '2023-12-31' })],
    ['run that again', SHOWN, rerun({ id: 12 })],
    ['rerun experiment 12 on 2024 data', [], rerun({ id: 12, start: '2024-01-01', end: '2024-12-31' })],
    ['run the same test for 2023', SHOWN, rerun({ id: 12, start: '2023-01-01', end: '2023-12-31' })],
  ])('"%s" after %j still re-runs', (text, history, question) => expect(parseMemoryQuestion(text, TODAY, history)).toStrictEqual(question));

  it.each<[string, string[]]>([
    // After a backtest "that" is the backtest, which parse_request edits.
    ['run that again on eth', ['backtest sma on btc 2023']],
    ['same test but on apple', ['ema crossover on msft since 2020']],
    // "same" with nothing pointed back to.
    ['same test but on apple', []],
  ])('"%s" after %j stays a request', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());
});
