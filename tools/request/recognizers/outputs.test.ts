import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

const HISTORY = ['sma 20/50 on QQQ from 2015', 'actually make it 10/30'];

function errorCodeOf(text: string, history: string[]): string | undefined {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history });
  return outcome.ok ? undefined : outcome.error.code;
}

/**
 * How an output reaches the user and what they do with it belongs to the output: "send it to me as
 * a pdf", "I want to print it for my book club". Before, those words were left unread and a
 * follow-up asking only for the output was not understood.
 */
describe('an output with its delivery and its use is the output', () => {
  it.each([
    ['and send it to me as a pdf please, I want to print it for my book club', 'pdf'],
    ['email me the results as an html report so I can share it with my investment club', 'html'],
    ['a pdf for my book club please', 'pdf'],
    ["give me a png, I'd like to show it to my students", 'png'],
    ['send it over in markdown', 'markdown'],
    ['pdf please, so we can print it', 'pdf'],
  ])('"%s" keeps the run and adds %s', (text, output) => {
    const spec = specOf(text, HISTORY);
    expect(spec.outputs).toEqual([output]);
    expect(spec.symbols).toEqual(['QQQ']);
    expect(spec.strategies.find((strategy) => !strategy.baseline)?.params).toEqual({ short: 10, long: 30 });
    expect((spec.notes ?? []).some((note) => note.startsWith('ignored'))).toBe(false);
  });
});

describe('must not change', () => {
  it.each(['I want to print it', 'print it for my book club'])('"%s" names no output, so it is still not understood', (text) => {
    expect(errorCodeOf(text, HISTORY)).toBe('not_understood');
  });

  it('"pdf please, for my QQQ fund": a holding after "for my" is no audience, and is still read', () => {
    const spec = specOf('pdf please, for my QQQ fund', HISTORY);
    expect(spec.outputs).toEqual(['pdf']);
    expect(spec.symbols).toEqual(['QQQ']);
  });

  it('"export the trades to csv" is still the trades csv', () => {
    expect(specOf('export the trades to csv', HISTORY).outputs).toEqual(['trades_csv']);
  });
});

/** "svg if you can, not png": the format set against another is not wanted; before, both were made. */
describe('an output set against another ("not png", "instead of a pdf") is not made', () => {
  it.each([
    ['could you maybe show me a chart of buy and hold on solana for 2024, svg if you can, not png', ['svg']],
    ['buy and hold spy 2024, svg rather than png', ['svg']],
    ['buy and hold spy 2024 as html instead of a pdf', ['html']],
    ['buy and hold spy 2024 with a chart, svg not png', ['svg']],
  ])('"%s" makes %j', (text, outputs) => {
    expect(specOf(text, []).outputs).toEqual(outputs);
  });

  it('must not change: "pdf and png" makes both', () => {
    expect(specOf('buy and hold spy 2024, pdf and png', []).outputs).toEqual(['pdf', 'png']);
  });
});
