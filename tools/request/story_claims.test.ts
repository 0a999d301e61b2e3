import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';
const read = (text: string, history: string[] = []) => parseRequest(text, { today: TODAY, history });

describe('what someone else claims is the story, when the asking sentence names its own', () => {
  it.each([
    ['My uncle says RSI 14 on XRP beat everything he tried, but I care about my coin. Please run SMA 10/30 on ADA for 2023.', ['ADA'], 'sma_crossover'],
    ['A coworker swears by a 5/20 EMA cross on BNB, which sounds like a fairy tale. Run MACD on ETH for 2022.', ['ETH'], 'macd'],
    ['Half my friends think Litecoin is dead, and one guy keeps pitching XRP. Test Bollinger bands on BTC for 2021.', ['BTC'], 'bollinger_bands'],
  ])('"%s" runs %j with %s only', (text, symbols, name) => {
    expect(read(text)).toMatchObject({ ok: true, spec: { symbols, strategies: [{ name }, {}] } });
  });

  it('a question echoing what the assistant lacks names what "instead" replaces', () => {
    expect(read("Oh, you don't have Tesla? Fine, use Microsoft instead.", ['backtest donchian breakout on TSLA 2020-2023']))
      .toMatchObject({ ok: true, spec: { symbols: ['MSFT'] } });
  });

  it('a window asked for in the future is the window beside a story period (refused later as future_dates, not as several periods)', () => {
    expect(read('My son starts school in the fall of 2026. Could you run SMA 20/50 on SPY from March 2026 to May 2026?'))
      .toMatchObject({ ok: true, spec: { date_range: { start: '2026-03-01', end: '2026-05-31' } } });
  });

  it('a bare number tried in a follow-up is the window of the strategy in play', () => {
    expect(read('My neighbour uses 200 days for everything. Try 90 on SOL.', ['momentum 30 on btc since 2020']))
      .toMatchObject({ ok: true, spec: { symbols: ['SOL'], strategies: [{ name: 'momentum', params: { lookback: 90 } }, {}] } });
  });
});

describe('must not change', () => {
  it('"say" gives an example, not a claim: "say thirty days and two and a half standard deviations"', () => {
    expect(read("I'd like to know whether a Bollinger band approach, say thirty days and two and a half standard deviations, beats holding MSFT since 2008."))
      .toMatchObject({ ok: true, spec: { strategies: [{ name: 'bollinger_bands', params: { period: 30, std_dev: 2.5 } }, {}] } });
  });

  it('"make it 40 day entry 15 exit" names both channel settings', () => {
    expect(read('make it 40 day entry 15 exit', ['donchian on eth 2020-2022']))
      .toMatchObject({ ok: true, spec: { strategies: [{ name: 'donchian_breakout', params: { period: 40, exit_period: 15 } }, {}] } });
  });

  it("the writer's own view asks: \"I think SOL. Run SMA 10/30 on it for 2023\" keeps SOL", () => {
    expect(read('My friend says BTC is king. I think SOL is better, run SMA 10/30 on SOL for 2023.')).toMatchObject({ ok: true, spec: { symbols: ['SOL'] } });
  });

  it('a story naming the only strategy keeps it ("My friend says RSI works. Run it on ETH for 2022.")', () => {
    expect(read('My friend says RSI works great. Run it on ETH for 2022.')).toMatchObject({ ok: true, spec: { strategies: [{ name: 'rsi_mean_reversion' }, {}] } });
  });

  it('"let it take short trades" and "open short positions" switch shorting on', () => {
    expect(read('let it take short trades too', ['sma 10/30 on gold 2011 to 2015'])).toMatchObject({ ok: true, spec: { allow_short: true } });
    expect(read('open short positions as well', ['sma 10/30 on gold 2011 to 2015'])).toMatchObject({ ok: true, spec: { allow_short: true } });
  });
});
