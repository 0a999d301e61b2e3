import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * A limit stated as a dislike of the result ("if it's more than 200 I don't want it", "more than 200
 * and I'm not interested") refuses that side: the target accepts the other one (before: no target,
 * or num_trades > 200, the very runs refused).
 */
describe('a limit stated as a dislike', () => {
  it.each([
    ['how many trades would a 10/30 sma cross fire on btc in Q3 2024 on the 1h chart?? if its more than 200 i dont want it', 'num_trades', '<=', 200],
    ["sma on btc 2024, more than 200 trades and i'm not interested", 'num_trades', '<=', 200],
    ['sma on btc 2024. anything over 200 trades is a no', 'num_trades', '<=', 200],
    ["what's the sharpe of macd on eth 2023? if it's under 1 i don't want it", 'sharpe_ratio', '>=', 1],
    ['macd on eth 2023, if the volatility is over 40% count me out', 'volatility', '<=', 0.4],
    ["rsi on spy 2022: a win rate below 40%, no thanks", 'win_rate', '>=', 0.4],
    ["macd on eth 2023, if the drawdown is over 30% i don't want it", 'max_drawdown', '>=', -0.3],
  ])('"%s" reads %s %s %d', (text, metric, operator, value) => {
    expect(specOf(text).targets).toEqual({ [metric]: { operator, value } });
  });

  it.each([
    // Must not change: a wish that goes on to a limit of its own is no dislike of the one before it.
    ["momentum on spy 2022, volatility under 20%, and I don't want it falling more than 15 percent from its high",
      { volatility: { operator: '<', value: 0.2 }, max_drawdown: { operator: '>=', value: -0.15 } }],
    // A liking keeps the side as written.
    ["rsi on sol 2023, how many trades? if it's more than 40 that's great", { num_trades: { operator: '>', value: 40 } }],
  ])('"%s" reads %j', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});

/** A limit asked as a question, past a participle of staying (before: "stayed" and the size ignored). */
describe('a limit the question asks a metric to have stayed within', () => {
  it.each([
    ['how would a 60/40 btc/eth portfolio running macd have done in 2023, and would the drawdown have stayed under 30%?', 'max_drawdown', '>=', -0.3],
    ['rsi on eth 2022: would the sharpe have stayed above 1?', 'sharpe_ratio', '>', 1],
    ['macd on btc 2021 — would the volatility have remained below 50%?', 'volatility', '<', 0.5],
  ])('"%s" reads %s %s %d', (text, metric, operator, value) => {
    expect(specOf(text).targets).toEqual({ [metric]: { operator, value } });
  });
});
