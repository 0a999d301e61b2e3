import { describe, expect, it } from 'vitest';
import { jobSizeFor } from './job_size.js';

describe('jobSizeFor: candidates per fleet job', () => {
  it('cuts a search into 16 jobs when that keeps each between 2 M and 75 M bar × candidate steps', () => {
    expect(jobSizeFor(3_064, 23_655)).toBe(1_479); // the full sma_crossover grid on BTC daily: ceil(23,655 / 16)
    expect(jobSizeFor(19_704, 40_000)).toBe(2_500); // 40,000 / 16 on BTC hourly: 49 M steps a job
  });

  it('holds a job to about 1.5 s of one core (75 M steps) on a big search', () => {
    expect(jobSizeFor(3_064, 1_000_000)).toBe(24_478); // 75e6 / 3,064 = 24,477.8
    expect(jobSizeFor(19_704, 1_000_000)).toBe(3_806); // 75e6 / 19,704 = 3,806.3
  });

  it('keeps a job at 2 M steps or more on a small search, so the queue costs under 5 %', () => {
    expect(jobSizeFor(365, 37_584)).toBe(5_479); // 2e6 / 365 = 5,479.5; 37,584 / 16 would be 2,349
    expect(jobSizeFor(3_064, 100)).toBe(653); // 2e6 / 3,064 = 652.7
  });

  it('stays within 100 and 100,000 candidates', () => {
    expect(jobSizeFor(10_000_000, 1_000_000)).toBe(100);
    expect(jobSizeFor(10, 10_000_000)).toBe(100_000);
    expect(jobSizeFor(0, 50)).toBe(100_000);
  });
});
