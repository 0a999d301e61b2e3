import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const threeYears = ['Run SMA crossover 20/50 on ETH from 2022 to 2024.'];
const oneYear = ['sma 20/50 on btc for 2023'];

describe('"Kindly prepone the start to 2020, rest all same": Indian English "prepone" brings the start earlier', () => {
  it.each([
    ['Kindly prepone the start to 2020, rest all same.', { start: '2020-01-01', end: '2024-12-31' }],
    ['prepone the start date to 2020', { start: '2020-01-01', end: '2024-12-31' }],
    ['please postpone the end to 2025', { start: '2022-01-01', end: '2025-12-31' }],
  ])('"%s"', (text, window) => {
    const spec = specOf(text, threeYears);
    expect(spec.date_range).toEqual(window);
    expect(spec.symbols).toEqual(['ETH']);
    expect(spec.notes ?? []).not.toContainEqual(expect.stringContaining('ignored'));
  });
});

describe('"roll it forward to 2024": the whole window goes to 2024, as "move it to 2024" does', () => {
  it.each([
    'now roll it forward to 2024, same strikes',
    'roll it forward to 2024',
    'move it ahead to 2024',
    'shift the window forward to 2024',
    'roll it over to 2024',
    'slide it forward to 2024',
  ])('"%s"', (text) => {
    expect(specOf(text, oneYear).date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
});

describe('must not change', () => {
  it('"move it to 2024" sets the whole window', () => {
    expect(specOf('move it to 2024', oneYear).date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
  it('"move it back to 2019" moves the start', () => {
    expect(specOf('move it back to 2019', oneYear).date_range).toEqual({ start: '2019-01-01', end: '2023-12-31' });
  });
  it('"extend it forward to 2024" moves the end', () => {
    expect(specOf('extend it forward to 2024', oneYear).date_range).toEqual({ start: '2023-01-01', end: '2024-12-31' });
  });
  it('"roll it forward a year" shifts the window by the span', () => {
    expect(specOf('roll it forward a year', oneYear).date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
  it('"move the start to 2020" moves the start', () => {
    expect(specOf('move the start to 2020', threeYears).date_range).toEqual({ start: '2020-01-01', end: '2024-12-31' });
  });
});
