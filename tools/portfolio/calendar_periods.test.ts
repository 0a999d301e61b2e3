import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodKey, rebalanceStarts } from './calendar_periods.js';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('periodKey', () => {
  it('weeks are ISO weeks: Monday starts one, and the week of 2024-12-30 runs into 2025', () => {
    expect(periodKey(day('2024-12-29'), 'weekly')).not.toBe(periodKey(day('2024-12-30'), 'weekly'));
    expect(periodKey(day('2024-12-30'), 'weekly')).toBe(periodKey(day('2025-01-05'), 'weekly'));
    expect(periodKey(day('2025-01-05'), 'weekly')).not.toBe(periodKey(day('2025-01-06'), 'weekly'));
  });

  it('months, quarters and years follow the UTC calendar, leap days included', () => {
    expect(periodKey(day('2024-02-29'), 'monthly')).toBe(periodKey(day('2024-02-01'), 'monthly'));
    expect(periodKey(day('2024-03-01'), 'monthly')).toBe(periodKey(day('2024-02-29'), 'monthly') + 1);
    expect(periodKey(day('2024-03-31'), 'quarterly')).not.toBe(periodKey(day('2024-04-01'), 'quarterly'));
    expect(periodKey(day('2024-04-01'), 'quarterly')).toBe(periodKey(day('2024-06-30'), 'quarterly'));
    expect(periodKey(day('1999-12-31'), 'yearly')).toBe(1999);
  });

  it('agrees with Date on the month of any day from 1900 to 2200', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (time) => {
      const date = new Date(time);
      expect(periodKey(time, 'monthly')).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
      expect(periodKey(time, 'quarterly')).toBe(date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3));
    }));
  });
});

describe('rebalanceStarts', () => {
  it('marks the first bar of each new period, comparing the first bar with the one before it', () => {
    const time = Float64Array.from(['2024-01-30', '2024-01-31', '2024-02-01', '2024-02-02', '2024-03-04'].map(day));
    expect(Array.from(rebalanceStarts(time, 1, 4, 'monthly'))).toEqual([0, 1, 0, 1]);
    expect(Array.from(rebalanceStarts(time, 0, 4, 'monthly'))).toEqual([1, 0, 1, 0, 1]);
    expect(Array.from(rebalanceStarts(time, 1, 4, 'none'))).toEqual([0, 0, 0, 0]);
    expect(Array.from(rebalanceStarts(time, 1, 4, 'daily'))).toEqual([1, 1, 1, 1]);
  });
});

describe('rebalanceStarts against periodKey', () => {
  it('marks exactly the bars whose period key differs from the previous bar, for every schedule', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 1, max: 40 * 86_400_000 }), { minLength: 2, maxLength: 60 }),
      fc.constantFrom('daily' as const, 'weekly' as const, 'monthly' as const, 'quarterly' as const, 'yearly' as const),
      fc.integer({ min: 0, max: 1 }),
      (gaps, schedule, from) => {
        const time = new Float64Array(gaps.length);
        let at = Date.UTC(2019, 11, 20);
        gaps.forEach((gap, bar) => { at += gap; time[bar] = at; });
        const expected = Array.from({ length: gaps.length - from }, (_, slot) => {
          const bar = from + slot;
          return bar === 0 || periodKey(time[bar]!, schedule) !== periodKey(time[bar - 1]!, schedule) ? 1 : 0;
        });
        expect(Array.from(rebalanceStarts(time, from, gaps.length - 1, schedule))).toEqual(expected);
      },
    ));
  });
});
