import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

/**
 * What someone else did with money ("i saw a guy on youtube turn 1k into 100k") is their story: no
 * capital and no goal of the writer's (before: total_return >= 99 from the story, beside the writer's goal).
 */
describe("someone else's money deed is a story, not a goal", () => {
  it('the YouTuber\'s 1k into 100k sets nothing; the writer\'s own capital stays', () => {
    const outcome = parseRequest('bro i saw a guy on youtube turn 1k into 100k with doge 🚀🚀 can u do the rsi thing on doge since 2021, start w $1000, i wanna turn it into 10k at least', { today: '2025-11-20' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.spec.initial_capital).toBe(1000);
    expect(outcome.spec.targets.total_return).toBeUndefined();
  });

  it.each([
    'my cousin keeps bragging, I watched him turn $500 into 20k on sol. rsi on sol 2023',
    'heard of people turning 2k into 50k with ETH. sma on eth 2021',
    'saw this kid on tiktok turning $200 into $40k with sol lol. rsi on sol since 2022',
    'people turning 1k into 100k everywhere on twitter, sma on btc 2021',
  ])('"%s" sets no goal and keeps the default capital', (text) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual({});
    expect(spec.initial_capital).toBe(10_000);
  });

  it.each([
    // Must not change: the writer's and the run's own deeds are goals.
    ["sma on btc 2022, I'd love to see it turn 10k into 30k", 10_000, { total_return: { operator: '>=', value: 2 } }],
    ['sma on btc 2022, could it turn 10k into 15k', 10_000, { total_return: { operator: '>=', value: 0.5 } }],
    ['sma on btc 2022, i want to turn 5k into 10k', 5000, { total_return: { operator: '>=', value: 1 } }],
    ['sma on btc 2022, grow it to 20k or more', 10_000, { final_equity: { operator: '>=', value: 20_000 } }],
  ])('"%s" starts with %d and aims for %j', (text, capital, targets) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual(targets);
  });
});
