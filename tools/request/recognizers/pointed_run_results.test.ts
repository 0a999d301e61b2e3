import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';

describe('a question about the results of the run shown before shows that run', () => {
  it.each([
    // Issue #12's lines.
    ['what was its sharpe again?', ['show experiment 1'], 1],
    ['how many trades did it make?', ['show experiment 1'], 1],
    // Neighbours.
    ["what's its max drawdown", ['open run 4'], 4],
    ['how did that one do?', ['show experiment 12'], 12],
    ['and its win rate?', ['show me #31'], 31],
    ['what return did that run get?', ['rerun 7 for 2022'], 7],
    ['how did it perform', ['ok', 'show experiment 5'].reverse(), 5],
  ])('%s (after %j)', (text, history, id) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual({ tool: 'show_experiment', args: { id } }));

  it.each([
    // After a request "it" is that request's run, which has no id: the request's follow-up.
    ['what was its sharpe again?', ['sma 10/50 on btc 2022']],
    ['how many trades did it make?', ['compare sma and ema on eth since 2021']],
    // A number or a coin asks for something new.
    ["what's its sharpe with 20 bps fees", ['show experiment 1']],
    ['how did it do on eth?', ['show experiment 1']],
    // No run pointed back to.
    ['what was its sharpe again?', []],
  ])('must not change: %s (after %j)', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());
});
