import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

function symbolsOf(text: string): string[] | string {
  const outcome = parseRequest(text, { today: '2026-11-24' });
  return outcome.ok ? outcome.spec.symbols : outcome.error.code;
}

describe('symbols: aliases, pairs and notations', () => {
  it.each([
    ['SMA on bitcoin', ['BTC']],
    ['SMA on btc', ['BTC']],
    ['SMA on BTC/USDT', ['BTC']],
    ['SMA on ETH-USD', ['ETH']],
    ['SMA on btcusdt', ['BTC']],
    ['SMA on ether and Ethereum', ['ETH']],
    ['SMA on the S&P 500', ['SPY']],
    ['SMA on the S&P500', ['SPY']],
    ['SMA on sp500', ['SPY']],
    ['SMA on the nasdaq-100', ['QQQ']],
    ['what if I just held ripple from 2018 to 2020', ['XRP']],
    // A list written with spaces only: an ambiguous name beside symbols is one of them.
    ['backtest btc eth sol ada with sma 2023', ['BTC', 'ETH', 'SOL', 'ADA']],
    ['spy qqq gld momentum since 2015', ['SPY', 'QQQ', 'GLD']],
    // Share classes and listings abroad in the dot form files use; an index without its caret.
    ['SMA on BRK-B for 2022', ['BRK.B']],
    ['SMA on brk-b for 2022', ['BRK.B']],
    ['SMA on BRK.B and BF-B for 2022', ['BRK.B', 'BF.B']],
    ['RSI on vod.l for 2023', ['VOD.L']],
    ['MACD on 7203.T for 2021', ['7203.T']],
    ['MACD on ^GSPC for 2020', ['GSPC']],
    // A quote currency after the dash is a pair; a lower-case word with a dash is no share class.
    ['SMA on BTC-USDT for 2022', ['BTC']],
    ['re-do the sma on btc 2022', ['BTC']],
    // Funds by their own names; "SPDR" alone names two of them, so it is no alias.
    ['SMA on the SPDR S&P 500 ETF', ['SPY']],
    ['SMA on SPDR Gold Shares and Invesco QQQ', ['GLD', 'QQQ']],
    ['SMA on apple, tesla and nvidia', ['AAPL', 'TSLA', 'NVDA']],
    // The possessive names the instrument it owns.
    ["Backtest SMA on BTC's price for 2022", ['BTC']],
    ["test RSI on Apple's shares and Tesla's in 2023", ['AAPL', 'TSLA']],
    ["how did btc's and eth's sma do in 2021", ['BTC', 'ETH']],
    ["let's backtest it's sma on SPY for 2022", ['SPY']],
    ['SMA on shiba inu', ['SHIB']],
    ['SMA on PEPE/USDT', ['PEPE']],
    ['RSI on XYZ', ['XYZ']],
  ])('%s → %j', (text, expected) => {
    expect(symbolsOf(text)).toEqual(expected);
  });
});

describe('symbols: misspellings', () => {
  it.each([
    ['SMA on bitcon', ['BTC']],
    ['SMA on bitcoins', ['BTC']],
    ['SMA on etherium', ['ETH']],
    ['SMA on etherum', ['ETH']],
    ['SMA on solona', ['SOL']],
    ['SMA on cardano and dogecoin', ['ADA', 'DOGE']],
    ['SMA on litecion', ['LTC']],
    ['SMA on mircosoft', ['MSFT']],
  ])('%s → %j', (text, expected) => {
    expect(symbolsOf(text)).toEqual(expected);
  });
});

describe('symbols: everyday words that are not symbols', () => {
  it.each([
    ['I need a solution for trading ETH with SMA', ['ETH']],
    ['send me the link to the results of SMA on BTC', ['BTC']],
    ['plot it with a dot for each trade, SMA on BTC', ['BTC']],
    ['do a meta analysis of momentum on BTC', ['BTC']],
    ['the gold standard strategy on ETH: RSI', ['ETH']],
    ['golden cross on BTC', ['BTC']],
    ['either BTC or ETH with RSI', ['BTC', 'ETH']],
    ['apples to apples comparison of SMA on BTC with amazing returns', ['BTC']],
    ['other than that, RSI on ETH', ['ETH']],
    ['I spy a trend: momentum on SOL', ['SOL']],
    ['ripple effects aside, SMA on BTC', ['BTC']],
    ['Can you run SMA on BTC? Then tell me about it', ['BTC']],
  ])('%s → %j', (text, expected) => {
    expect(symbolsOf(text)).toEqual(expected);
  });

  it('finds no symbol in a sentence of ordinary words', () => {
    expect(symbolsOf('Please run a simple moving average strategy for the last year and send the link')).toBe('no_symbol');
  });
});

describe('symbols: ambiguous words in a symbol\'s context', () => {
  it.each([
    ['trade gold with SMA', ['GLD']],
    ['momentum on link', ['LINK']],
    ['SMA on BTC and sol', ['BTC', 'SOL']],
    ['SMA on DOT, META and GOLD', ['DOT', 'META', 'GLD']],
    ['40% BTC and 60% gold', ['BTC', 'GLD']],
    ['backtest meta with RSI', ['META']],
    ['BACKTEST GOLD AND BTC WITH SMA', ['GLD', 'BTC']],
    // An asset noun after the word: before, "for the Ripple coin" found no symbol.
    ['RSI for the Ripple coin, 2023', ['XRP']],
    ['momentum on the gold ETF', ['GLD']],
    ['sma on the sol token', ['SOL']],
  ])('%s → %j', (text, expected) => {
    expect(symbolsOf(text)).toEqual(expected);
  });
});

describe('ambiguous names in a list that starts at a symbol no one could misread', () => {
  it.each([
    // Before: ADA after "sol or" was left out (and "sol" alone after "eth," was read).
    ['sma 20/50 in 2024, which is better, btc, eth, sol or ada?', ['BTC', 'ETH', 'SOL', 'ADA']],
    ['rsi 2023 on eth, sol, and ada', ['ETH', 'SOL', 'ADA']],
    ['momentum since 2021: btc / ada / sol', ['BTC', 'ADA', 'SOL']],
    ['macd 2022 for qqq, spy or gold', ['QQQ', 'SPY', 'GLD']],
  ])('"%s" → %j', (text, expected) => {
    expect(symbolsOf(text)).toEqual(expected);
  });

  it.each([
    // A list of ambiguous words alone, or names after a non-symbol, stay words.
    ['sma on eth 2022, sol and ada will review it', ['ETH']],
    ['sma on btc 2022. Ada, could you also add eth?', ['BTC', 'ETH']],
    ['btc or eth, sma 2022, ask ada', ['BTC', 'ETH']],
  ])('"%s" → %j', (text, expected) => {
    expect(symbolsOf(text)).toEqual(expected);
  });
});

describe('an unknown ticker written in lower case after "on"', () => {
  it('is read as that ticker when the message names no known one, so validation can say it has no data for it', () => {
    const outcome = parseRequest('macd on nflx, fast 12 wibble, 2020', { today: '2026-11-24' });
    expect(outcome.ok && [outcome.spec.symbols, outcome.notes]).toEqual([['NFLX'], ["ignored: 'wibble'"]]);
  });

  it('is not read after "on" alone when the message names a known symbol, nor when it is a common word', () => {
    expect(symbolsOf('rsi on pltr stuff, btc 2022')).toEqual(['BTC']);
    // Listed with the known symbol it is a ticker of that list (listed_unknown_tickers.ts), named as unknown by validation.
    expect(symbolsOf('rsi on pltr and btc 2022')).toEqual(['PLTR', 'BTC']);
    expect(symbolsOf('sma on it 2022')).toBe('no_symbol');
  });
});


describe('business and chat acronyms in capitals are not tickers', () => {
  it.each([
    ['Quick one before our Monday IC meeting: 50/200 SMA on BTC and ETH, 2020 to 2023', ['BTC', 'ETH']],
    ['We are a small fund (about $2m AUM). RSI on SPY 2022', ['SPY']],
    ["We're a small RIA; a client asked for RSI on SPY in 2021", ['SPY']],
    ['FYI the CFO wants MACD on QQQ for FY2022, ASAP', ['QQQ']],
    ['OOS check on MSFT, 2020-01-01 to 2022-12-31: EMA 10/40. Need OOS Sortino > 0.8', ['MSFT']],
  ])('%s → %j', (text, expected) => {
    expect(symbolsOf(text)).toEqual(expected);
  });

  it('an unknown ticker in capitals is still read, so validation can say it has no data for it', () => {
    expect(symbolsOf('RSI on NFLX in 2022')).toEqual(['NFLX']);
  });
});

describe('a terse request opening with an ambiguous name, then its interval', () => {
  it('"sol 1h rsi" names SOL, as "sol rsi" does', () => {
    // Before, SOL was lost (no_symbol), where the answer is that the bundled data has no 1h SOL bars.
    const outcome = parseRequest('sol 1h rsi mar 2024', { today: '2026-11-24' });
    expect(outcome.ok && [outcome.spec.symbols, outcome.spec.interval]).toEqual([['SOL'], '1h']);
    expect(symbolsOf('sol 4h macd 2024')).toEqual(['SOL']);
  });
});

describe('"rather than" before a verb sets no symbol aside', () => {
  it('"let us test this rather than assert it: … on GLD" keeps GLD (it was removed, and the run refused as no_symbol)', () => {
    expect(symbolsOf('Let us test this rather than assert it: a Bollinger band strategy on GLD, 2008')).toEqual(['GLD']);
    expect(symbolsOf('sma on btc and eth rather than sol, 2022')).toEqual(['BTC', 'ETH']);
  });
});

describe('an ambiguous name as the topic of its clause, or joined to a symbol past an article', () => {
  it.each([
    ['not bollinger, the other one. gold, donchian 55/20, since 2015', ['GLD']],
    ['YTD: gold, sma 50/100', ['GLD']],
    ['YTD: gold and the S&P ETF, sma 50/100', ['GLD', 'SPY']],
  ])('"%s" → %j (before: gold was dropped, or no_symbol)', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });

  it('a greeting to someone named like a coin is no symbol', () => {
    expect(symbolsOf('Ada, could you run sma on BTC for 2022')).toEqual(['BTC']);
  });
});

describe('"not" right before a name sets that one aside', () => {
  it.each([
    ['done with crypto — not BTC, not ETH, nothing like that. SPY, ema 9/21, 2019', ['SPY']],
    ['it is not BTC I want, sma on ETH 2022', ['ETH']],
  ])('"%s" → %j (before: the names after "not" were run)', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });

  it('"not" elsewhere changes nothing', () => {
    expect(symbolsOf('not sure about this, sma on BTC 2022')).toEqual(['BTC']);
  });
});

describe('verbs that name what to trade after them', () => {
  it('"Please run gold with bollinger" names GLD (before: no_symbol)', () => {
    expect(symbolsOf('Please run gold with bollinger 30 1.5 from 04/15/2020 to 11/30/2022.')).toEqual(['GLD']);
  });
});

describe('a known ticker dictated letter by letter', () => {
  it.each([['donchian on the q q q since 2010', ['QQQ']], ['rsi on s p y in 2020', ['SPY']]])('"%s" → %j (before: no_symbol)', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });

  it('letters that spell no known ticker stay letters', () => {
    expect(symbolsOf('i a m testing sma on btc 2022')).toEqual(['BTC']);
  });
});

describe('an ambiguous name right after a strategy and its numbers', () => {
  it.each([['golden cross spy 2000-2020', ['SPY']], ['bolinger 20 2 spy 2015-2020', ['SPY']]])('"%s" → %j (before: no_symbol, or SPY ignored)', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });
});

describe('an ambiguous name run with a strategy: "gold with bollinger bands"', () => {
  it.each([
    ['gold with bollinger bands since the start of the year, how are we doing', ['GLD']],
    ['how about gold with rsi in 2023', ['GLD']],
    ['gold using a 50/200 sma in 2021', ['GLD']],
    ['ripple with momentum 2022', ['XRP']],
  ])('"%s" → %j (before: no_symbol)', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });

  it('the everyday noun after a determiner, or before no strategy, stays a word', () => {
    expect(symbolsOf('send me the link with the rsi results for BTC')).toEqual(['BTC']);
    expect(symbolsOf('gold with a twist: sma on BTC 2022')).toEqual(['BTC']);
  });
});

describe('an ambiguous name right before a strategy, anywhere in a terse request', () => {
  it.each([
    ['ytd spy macd pls', ['SPY']],
    ['2023 sol rsi', ['SOL']],
    ['pls gold bollinger since 2020', ['GLD']],
    ['last 5y spy sma 50/200', ['SPY']],
    ['hey, spy sma 50/200 last 5y', ['SPY']],
    ['btc macd 2022 and then ada momentum 2022', ['BTC', 'ADA']],
  ])('"%s" → %j (before: no_symbol, or the name ignored)', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });

  it.each([
    ['gold through the 2008 mess: sept 2008 to march 2009, bollinger on default settings', ['GLD']],
    ['spy thru 2022, sma 50/200', ['SPY']],
    ['sol during 2023 with rsi', ['SOL']],
  ])('"%s" → %j: the name opening a message, then its period (before: no_symbol)', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });

  it('a name after the message opens, before "through", stays a word: "a link through the docs"', () => {
    expect(symbolsOf('sma on btc 2022, send a link through email')).toEqual(['BTC']);
  });

  it.each([
    ['qqq rsi 2023', ['QQQ']],
    ['gld bollinger since 2020', ['GLD']],
    ['spy sma 50/200 last 5y', ['SPY']],
    ['aapl vs msft momentum 2022', ['AAPL', 'MSFT']],
  ])('"%s" → %j, as before', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });

  it('after a pronoun or a determiner the word stays English: "I spy", "the link"', () => {
    expect(symbolsOf('I spy macd crossovers on btc this year')).toEqual(['BTC']);
    expect(symbolsOf('we spy rsi signals on eth 2022')).toEqual(['ETH']);
    expect(symbolsOf('check the link macd on btc 2022')).toEqual(['BTC']);
    expect(symbolsOf('spy on btc with macd 2022')).toEqual(['BTC']);
  });
});

/** A misspelled name that is also an English word ("rippel" for ripple) is read in a symbol's context, as the name is (before: no_symbol). */
describe('symbols: misspelled ambiguous names', () => {
  it.each([
    ['I want optimize the RSI on rippel, find the best parameters, from 2020 until 2024, with comission of 0.05%', ['XRP']],
    ['macd on riple 2023', ['XRP']],
    ['test sma on rippl for 2022', ['XRP']],
    ['rippel ema 12/26 2023', ['XRP']],
    ['RSI for the Rippel coin, 2023', ['XRP']],
  ])('%s → %j', (text, expected) => {
    expect(symbolsOf(text)).toEqual(expected);
  });

  it.each([
    ['the ripple effect of rsi on btc 2022', ['BTC']],
    ['rifle through rsi on btc 2022', ['BTC']],
    ['a riddle for you: rsi on btc 2022', ['BTC']],
    ['ripples in the market: sma on eth 2023', ['ETH']],
    ['rsi on btc 2022, on ripe days only', ['BTC']],
  ])('%s stays %j', (text, expected) => {
    expect(symbolsOf(text)).toEqual(expected);
  });
});

describe('"and" or a spaced "&" between two letters: the S&P said aloud', () => {
  it.each([
    ['s and p five hundred golden cross from 2000 to 2020 long only', ['SPY']],
    ['the s and p with macd since 2015', ['SPY']],
    ['S & P 500 rsi 2019', ['SPY']],
    ['rsi on the s and p 500 and gold in 2021', ['SPY', 'GLD']],
  ])('"%s" → %j (before: no_symbol)', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });

  it('letters joined by "and" that name no instrument stay words', () => {
    expect(symbolsOf('sma on btc, plan a and b, 2022')).toEqual(['BTC']);
  });
});
