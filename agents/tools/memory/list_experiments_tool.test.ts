import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from '../../../tools/request/recognizers/memory_question.js';
import { ListExperimentsInputSchema } from './list_experiments_tool.js';

describe('list_experiments takes start and end, the days the runs were saved between', () => {
  it('accepts what the grammar reads for "list what I ran in Q3"', () => {
    const question = parseMemoryQuestion('list what I ran in Q3', '2025-11-20');
    expect(question?.tool).toBe('list_experiments');
    expect(ListExperimentsInputSchema.parse(question!.args)).toEqual({ limit: 10, start: '2025-07-01', end: '2025-09-30' });
  });

  it('refuses a day that is not on the calendar', () => {
    expect(ListExperimentsInputSchema.safeParse({ start: '2025-09-31' }).success).toBe(false);
  });
});
