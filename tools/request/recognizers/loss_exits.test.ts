import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from '../test_support/spec_of.js';

function errorOf(text: string) {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history: [] });
  return outcome.ok ? undefined : outcome.error;
}

/** A stop said as an outcome is refused as a stop loss, as "a 10% gain and I'm out" is a take profit (before: a drawdown limit, or ignored). */
describe('leaving on a loss told as an outcome is a stop loss', () => {
  it.each([
    ["sma on spy 2010-2020, a 10% loss and I'm out", "a 10% loss and I'm out"],
    ['sma on spy 2010-2020, if I\'m down 8% I get out', "if I'm down 8% I get out"],
    ['sma on spy 2010-2020, out at -5%', 'out at -5%'],
    ['sma on spy 2010-2020, 8% down and I sell', '8% down and I sell'],
    ["sma on spy 2010-2020, -5% and I'm out", "-5% and I'm out"],
    ["rsi on eth 2022, I'm out after a 10% loss", "I'm out after a 10% loss"],
    ['sma on btc 2021, sell on a 5% drop', 'sell on a 5% drop'],
    ['once we\'re 5% down, we sell. macd on eth 2023', "once we're 5% down, we sell"],
    ['rsi on btc 2023, sell at -5%', 'sell at -5%'],
  ])('"%s"', (text, written) => {
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule: 'stop_loss', written });
  });

  it('a gain told the same way stays a take profit, "out at +10%" too', () => {
    expect(errorOf("sma on spy 2010-2020, a 10% gain and I'm out")).toMatchObject({ code: 'unsupported_rule', rule: 'take_profit' });
    expect(errorOf('sma on spy 2010-2020, out at +10%')).toMatchObject({ code: 'unsupported_rule', rule: 'take_profit', written: 'out at +10%' });
  });

  it.each([
    // Must not change: the account's fall (a lead saying any fall past it, "ever", the account, a ruin) stays a drawdown limit.
    ["anything past a 20% hole and I'm out. golden cross on bitcoin, 2018 to 2024", 0.2],
    ["rsi on btc 2020 to 2023, if I'm ever 25% underwater I bail", 0.25],
    ["sma on btc 2021, if I'm ever down 25% I'm done", 0.25],
    ["sma on btc 2021, once my account is 30% in the red I'd sell everything", 0.3],
    ["anything worse than a 20% loss and I'm out, sma on btc 2022", 0.2],
    ['a 30% dip would end me, sma on btc 2022', 0.3],
  ])('"%s" stays a drawdown limit', (text, depth) => {
    expect(specOf(text).targets).toEqual({ max_drawdown: { operator: '>=', value: -depth } });
  });

  it.each([
    'sma on btc 2021, a 15% drop in 2022 made me sell',
    'rsi on btc 2023, in at 30 out at 70',
  ])('"%s" is no exit rule', (text) => {
    expect(errorOf(text)).toBeUndefined();
  });
});
