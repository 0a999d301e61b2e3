import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

/**
 * A laugh or chat shorthand after an ending balance closes the phrase as a full stop would: "i wanna
 * end with at least 750 lmao" keeps 750 as the money held at the end (before, the trailing "lmao"
 * made 750 look like a count of something, and the goal was dropped).
 */
describe('a chat aside after an ending balance keeps the goal', () => {
  it.each([
    ['aapl bolinger 20 2 in 2022 start w/ 1000 bucks and i wanna end with at least 750 lmao', 1000, '>=', 750],
    ['msft rsi 2023, 5000 to start, i want to finish with more than 6000 haha', 5000, '>', 6000],
    ['spy macd 2021 starting with $2000, hoping to end up with at least 1500 tbh', 2000, '>=', 1500],
    ['qqq ema 2022 start with 1000 bucks, want to end with at least 900 lmaooo', 1000, '>=', 900],
    ['budget is 500 bucks. could sma 20/50 on doge over 2023-2024 end with at least 750 hehe', 500, '>=', 750],
    ['gld sma 2020 starting with 3000, i wanna finish with over 3500 pls', 3000, '>', 3500],
  ])('"%s" starts with %d and aims for final_equity %s %d', (text, capital, operator, value) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ final_equity: { operator, value } });
  });

  it.each([
    ['rsi on eth 2022, end with at least 50 trades lol', { num_trades: { operator: '>=', value: 50 } }],
    ['rsi on eth 2022, end with at least 50 days haha', {}],
  ])('a counted word between the amount and the aside still says what it counts: "%s"', (text, targets) => {
    expect(specOf(text).targets ?? {}).toEqual(targets);
  });
});

const macdRun = ['run macd on bitcoin for 2024 with 100k'];

/**
 * A reason given after an edit ("…, that's closer to my actual account") asks for nothing: the edit
 * read before it stands (before: not_understood, for the remark's unread words).
 */
describe('a reason after an edit does not sink it', () => {
  it.each([
    ["start with 25k instead, that's closer to my actual account", 25000],
    ["start with 25k instead, that's more realistic", 25000],
    ['make the capital 50k, closer to my real portfolio', 50000],
    ['use 40k - that is what my ira holds', 40000],
    ['bump capital to 30k since that matches my brokerage balance', 30000],
    ["use 30k because that's roughly my savings", 30000],
  ])('"%s"', (text, capital) => {
    const spec = specOf(text, macdRun);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.symbols).toEqual(['BTC']);
    expect(spec.date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('the remark\'s words are still noted as ignored', () => {
    expect(specOf("start with 25k instead, that's closer to my actual account", macdRun).notes?.join(' ')).toContain("'account'");
  });
});

describe('must not change: reasons after edits', () => {
  it('a remark with nothing read before it is not understood', () => {
    const outcome = parseRequest("ok, that's closer to my account", { today: '2026-01-10', history: macdRun });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('not_understood');
  });
  it('gibberish before a remark is not understood', () => {
    const outcome = parseRequest("banana smoothie recipe, that's closer to my account", { today: '2026-01-10', history: macdRun });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('not_understood');
  });
  it('"since 2020" after a comma is still a window', () => {
    expect(specOf('use 25k, since 2020', macdRun).date_range).toEqual({ start: '2020-01-01', end: '2026-01-10' });
  });
});
