import { describe, expect, it } from 'vitest';
import { jobSizeFor } from './job_size.js';

describe('jobSizeFor: candidates per fleet job, so that each job is about 75 M bar × candidate steps', () => {
  it('sizes jobs by the bars each candidate runs over', () => {
    expect(jobSizeFor(3_064)).toBe(24_478); // 75e6 / 3,064 = 24,477.8: BTC's daily history
    expect(jobSizeFor(19_704)).toBe(3_806); // 75e6 / 19,704 = 3,806.3: BTC's hourly history
    expect(jobSizeFor(365)).toBe(100_000); // a year of daily bars: at most 100,000 candidates a job
    expect(jobSizeFor(10_000_000)).toBe(100); // at least 100, however long the series
    expect(jobSizeFor(0)).toBe(100_000);
  });

  it('keeps every job near the same work, within the bounds', () => {
    for (const bars of [800, 1_000, 5_000, 50_000, 300_000]) {
      expect(Math.abs(jobSizeFor(bars) * bars - 75_000_000)).toBeLessThanOrEqual(bars / 2);
    }
  });
});
