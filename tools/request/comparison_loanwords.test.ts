import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

function targetsOf(text: string) {
  const outcome = parseRequest(text, { today: '2026-01-10' });
  return outcome.ok ? outcome.spec.targets : outcome.error.code;
}

describe('"superior to" and "inferior to", as Romance speakers write "above" and "below"', () => {
  it.each([
    ['The CAGR must be superior to 15%.', { cagr: { operator: '>', value: 0.15 } }],
    ['sharpe superior or equal to 1.5', { sharpe_ratio: { operator: '>=', value: 1.5 } }],
    ['volatility inferior to 20%', { volatility: { operator: '<', value: 0.2 } }],
    ['volatility inferior or equal to 20%', { volatility: { operator: '<=', value: 0.2 } }],
    // A drawdown below a size is a limit on its depth: never the wrong side.
    ['drawdown inferior to 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
    ['drawdown must not be superior to 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
  ])('%s', (phrase, targets) => {
    expect(targetsOf(`bollinger on QQQ between 2016 and 2019. ${phrase}`)).toEqual(targets);
  });
});
