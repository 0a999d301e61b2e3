import { describe, expect, it } from 'vitest';
import { RequestSpecSchema } from '../request/request_spec.js';
import { EXHAUSTIVE_SEARCH_BUDGET, exhaustiveGrid, placeExhaustiveSearch } from './exhaustive_search.js';

describe('the size of a request\'s exhaustive grid', () => {
  it('every tuned strategy on every symbol, each over its whole grid; the baseline and parameterless strategies count nothing', () => {
    const spec = RequestSpecSchema.parse({
      symbols: ['BTC', 'ETH', 'SOL'], search: 'exhaustive', optimization_required: true,
      strategies: [{ name: 'rsi_mean_reversion' }, { name: 'macd', params: { fast: 8 } }, { name: 'buy_and_hold', baseline: true }],
    });
    const grid = exhaustiveGrid(spec);
    expect(grid.combos).toEqual(['BTC', 'ETH', 'SOL'].flatMap((symbol) => [
      { symbol, strategy: 'rsi_mean_reversion', candidates: 37_584 }, { symbol, strategy: 'macd', candidates: 34_506 },
    ]));
    expect(grid.candidates).toBe(216_270);
  });
});

describe('where an exhaustive search runs', () => {
  it('the budget is 200,000 candidates', () => {
    expect(EXHAUSTIVE_SEARCH_BUDGET).toBe(200_000);
  });

  it('a grid within the budget runs here, with or without a fleet (the budget itself included)', () => {
    expect(placeExhaustiveSearch(200_000, { budget: 200_000, fleet: false })).toEqual({ where: 'here' });
    expect(placeExhaustiveSearch(5_472, { budget: 200_000, fleet: true })).toEqual({ where: 'here' });
  });

  it('a grid over the budget goes to the fleet when there is one', () => {
    expect(placeExhaustiveSearch(200_001, { budget: 200_000, fleet: true })).toEqual({ where: 'fleet' });
  });

  it('over the budget without a fleet: search_over_budget with the size, the budget and both ways forward', () => {
    const place = placeExhaustiveSearch(216_270, { budget: 200_000, fleet: false });
    if (place.where !== 'nowhere') throw new Error(`placed ${place.where}`);
    expect(place.error.code).toBe('search_over_budget');
    expect(place.error.details).toEqual({ candidates: 216_270, budget: 200_000 });
    expect(place.error.message).toContain('216,270 candidates, more than the 200,000');
    expect(place.error.message).toContain('set BTP_REDIS_URL and start btp worker processes');
    expect(place.error.message).toContain('drop "every combination"');
  });
});
