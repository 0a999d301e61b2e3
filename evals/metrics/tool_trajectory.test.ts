import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argsEqual, trajectoryMatches, type NumericTolerance, type ToolCall } from './tool_trajectory.js';

const TOLERANCE: NumericTolerance = { relative: 1e-6, absolute: 1e-9 };
const call = (name: string, args: Record<string, unknown> = {}): ToolCall => ({ name, args });

const parse = call('parse_request', { text: 'now try it on ETH' });
const validate = call('validate_request');
const shard0 = call('run_backtests', { shard: 0 });
const shard1 = call('run_backtests', { shard: 1 });
const report = call('render_report');

describe('argsEqual', () => {
  it('compares JSON deeply, ignoring key order', () => {
    expect(argsEqual({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 }, TOLERANCE)).toBe(true);
    expect(argsEqual({ a: 1 }, { a: 1, b: 2 }, TOLERANCE)).toBe(false);
    expect(argsEqual({ a: [1, 2] }, { a: [2, 1] }, TOLERANCE)).toBe(false);
    expect(argsEqual({ text: 'ETH' }, { text: 'eth' }, TOLERANCE)).toBe(false);
    expect(argsEqual({ a: null }, { a: undefined }, TOLERANCE)).toBe(false);
  });

  it('treats numbers within the tolerance as equal, and only those', () => {
    expect(argsEqual({ weight: 0.1 + 0.2 }, { weight: 0.3 }, TOLERANCE)).toBe(true);
    expect(argsEqual({ capital: 10_000.004 }, { capital: 10_000 }, TOLERANCE)).toBe(true); // 4e-7 relative
    expect(argsEqual({ capital: 10_000.02 }, { capital: 10_000 }, TOLERANCE)).toBe(false); // 2e-6 relative
    expect(argsEqual({ x: 1e-10 }, { x: 0 }, TOLERANCE)).toBe(true); // within the absolute floor
    expect(argsEqual({ shard: 1 }, { shard: '1' }, TOLERANCE)).toBe(false);
  });

  it('is symmetric (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
      expect(argsEqual(a, b, TOLERANCE)).toBe(argsEqual(b, a, TOLERANCE));
    }));
  });
});

describe('trajectoryMatches', () => {
  const expected = [parse, validate, shard0, shard1, report];

  it('EXACT: the same calls in the same order, nothing more', () => {
    expect(trajectoryMatches([parse, validate, shard0, shard1, report], expected, 'EXACT', TOLERANCE)).toBe(true);
    expect(trajectoryMatches([parse, validate, shard1, shard0, report], expected, 'EXACT', TOLERANCE)).toBe(false);
    expect(trajectoryMatches([parse, validate, shard0, shard1, report, report], expected, 'EXACT', TOLERANCE)).toBe(false);
    expect(trajectoryMatches([call('parse_request', { text: 'now try it on' }), validate, shard0, shard1, report], expected, 'EXACT', TOLERANCE)).toBe(false);
  });

  it('IN_ORDER: expected calls in order, extra calls between them allowed', () => {
    expect(trajectoryMatches([parse, call('extra'), validate, shard0, call('extra'), shard1, report], expected, 'IN_ORDER', TOLERANCE)).toBe(true);
    expect(trajectoryMatches([parse, validate, shard1, shard0, report], expected, 'IN_ORDER', TOLERANCE)).toBe(false);
    expect(trajectoryMatches([parse, validate, shard0, shard1], expected, 'IN_ORDER', TOLERANCE)).toBe(false);
  });

  it('ANY_ORDER: each expected call matched by a distinct actual call', () => {
    expect(trajectoryMatches([report, shard1, shard0, validate, parse], expected, 'ANY_ORDER', TOLERANCE)).toBe(true);
    expect(trajectoryMatches([parse, validate, shard0, report], [shard0, shard0], 'ANY_ORDER', TOLERANCE)).toBe(false);
  });

  it('an empty expectation: EXACT needs no calls, IN_ORDER and ANY_ORDER accept any', () => {
    expect(trajectoryMatches([], [], 'EXACT', TOLERANCE)).toBe(true);
    expect(trajectoryMatches([parse], [], 'EXACT', TOLERANCE)).toBe(false);
    expect(trajectoryMatches([parse], [], 'IN_ORDER', TOLERANCE)).toBe(true);
    expect(trajectoryMatches([parse], [], 'ANY_ORDER', TOLERANCE)).toBe(true);
  });

  it('EXACT implies IN_ORDER implies ANY_ORDER (property)', () => {
    const calls = fc.array(fc.constantFrom(parse, validate, shard0, shard1, report), { maxLength: 6 });
    fc.assert(fc.property(calls, calls, (actual, wanted) => {
      const exact = trajectoryMatches(actual, wanted, 'EXACT', TOLERANCE);
      const inOrder = trajectoryMatches(actual, wanted, 'IN_ORDER', TOLERANCE);
      const anyOrder = trajectoryMatches(actual, wanted, 'ANY_ORDER', TOLERANCE);
      if (exact) expect(inOrder).toBe(true);
      if (inOrder) expect(anyOrder).toBe(true);
      expect(trajectoryMatches(actual, actual, 'EXACT', TOLERANCE)).toBe(true);
    }));
  });
});
