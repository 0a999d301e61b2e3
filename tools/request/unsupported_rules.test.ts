import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

function errorOf(text: string) {
  const outcome = parseRequest(text, { today: '2026-11-24' });
  return outcome.ok ? undefined : outcome.error;
}

describe('exit and sizing rules no strategy follows are refused, never dropped', () => {
  it.each([
    ['SMA on BTC 2022 with a 5% stop loss', 'stop_loss', '5% stop loss'],
    // A percentage makes "stop" a rule: "a hard 7% stop", "stop at 7%", "a 5% trailing stop".
    ['sma 10/30 on eth 2022 with a hard 7% stop', 'stop_loss', 'hard 7% stop'],
    ['rsi on btc 2022, stop at 7%', 'stop_loss', 'stop at 7%'],
    ['sma on eth 2022, 5% trailing stop', 'trailing_stop', '5% trailing stop'],
    ['sma on btc 2022 with a 10% take profit', 'take_profit', '10% take profit'],
    ['RSI on ETH 2023 with a stop-loss', 'stop_loss', 'stop-loss'],
    ['momentum on SPY 2020, stop out at 10%', 'stop_loss', 'stop out at 10%'],
    ['RSI on ETH 2023 trailing stop 8%', 'trailing_stop', 'trailing stop 8%'],
    // Before, "profit at 10%" became a return target of 10 %: a plausible run that ignored the exit.
    ['RSI on ETH 2023, take profit at 10%', 'take_profit', 'take profit at 10%'],
    ['SMA on BTC 2022 with 3x leverage', 'leverage', 'leverage'],
    ['SMA on BTC 2022, position size 50%', 'position_size', 'position size 50%'],
    ['MACD on BTC 2021 with kelly sizing', 'position_size', 'kelly sizing'],
    // A stop written as a sentence: before, "falls more than 10% from the high" became a drawdown target of the whole run.
    ['sma 20/50 on btc 2022, sell if price falls more than 10% from the high', 'trailing_stop', 'sell if price falls more than 10% from the high'],
    ['rsi on eth 2023, exit when it drops 5%', 'stop_loss', 'exit when it drops 5%'],
    ['sma on btc 2022, get out if the price drops 8% below my buy price', 'stop_loss', 'get out if the price drops 8% below my buy price'],
    // The trader as the subject, an adverb before the condition: before, run without the stop.
    ["SMA 20/50 on SPY 2020, but sell automatically if I'm down 8% on a trade", 'stop_loss', "sell automatically if I'm down 8% on a trade"],
    ['sma on SPY 2020, get out right away when we lose 5%', 'stop_loss', 'get out right away when we lose 5%'],
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
    expect(errorOf('MACD on SPY 2022, exit and stop when the signal flips')).toBeUndefined();
    expect(errorOf('SMA on BTC 2022 with 5% fees')).toBeUndefined();
    // A drawdown limit measured from the top stays a limit of the run.
    expect(errorOf('SMA on BTC 2022, I refuse to sit through more than a 25% drop from the top')).toBeUndefined();
    expect(errorOf('RSI on ETH 2023, sell when RSI is above 70')).toBeUndefined();
  });
});

describe('options are refused, never run as the plain symbol', () => {
  it.each([
    ['Backtest selling 30-delta puts on SPY every month, 2019-2023.', 'delta puts'],
    ['covered calls on AAPL since 2020', 'covered calls'],
    ['an iron condor on QQQ in 2022', 'iron condor'],
  ])('%s: unsupported_rule (options), quoting "%s" (before: buy and hold ran)', (text, written) => {
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule: 'options', written });
  });

  it('"call" and "put" as ordinary verbs are no options', () => {
    expect(errorOf('sma on SPY in 2019, I\'ll call you later')).toBeUndefined();
  });
});

describe('rules by the calendar are refused, never run as buy-and-hold or as one window', () => {
  it.each([
    ['I want to buy BTC only on the mondays and sell on the fridays, from 2021 to 2023.', 'day_of_week', 'only on the mondays'],
    ['sma on eth 2024, sell every friday', 'day_of_week', 'every friday'],
    ['sell in may: only hold SPY from November to April each year, sit in cash the rest', 'seasonal', 'sell in may'],
    ['only hold SPY from November to April each year, 2010-2020', 'seasonal', 'from November to April each year'],
    ['buy QQQ every December, 2015-2020', 'seasonal', 'every December'],
    ['trade the santa claus rally on SPY since 2000', 'seasonal', 'santa claus rally'],
    ['january effect on SPY 2010-2020', 'seasonal', 'january effect'],
  ])('%s: unsupported_rule (%s), quoting "%s"', (text, rule, written) => {
    const error = errorOf(text);
    expect(error).toMatchObject({ code: 'unsupported_rule', rule, written });
    expect(error!.message).toMatch(/day-of-week rules are not supported|seasonal \(calendar\) rules are not supported/);
  });

  it.each([
    ['rsi on ETH 2023 but only on tuesdays', 'only on tuesdays'],
    ['rsi on ETH 2023, just on fridays', 'just on fridays'],
    ['rsi on ETH 2023, mondays only', 'mondays only'],
    ['rsi on ETH 2023, trade only mondays', 'only mondays'],
  ])('"%s": a weekday restricted by "only" or "just" is a rule without a trading verb, quoting "%s" (before: the weekday was ignored and the strategy ran every day)', (text, written) => {
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule: 'day_of_week', written });
  });

  it('rebalancing on a weekday and a weekday written with a date are no rules', () => {
    expect(errorOf('60/40 btc/eth rebalance weekly on fridays 2022')).toBeUndefined();
    expect(errorOf('60/40 btc/eth, rebalance only on fridays 2022')).toBeUndefined();
    expect(errorOf('60/40 btc/eth rebalance every monday 2022')).toBeUndefined();
    expect(errorOf('rsi on ETH from Monday 3 March 2025 to Friday 6 June 2025')).toBeUndefined();
  });

  it('a weekday or months that name no rule are left as they were', () => {
    // Neither restricted nor after a trading verb: noted as ignored, as before.
    expect(errorOf('sma on btc 2022, I check it on fridays')).toBeUndefined();
    expect(errorOf('Quick one before our Monday IC meeting: 50/200 SMA on BTC and ETH, 2020 to 2023')).toBeUndefined();
    expect(errorOf('sma on SPY from November 2020 to April 2021')).toBeUndefined();
  });
});

describe('a misspelled rule is still the rule', () => {
  it('"a 5% trailng stop" is a trailing stop (before: run without it, the words ignored)', () => {
    expect(errorOf('sma cross on eth w a 5% trailng stop')).toMatchObject({ code: 'unsupported_rule', rule: 'trailing_stop', written: '5% trailng stop' });
  });

  it('"trading" and "training" are not read as "trailing"', () => {
    expect(errorOf('sma on BTC, trading 2022')).toBeUndefined();
  });
});

describe('an unsupported rule is named before "not understood"', () => {
  it('a covered call among many unknown words is refused as options (before: not_understood)', () => {
    const text = 'Not sure this is even possible, but can you backtest a covered call strategy on SPY? Like selling monthly calls against the shares. Would be super helpful.';
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule: 'options' });
  });
});
