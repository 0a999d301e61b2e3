import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function outcomeOf(text: string, history: string[] = []) {
  return parseRequest(text, { today: TODAY, history });
}

describe('a symbol told in a story sentence is background when the asking sentence names its own', () => {
  it('the friend\'s XRP and the "50 cents" are the story\'s; LTC with RSI 14 30/70 is the request\'s', () => {
    const outcome = outcomeOf("Retired math teacher here, 67. A friend from church keeps telling me XRP is going to $10 by 2027 and that I'm a fool for not buying at 50 cents. I'm not touching XRP. What I'd like is RSI 14 with the usual 30/70 levels on Litecoin for calendar 2020, please.");
    expect(outcome).toMatchObject({ ok: true, spec: { symbols: ['LTC'], strategies: [{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }, {}] } });
    expect(outcome.ok && outcome.notes).toContain("read 'XRP' as background, not a symbol to test: it is part of the story you tell, not of what to run");
  });

  it.each([
    ['My brother insists BNB is safer, 3x safer he says. Please test Bollinger Bands 20 and 2 on ADA for the first half of 2023.', ['ADA']],
    ['My sister keeps saying Solana is the future. Run EMA 12/26 on ETH for 2022.', ['ETH']],
    ["I sold every bit of my DOGE back in 2021. Could you test MACD on BTC for 2023?", ['BTC']],
    ["I won't go near XRP after what happened. Run SMA 20/50 on SOL for 2023.", ['SOL']],
    ['My uncle swears ETH is the only coin worth owning. Compare RSI on BTC and SOL across 2023.', ['BTC', 'SOL']],
  ])('"%s" runs only %j', (text, symbols) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { symbols } });
  });

  it('a story symbol the request names too is that symbol, with no note setting it aside ("the Nasdaq fell … run it on QQQ")', () => {
    const outcome = outcomeOf('I got burned in 2022 when the Nasdaq fell hard. Run EMA 10/30 on QQQ from 2007 to 2023.');
    expect(outcome).toMatchObject({ ok: true, spec: { symbols: ['QQQ'] } });
    expect(outcome.ok && outcome.notes.some((note) => note.includes("'Nasdaq' as background"))).toBe(false);
  });

  it("a story's ticker is not the one validated; the asked one is (\"Lost $2,000 on Tesla calls … backtest SMA 10/30 on NVDA\")", () => {
    expect(outcomeOf('Work at a car dealership, 38. Lost $2,000 on Tesla calls in 2022 and swore off single stocks, but my coworker keeps saying NVDA is different. Could you backtest SMA 10/30 on NVDA for 2023 so I can see for myself?'))
      .toMatchObject({ ok: true, spec: { symbols: ['NVDA'] } });
  });

  it('a follow-up keeps the conversation\'s symbol beside a story naming another ("my wife bought MSFT … change the dates")', () => {
    expect(outcomeOf("Thanks! My wife is a CPA, 44, and she bought MSFT at $300 in 2021 and keeps telling me I'm on the wrong stock. Ignore her for now: keep everything the same but change the dates to 2018 through 2022.", ['sma 20/100 on AAPL from 2015 to 2020 please']))
      .toMatchObject({ ok: true, spec: { symbols: ['AAPL'], strategies: [{ name: 'sma_crossover', params: { short: 20, long: 100 } }, {}], date_range: { start: '2018-01-01', end: '2022-12-31' } } });
  });

  it('a friend\'s advice to look at XRP is his; the swap asked for replaces LTC', () => {
    expect(outcomeOf("Cool. My buddy Dave, who's been mining since 2014 and has 4 rigs in his garage, says Litecoin is dead and I should look at XRP instead. Swap the coin to XRP and keep the rest.", ['Test MACD with default settings on LTC since 2019.']))
      .toMatchObject({ ok: true, spec: { symbols: ['XRP'] } });
  });
});

describe('a strategy told in a story sentence is background when the asking sentence names one', () => {
  it('the friend\'s Ichimoku clouds are no unknown strategy beside the Bollinger Bands asked for', () => {
    expect(outcomeOf("I'm a 55-year-old HVAC tech. My friend swears by Ichimoku clouds and says he made 40% on BNB last spring. I don't understand clouds at all. Just give me Bollinger Bands 20 and 2 on BNB from 2021-01-01 to 2022-12-31."))
      .toMatchObject({ ok: true, spec: { symbols: ['BNB'], strategies: [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }, {}] } });
  });

  it.each([
    ['My mentor swears by Ichimoku. Run RSI 14 on ETH for 2023.', 'rsi_mean_reversion'],
    ['A guy at the gym said MACD made him rich. Please test SMA 10/30 on BTC for 2022.', 'sma_crossover'],
  ])('"%s" runs only %s', (text, name) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { strategies: [{ name }, {}] } });
  });
});

describe('a story\'s period is background beside the window asked for', () => {
  it('"lost like $3,500 on doge in 2021 … test macd 12 26 9 on DOGE 2022 through 2024"', () => {
    expect(outcomeOf('long haul trucker, 47. lost like $3,500 on doge in 2021, bought in at 68 cents right before the SNL thing. my buddy at the terminal says SOL is the next ETH and to get in under $150. anyway can u test macd 12 26 9 on DOGE 2022 through 2024, 10 bps fees'))
      .toMatchObject({ ok: true, spec: { symbols: ['DOGE'], date_range: { start: '2022-01-01', end: '2024-12-31' }, fees_bps: 10 } });
  });

  it('a question naming a strategy asks for its period: "Would a 10/30 SMA crossover have kept me in during early 2021?"', () => {
    expect(outcomeOf("I'm 46 and a physiotherapist. I sold all my DOGE at 5 cents in January 2021, weeks before it went 10x, a mistake of about $30,000 if I'm honest. Would a 10/30 SMA crossover have kept me in during early 2021?"))
      .toMatchObject({ ok: true, spec: { symbols: ['DOGE'], date_range: { start: '2021-01-01', end: '2021-04-30' } } });
  });
});

describe('must not change', () => {
  it.each([
    ['sma on btc and eth 2022', ['BTC', 'ETH']],
    ['compare BTC with ETH', ['BTC', 'ETH']],
    ['My friend says try SOL. Run sma 20/50 on SOL 2023', ['SOL']],
    // The asking sentence names no symbol: the story's is what it is about.
    ['My friend keeps telling me about SOL. Run sma 20/50 on it for 2023.', ['SOL']],
    ['I hold BTC and ETH. Test SMA 20/50 on both for 2023.', ['BTC', 'ETH']],
  ])('"%s" keeps %j', (text, symbols) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { symbols } });
  });

  it('numbers alone do not replace the strategy a story names ("My partner swears Bollinger bands work … 20-day bands at 2 standard deviations")', () => {
    expect(outcomeOf("My partner swears Bollinger bands work on Solana and I think he's dreaming. Can you settle it? 20-day bands at 2 standard deviations, SOL, everything since the start of 2022."))
      .toMatchObject({ ok: true, spec: { strategies: [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }, {}] } });
  });

  it('a portfolio named beside a story stays', () => {
    expect(outcomeOf('My dad swore by gold his whole life. Test a 60/40 SPY/GLD portfolio from 2010 to 2020.'))
      .toMatchObject({ ok: true, spec: { symbols: ['SPY', 'GLD'] } });
  });
});
