import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const ignored = (text: string): string[] => (specOf(text).notes ?? []).filter((note) => note.startsWith('ignored'));

describe('desk shorthand for the starting capital: "init 50k", "initial 25k", "start cap 10k"', () => {
  it('"eth macd 8/21/5 frm mar 24 thru dec 24, 1hr, init 50k" reads "init" as the initial capital', () => {
    const text = 'eth macd 8/21/5 frm mar 24 thru dec 24, 1hr, init 50k';
    expect(specOf(text).initial_capital).toBe(50_000);
    expect(ignored(text)).toEqual([]);
  });

  it.each([
    ['eth macd 2024, init cap 50k', 50_000],
    ['eth macd 2024, initial 25k', 25_000],
    ['eth macd 2024, start cap 10k', 10_000],
    ['eth macd 2024 init 50000', 50_000],
    ['eth macd 2024, 25k initial', 25_000],
    ['eth macd 2024, initial $20,000 please', 20_000],
  ])('"%s"', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
    expect(ignored(text)).toEqual([]);
  });
});

describe('desk shorthand for outputs: "shw md report"', () => {
  it.each(['qqq golden x 2000-2024 winrt >55%, shw md report', 'qqq golden x 2000-2024, shw md rpt'])('"%s" shows a markdown report', (text) => {
    expect(specOf(text).outputs).toEqual(['markdown']);
    expect(ignored(text)).toEqual([]);
  });
});

describe('must not change', () => {
  it.each(['eth macd 2024, init', 'eth macd 2024 init'])('"init" with no amount sets nothing and stays noted: "%s"', (text) => {
    expect(specOf(text).initial_capital).toBe(10_000);
    expect(ignored(text)).toEqual(["ignored: 'init'"]);
  });

  it('"initial 20 days" is no sum', () => {
    expect(specOf('eth macd 2024, initial 20 days').initial_capital).toBe(10_000);
  });

  it('a lone "md" with no output word beside it is no output', () => {
    expect(specOf('spy sma 2020, md').outputs ?? []).toEqual([]);
  });

  it('"max dd 20%" stays a drawdown limit, not markdown', () => {
    const spec = specOf('spy sma 2020 max dd 20%');
    expect(spec.targets).toEqual({ max_drawdown: { operator: '>=', value: -0.2 } });
    expect(spec.outputs ?? []).toEqual([]);
  });
});
