import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY } from '../test_support/spec_of.js';

function outcomeOf(text: string) {
  return parseRequest(text, { today: PHRASE_TEST_TODAY });
}

describe('a rule the writer turns down is not asked for', () => {
  it.each([
    ["My friend made a killing on SOL in 2023 using 3x leverage. I'm not that brave, so no leverage for me. Just backtest plain momentum on SOL from 2023 to 2024.", 'no leverage'],
    ['Run SMA 20/50 on BTC for 2022 without a stop loss.', 'without a stop loss'],
    ["I don't want a trailing stop, just RSI on ETH for 2021.", "don't want a trailing stop"],
    ['MACD on SPY 2019, no stop loss, no take profit.', 'no stop loss'],
    ['Never use leverage. Buy and hold QQQ from 2015 to 2020.', 'use leverage'],
    ["I do not want to use leverage: EMA 12/26 on ETH for 2023.", 'do not want to use leverage'],
  ])('%s', (text, written) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.notes.join('\n')).toContain(`as a rule you turn down`);
    expect(outcome.ok && outcome.notes.join('\n')).toContain(written);
  });
});

describe('must not change: a rule asked for is refused', () => {
  it.each([
    'Run SMA on BTC for 2022 with a 5% stop loss',
    'Momentum on SOL 2023 with 3x leverage',
    // Turning one rule down does not turn down another.
    'No leverage, but add a 10% trailing stop to RSI on ETH for 2021',
    'Test SMA on BTC for 2022 and sell if price falls more than 10% from the high',
  ])('%s', (text) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('unsupported_rule');
  });
});
