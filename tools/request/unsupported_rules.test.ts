import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

function errorOf(text: string) {
  const outcome = parseRequest(text, { today: '2026-11-24' });
  return outcome.ok ? undefined : outcome.error;
}

describe('exit and sizing rules no strategy follows are refused, never dropped', () => {
  it.each([
    ['SMA on BTC 2022 with a 5% stop loss', 'stop_loss', 'stop loss'],
    ['RSI on ETH 2023 with a stop-loss', 'stop_loss', 'stop-loss'],
    ['momentum on SPY 2020, stop out at 10%', 'stop_loss', 'stop out at 10%'],
    ['RSI on ETH 2023 trailing stop 8%', 'trailing_stop', 'trailing stop 8%'],
    // Before, "profit at 10%" became a return target of 10 %: a plausible run that ignored the exit.
    ['RSI on ETH 2023, take profit at 10%', 'take_profit', 'take profit at 10%'],
    ['SMA on BTC 2022 with 3x leverage', 'leverage', 'leverage'],
    ['SMA on BTC 2022, position size 50%', 'position_size', 'position size 50%'],
    ['MACD on BTC 2021 with kelly sizing', 'position_size', 'kelly sizing'],
  ])('%s: unsupported_rule (%s), quoting "%s"', (text, rule, written) => {
    const error = errorOf(text);
    expect(error).toMatchObject({ code: 'unsupported_rule', rule, written });
    expect(error!.message).toContain(`("${written}")`);
  });

  it('says what to do instead: a drawdown limit for an exit, the whole capital or a portfolio for sizing', () => {
    expect(errorOf('SMA on BTC 2022 with a 5% stop loss')!.message).toContain('max drawdown under 20%');
    expect(errorOf('SMA on BTC 2022 with 2x leverage')!.message).toContain('run unleveraged');
    expect(errorOf('SMA on BTC 2022, position size 50%')!.message).toContain('"50% BTC 50% ETH"');
  });

  it('leaves the words alone where they name no rule', () => {
    expect(errorOf('SMA on BTC 2022, max drawdown under 20%')).toBeUndefined();
    expect(errorOf('SMA on BTC 2022, target a 50% profit')).toBeUndefined();
    expect(errorOf('SMA on BTC 2022 ranked by profit factor')).toBeUndefined();
  });
});
