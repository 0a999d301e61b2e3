import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

function targetsOf(text: string): unknown {
  const outcome = parseRequest(text, { today: '2026-11-24' });
  return outcome.ok ? outcome.spec.targets : outcome.error.code;
}

/** A negation before a target turns its side around; it is never dropped, keeping the side as written. */
describe('a negation before a target', () => {
  it.each([
    ['sma on SOL 2023 without ever sitting more than 30% in profit', { total_return: { operator: '<=', value: 0.3 } }],
    ['sma on SOL 2023, never more than 20 trades', { num_trades: { operator: '<=', value: 20 } }],
    ['sma on SOL 2023 without more than 40 trades', { num_trades: { operator: '<=', value: 40 } }],
    ['sma on SOL 2023 that never trades more than 30 times', { num_trades: { operator: '<=', value: 30 } }],
    ['sma on SOL 2023, never let volatility exceed 30%', { volatility: { operator: '<=', value: 0.3 } }],
    ['sma on SOL 2023 without ever having more than 40% volatility', { volatility: { operator: '<=', value: 0.4 } }],
    ["sma on SOL 2023, don't let the sharpe fall below 1", { sharpe_ratio: { operator: '>=', value: 1 } }],
    ['sma on SOL 2023 without ever dropping below a 1 sharpe', { sharpe_ratio: { operator: '>=', value: 1 } }],
    ['sma on SOL 2023, does not go below a 1.2 sortino', { sortino_ratio: { operator: '>=', value: 1.2 } }],
    ['sma on SOL 2023, never a win rate under 40%', { win_rate: { operator: '>=', value: 0.4 } }],
    ['sma on SOL 2023, never lose on more than 60% of trades', { win_rate: { operator: '>=', value: 0.4 } }],
    ['sma on SOL 2023, never a 30% drawdown', { max_drawdown: { operator: '>=', value: -0.3 } }],
  ])('"%s"', (text, targets) => {
    expect(targetsOf(text)).toEqual(targets);
  });

  it('reads no side where a negated size states none: "never a 20% return" is no target', () => {
    expect(targetsOf('sma on SOL 2023, never a 20% return')).toEqual({});
  });

  it.each([
    ['sma on SOL 2023, not more than 20 trades', { num_trades: { operator: '<=', value: 20 } }],
    ['sma on SOL 2023 with volatility never above 50%', { volatility: { operator: '<=', value: 0.5 } }],
    ['sma on SOL 2023, more than 20 trades', { num_trades: { operator: '>', value: 20 } }],
    ['sma on SOL 2023, sharpe above 1', { sharpe_ratio: { operator: '>', value: 1 } }],
  ])('leaves comparators that carry their own negation, and unnegated targets, as they were: "%s"', (text, targets) => {
    expect(targetsOf(text)).toEqual(targets);
  });
});

describe('a metric "held to" a size', () => {
  it.each([
    ['MACD on QQQ 2010-2020, I need the worst drawdown held to 15 percent or less', { max_drawdown: { operator: '>=', value: -0.15 } }],
    ['MACD on QQQ 2010-2020 with volatility held to 20%', { volatility: { operator: '<=', value: 0.2 } }],
    ['MACD on QQQ 2010-2020, drawdown kept to under 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
    ['MACD on QQQ 2010-2020, win rate held to at least 50%', { win_rate: { operator: '>=', value: 0.5 } }],
    ['MACD on QQQ 2010-2020, sharpe held above 1', { sharpe_ratio: { operator: '>', value: 1 } }],
  ])('is at most that size, or the side written after it, and no holding: "%s"', (text, targets) => {
    const outcome = parseRequest(text, { today: '2026-11-24' });
    expect(outcome.ok && outcome.spec.targets).toEqual(targets);
    expect(outcome.ok && outcome.spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'macd' }]);
  });
});
