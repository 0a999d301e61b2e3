import { describe, expect, it } from 'vitest';
import { describeQueuedSearch } from './queued_search.js';

describe('the answer to a search queued on the fleet', () => {
  it('one sweep: its id, its size, that a worker saves it, and what to ask', () => {
    expect(describeQueuedSearch({ candidates: 250_000, budget: 200_000, sweeps: [{ symbol: 'BTC', strategy: 'macd', candidates: 250_000, sweep: 12 }] })).toBe(
      'Trying every combination means 250,000 candidates, more than the 200,000 a request runs by itself, so it was queued on the worker fleet as sweep 12 (250,000 candidates). ' +
      'A btp worker runs it and saves the result as an experiment; ask "how is sweep 12 doing?", and once it is done "show the results of sweep 12".');
  });

  it('several sweeps: the range of ids, and each sweep\'s strategy, symbol and size', () => {
    const text = describeQueuedSearch({
      candidates: 72_090, budget: 50_000,
      sweeps: [{ symbol: 'BTC', strategy: 'rsi_mean_reversion', candidates: 37_584, sweep: 3 }, { symbol: 'BTC', strategy: 'macd', candidates: 34_506, sweep: 4 }],
    });
    expect(text).toContain('queued on the worker fleet as sweeps 3 to 4, one per strategy and symbol: sweep 3: rsi_mean_reversion on BTC (37,584 candidates); sweep 4: macd on BTC (34,506 candidates).');
    expect(text).toContain('ask "how is sweep 3 doing?"');
  });
});
