import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

function outcomeOf(text: string) {
  return parseRequest(text, { today: '2025-11-20' });
}

/** Leaving on a gain told in everyday words is a take profit (before: "a 10% gain and I'm out" became a return goal, tuned for). */
describe('an exit on a gain in everyday words is an unsupported take profit', () => {
  it.each([
    ["a 10% gain and I'm out, rsi on eth 2023", "a 10% gain and I'm out"],
    ["rsi on eth 2023, I'm out after a 10% gain", "I'm out after a 10% gain"],
    ["rsi on eth 2023, once I'm up 10% I close", "once I'm up 10% I close"],
    ['rsi on eth 2023, 10% up and I sell', '10% up and I sell'],
    ['rsi on eth 2023, bank it at +10%', 'bank it at +10%'],
    ['rsi on eth 2023, sell at a 20% profit', 'sell at a 20% profit'],
    ['rsi on eth 2023, +15%, then close it', '+15%, then close it'],
    ["rsi on eth 2023, when we're up 10% we sell", "when we're up 10% we sell"],
  ])('"%s"', (text, written) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok ? undefined : outcome.error).toMatchObject({ code: 'unsupported_rule', rule: 'take_profit', written });
  });

  it.each([
    // Must not change: return goals, a bare percentage after "sell at", a drawdown limit, a goal that leaves nothing.
    ['rsi on eth 2023, I want a 10% gain', { total_return: { operator: '>=', value: 0.1 } }],
    ['rsi on eth 2023, aiming for at least 10% a year', { cagr: { operator: '>=', value: 0.1 } }],
    ['rsi on eth 2023, sell at 10%', {}],
    ["rsi on eth 2023, if I'm up 20% I'm happy", {}],
    ["anything past a 20% hole and I'm out. golden cross on bitcoin, 2018 to 2024", { max_drawdown: { operator: '>=', value: -0.2 } }],
  ])('"%s" is no exit rule', (text, targets) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec.targets).toEqual(targets);
  });
});
