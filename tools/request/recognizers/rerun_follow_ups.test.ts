import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const RERUN = ['show me experiment 42', 'rerun it for 2023'];

describe('a follow-up to a re-run naming another symbol or strategy is refused, never a new run with no strategy', () => {
  it.each<[string, string[], string]>([
    ['and on eth?', RERUN, 'ETH'],
    ['now do it on sol', RERUN, 'SOL'],
    ['same for btc', RERUN, 'BTC'],
    ['do the same on btc', RERUN, 'BTC'],
    ['run it on sol', RERUN, 'SOL'],
    ['and on link?', RERUN, 'LINK'],
    ['try that with macd', RERUN, 'macd'],
    ['and on eth for 2022?', RERUN, 'ETH'],
    // A remark between them, and a refusal before it.
    ['and on eth?', ['rerun 42', 'ok'], 'ETH'],
    ['and on sol?', ['show me experiment 42', 'rerun it on eth'], 'SOL'],
  ])('"%s" after %j names %s', (text, history, named) => {
    const question = parseMemoryQuestion(text, TODAY, history);
    expect(question).toMatchObject({ tool: 'refused_rerun', args: { id: 42 }, error: { code: 'bad_request' } });
    expect(question?.tool === 'refused_rerun' ? question.error.message : '').toContain(`can't be re-run with ${named}`);
  });

  it.each<[string, string[], MemoryQuestion | undefined]>([
    // Must not change: new dates re-run the saved run.
    ['and 2021?', RERUN, { tool: 'rerun_experiment', args: { id: 42, start: '2021-01-01', end: '2021-12-31' } }],
    // A strategy with a symbol is a new backtest, for parse_request.
    ['what about sma on eth', RERUN, undefined],
    ['sma on eth 2022', RERUN, undefined],
    // Not after a re-run: after a run shown, a backtest, or a ranking.
    ['and on eth?', ['show me experiment 42'], undefined],
    ['and on eth?', ['sma on btc 2022'], undefined],
    ['and for btc?', ['whats my best sharpe on eth'], { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC' } }],
  ])('"%s" after %j reads as before', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));
});
