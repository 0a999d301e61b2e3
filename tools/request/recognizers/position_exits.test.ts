import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

function errorOf(text: string) {
  const outcome = parseRequest(text, { today: '2026-01-10' });
  return outcome.ok ? undefined : outcome.error;
}

/** An exit on a trade's own move, without "stop" or "take profit", is refused like the stop it is (before: run without it). */
describe('a trade left on its own move is an unsupported rule', () => {
  it.each([
    ['bollinger 20/2 on ETH from 2021 to 2023, and if a position ever drops 8% below my entry just dump it, then give me an html report', 'stop_loss', 'if a position ever drops 8% below my entry just dump it'],
    ["sma crossover on btc 2020 to 2022, sell whenever it's down 10% from where I bought", 'stop_loss', "sell whenever it's down 10% from where I bought"],
    ['rsi on eth 2021, cash out once a trade is up 20%', 'take_profit', 'cash out once a trade is up 20%'],
    ['macd on btc 2022, get out if it falls 5% off its high', 'trailing_stop', 'get out if it falls 5% off its high'],
    ["sma on btc 2021, once any trade is up 15% I'll take profits", 'take_profit', "once any trade is up 15% I'll take profits"],
    ['rsi on spy 2019, the moment a position is 6% in the red, close it', 'stop_loss', 'the moment a position is 6% in the red, close it'],
    ['ema on eth 2022, if my entry is ever 12% under water I sell', 'stop_loss', 'if my entry is ever 12% under water I sell'],
    ['sma on btc 2021, as soon as a trade gains 30% lock in the gains', 'take_profit', 'as soon as a trade gains 30% lock in the gains'],
    ["sma on btc 2021, unload the position when it's 7% below what I paid", 'stop_loss', "unload the position when it's 7% below what I paid"],
    ['sma on btc 2021, if my trade is 10% down, I want out', 'stop_loss', 'if my trade is 10% down, I want out'],
    ['sma on btc 2021, when a trade is 25% above my entry, bank it', 'take_profit', 'when a trade is 25% above my entry, bank it'],
    ['sma on btc 2021, if a trade drops 10% from its peak, get out', 'trailing_stop', 'if a trade drops 10% from its peak, get out'],
    ["sma on btc 2021, if it drops 8% I'll sell", 'stop_loss', "if it drops 8% I'll sell"],
    ["sma on eth 2021, if its price is 10% lower than what I paid I'd dump it", 'stop_loss', "if its price is 10% lower than what I paid I'd dump it"],
    // What is held, by its name: the symbol moves, then the exit.
    ["sma 20/50 on btc 2023, if BTC drops 8% I'll sell", 'stop_loss', "if BTC drops 8% I'll sell"],
    ['rsi on eth 2024 and if eth falls 10% below my entry dump it', 'stop_loss', 'if eth falls 10% below my entry dump it'],
    ['macd on spy since 2015, and once SPY is up 20% take profits', 'take_profit', 'once SPY is up 20% take profits'],
  ])('%s: %s', (text, rule, written) => {
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule, written });
  });

  it.each([
    // Must not change: a loss limit on the whole run, a price move asked about, a cost per trade.
    ["sma on btc 2021, can't lose more than 20%", { max_drawdown: { operator: '>=', value: -0.2 } }],
    ['sma on btc 2021, drawdown under 25%', { max_drawdown: { operator: '>=', value: -0.25 } }],
    ['sma on btc 2021, what if BTC drops 8%?', {}],
    ['sma on btc 2021, what if it drops 8%?', {}],
    // The writer's account, not a trade, falling before they leave: a drawdown limit (tolerated_falls.ts).
    ["rsi on btc 2020 to 2023, if I'm ever 25% underwater I bail", { max_drawdown: { operator: '>=', value: -0.25 } }],
  ])('"%s" is no exit rule', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });

  it('a fall with buying after it adds to the position, no exit (scaled_positions.ts)', () => {
    expect(errorOf("sma on btc 2022, if bitcoin drops 30% I'd buy more")).toMatchObject({ code: 'unsupported_rule', rule: 'add_on_fall' });
  });

  it('a cost lost on each trade stays slippage', () => {
    expect(specOf('sma on btc 2021, lose 0.1% per trade to slippage').slippage_bps).toBe(10);
  });
});

/**
 * The exit first, then what it leaves ("of any trade", "on a position"), then a condition of one word
 * or more ("the moment", "as soon as") and the trade's move: a stop told as a habit is still a stop
 * (before: the run went ahead without it, the exit's words ignored).
 */
describe('an exit, what it leaves, then the condition is an unsupported rule', () => {
  it.each([
    ["Long story short, I got burned in the FTX mess and now I'm careful. Test macd on BTC for 2023, and of course I'd get out of any trade the moment it's 8% below where I bought, same as I do for real.", 'stop_loss', "get out of any trade the moment it's 8% below where I bought"],
    ["macd on btc 2023, I'll close the position as soon as it's 10% under my entry", 'stop_loss', "close the position as soon as it's 10% under my entry"],
    ['macd on btc 2023, sell out of a trade whenever it falls 5% from the top', 'trailing_stop', 'sell out of a trade whenever it falls 5% from the top'],
    ["macd on btc 2023, I bail on any trade the second it's 12% down", 'stop_loss', "bail on any trade the second it's 12% down"],
    ["rsi on eth 2022, dump it the minute it's 6% under what I paid", 'stop_loss', "dump it the minute it's 6% under what I paid"],
    ['rsi on eth 2022, I exit a position as soon as it drops 7%', 'stop_loss', 'exit a position as soon as it drops 7%'],
    ['sma on spy 2019, we cash out of each trade the moment it is up 20%', 'take_profit', 'cash out of each trade the moment it is up 20%'],
  ])('%s: %s', (text, rule, written) => {
    expect(errorOf(text)).toMatchObject({ code: 'unsupported_rule', rule, written });
  });

  it.each([
    // Must not change: leaving a market, not a trade, is no exit rule; a question set aside by "no".
    ['get out of crypto the moment btc drops 50%? no just run sma on eth 2022'],
    ['sma on btc 2021, cash out as soon as I hit 50% total return'],
  ])('"%s" is no exit rule', (text) => {
    expect(errorOf(text)).toBeUndefined();
  });
});
