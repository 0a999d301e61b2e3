import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function outcomeOf(text: string) {
  return parseRequest(text, { today: TODAY });
}

function symbolsOf(text: string) {
  const outcome = outcomeOf(text);
  return outcome.ok ? outcome.spec.symbols : outcome.error.code;
}

function strategiesOf(text: string) {
  const outcome = outcomeOf(text);
  return outcome.ok ? outcome.spec.strategies.filter((strategy) => !strategy.baseline).map(({ name, params }) => (params ? { name, params } : name)) : outcome.error.code;
}

describe('a symbol the writer turns down is left out when the message asks for another', () => {
  it.each([
    ["My cousin is 31, has been trading since 2017, and swears Solana is the only chain worth owning — he still posts his 2021 screenshots every week. I'm not touching SOL, and honestly I don't care about his bull-run numbers. What I'd like to see is ETH with a 12/26 EMA crossover from the start of 2022 through the end of 2024, so it covers the crash and the recovery. Nothing fancy, no tuning, just the straight run.", ['ETH']],
    ["My old roommate thinks bollinger bands only work on stocks, and he points to some AAPL chart from 2019 as proof. I'm not interested in Apple, and I'm not interested in his opinion on cardano either. Run plain bollinger bands — 20 period, 2 standard deviations — on ETH for Q3 2024.", ['ETH']],
    ["A friend in Lisbon, 34, runs a small fund and says mid-cap coins trend better than the majors. I don't want bitcoin in this at all. Run a 10/30 SMA crossover on litecoin — actually, make that cardano — for 2021.", ['ADA']],
    ["My friend from university, 33, says any Sharpe under 3 isn't worth trading, which is nonsense. I don't want an ETH version, bitcoin only. Find the best RSI settings on BTC since 2021 with a Sharpe above 2 — actually, that's greedy, make it above 1.5.", ['BTC']],
    // Neighbours: other ways of turning a symbol down.
    ["I'm not interested in Solana. Run SMA 20/50 on ETH for 2023.", ['ETH']],
    ["I don't really want DOGE in this. Test RSI on LTC for 2022.", ['LTC']],
    ['No BTC please. Run MACD on ETH for 2021.', ['ETH']],
    ["Solana isn't for me. Run a 10/30 SMA crossover on ADA for 2021.", ['ADA']],
  ])('"%s" runs only %j', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });

  it('says so in a note', () => {
    const outcome = outcomeOf("Run SMA 10/30 on ADA for 2021, I don't want bitcoin in this at all.");
    expect(outcome.ok && outcome.notes).toContain("read 'bitcoin' as a symbol you turn down: no run uses it");
  });
});

describe('a strategy, the holding comparison or settings the writer turns down are left out', () => {
  it.each([
    ["My study group is split: half think Solana is a casino, half think it's the future. I don't care about their debate and I don't want a buy-and-hold comparison either. Find the MACD settings on SOL since 2021 that give a CAGR above 40% with a win rate over 50%.", ['macd']],
    ["XRP was stuck in that SEC lawsuit for years and my uncle, 63, held through all of it at about 50 cents. I don't want momentum or moving averages in this. Compare bollinger bands and a donchian breakout on ripple from 2020 to 2024, and rank them by calmar.", ['bollinger_bands', 'donchian_breakout']],
    ["Daily candles were fine for my dad's generation, but I'm 24 and I check charts every hour. My roommate says anything below 4 hours is noise; I disagree. I don't want the slow 12/26 version. Run an EMA crossover with 9 and 21 on BTC using hourly bars from March to May 2025.", [{ name: 'ema_crossover', params: { short: 9, long: 21 } }]],
    // Neighbours.
    ["I'm not interested in RSI. Test MACD on ETH for 2022.", ['macd']],
    ["I don't want the default 20/50. Run an SMA crossover with 10 and 30 on BTC for 2022.", [{ name: 'sma_crossover', params: { short: 10, long: 30 } }]],
    ['No buy and hold, just bollinger bands on ETH for 2023.', ['bollinger_bands']],
  ])('"%s" runs %j', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });
});

describe('must not change', () => {
  it.each([
    // Named alone, what is turned down is all there is to run: kept as today.
    ["I don't want SMA on BTC, I want it on ETH for 2023.", ['ETH']],
    // "just"/"only" keeps it and asks for more.
    ["I don't want just BTC, add ETH too: SMA 20/50 for 2023.", ['BTC', 'ETH']],
    // A wish for something other than a run declines nothing.
    ["Run SMA 20/50 on BTC and ETH for 2022, I don't want to lose more than 20% on ETH.", ['BTC', 'ETH']],
  ])('"%s" runs %j', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });

  it('a rule turned down is still noted as one', () => {
    const outcome = outcomeOf("I don't want a trailing stop, just RSI on ETH for 2021.");
    expect(outcome).toMatchObject({ ok: true, spec: { symbols: ['ETH'] } });
    expect(outcome.ok && outcome.notes.some((note) => note.includes('as a rule you turn down'))).toBe(true);
  });
});
