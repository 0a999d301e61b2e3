import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';
const HISTORY = ['rsi mean reversion on spy, 2019 to 2023', 'add ema crossover', 'now give me a markdown report'];

function outputsOf(text: string, history: string[] = HISTORY): unknown {
  const outcome = parseRequest(text, { today: TODAY, history });
  return outcome.ok ? outcome.spec.outputs ?? [] : outcome.error.code;
}

describe('an output taken away and another put in its place', () => {
  it('"scratch the markdown, html instead, and target a sortino above 1.5"', () => {
    const outcome = parseRequest('scratch the markdown, html instead, and target a sortino above 1.5', { today: TODAY, history: HISTORY });
    expect(outcome.ok && [outcome.spec.outputs, outcome.spec.targets]).toEqual([['html'], { sortino_ratio: { operator: '>', value: 1.5 } }]);
  });

  it.each([
    ['drop the markdown, html instead', ['html']],
    ['no markdown, give me a pdf', ['pdf']],
    ['nix the markdown, pdf instead', ['pdf']],
    ['scratch the markdown', []],
    ['delete the markdown and the png', []],
    ['toss the markdown, svg instead', ['svg']],
  ])('%s', (text, outputs) => {
    expect(outputsOf(text)).toEqual(outputs);
  });

  it.each([
    ['forget the png, svg instead', ['pdf', 'svg']],
    ['lose the pdf', ['png']],
  ])('%s (after a png or pdf)', (text, outputs) => {
    expect(outputsOf(text, ['rsi on spy 2020 as a png and a pdf'])).toEqual(outputs);
  });

  it('"start from scratch" takes no output away', () => {
    expect(outputsOf('start from scratch, rsi on spy')).toContain('markdown');
  });
});
