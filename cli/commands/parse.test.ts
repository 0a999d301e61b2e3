import { describe, expect, it } from 'vitest';
import type { SymbolInfo } from '../../tools/data/types.js';
import { parseAndValidate, parseJsonlLine, type ParseContext } from './parse.js';

const LISTING: SymbolInfo[] = [
  { symbol: 'BTC', quote: 'USDT', interval: '1d', asset_class: 'crypto', file: 'BTC-USDT-1d.csv', first: '2020-01-01', last: '2024-12-31', bars: 1827 },
];
const CONTEXT: ParseContext = { today: '2026-11-24', symbols: LISTING };

describe('btp parse --jsonl, one line at a time', () => {
  it('prints the spec for a good line, using the line\'s own today and history', () => {
    const line = JSON.stringify({ text: 'extend it to 2023', history: ['SMA 20/50 on BTC for 2022'], today: '2025-06-01' });
    const output = JSON.parse(parseJsonlLine(line, 1, CONTEXT)!);
    expect(output.spec.date_range).toEqual({ start: '2022-01-01', end: '2023-12-31' });
    expect(output.spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
  });

  it('prints the validation error of a request the data cannot answer', () => {
    const output = JSON.parse(parseJsonlLine(JSON.stringify({ text: 'SMA on ETH' }), 2, CONTEXT)!);
    expect(output.error).toMatchObject({ code: 'unknown_symbol', symbol: 'ETH' });
  });

  it('names the line number of malformed input and keeps going', () => {
    expect(JSON.parse(parseJsonlLine('{"text": ', 3, CONTEXT)!).error).toMatchObject({ code: 'bad_request', line: 3 });
    expect(JSON.parse(parseJsonlLine('[1, 2]', 4, CONTEXT)!).error).toMatchObject({ code: 'bad_request', line: 4 });
    expect(JSON.parse(parseJsonlLine('{"text": "SMA on BTC", "history": "x"}', 5, CONTEXT)!).error).toMatchObject({ code: 'bad_request', line: 5 });
  });

  it('skips blank lines', () => {
    expect(parseJsonlLine('   ', 6, CONTEXT)).toBeUndefined();
  });
});

describe('parseAndValidate', () => {
  it('joins the parser\'s notes and the validation notes', () => {
    const outcome = parseAndValidate('SMA on BTC, fee 10', [], CONTEXT);
    expect(outcome.ok && outcome.notes).toEqual([
      'read fees 10 as 10 bps',
      'no date range given: the run uses the common history of BTC, 2020-01-01 to 2024-12-31',
    ]);
  });

  it('stops at the parser\'s error', () => {
    const outcome = parseAndValidate('SMA for 2022', [], CONTEXT);
    expect(outcome.ok ? outcome : outcome.error.code).toBe('no_symbol');
  });
});
