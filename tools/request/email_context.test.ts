import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

/**
 * An email's quoted earlier message, its reply header and its signature are not the ask. Before,
 * "> On Monday you wrote: … MACD on SPY from 2010 onwards" joined the ask as a second period, the
 * reply header "On 3 Nov 2025, at 09:14, Support wrote:" was read as a date, and "455 Market St,
 * Suite 1900" in a signature as the year 1900.
 */
describe('what an email quotes is old context', () => {
  it('a quoted suggestion adds neither its symbol, its strategy nor its years', () => {
    const text = 'Hi team,\n\n> On Monday you wrote: we could try the MACD on SPY from 2010 onwards\n\n'
      + 'Thanks for that. Actually for this one please run MACD with 8/21/5 on QQQ from 2015 to 2020 instead, and rank the results by Sortino.\n\n'
      + 'Best regards,\nMartin Keller\nSenior Analyst | Keller Vermögensberatung GmbH\nTel. +49 89 2018 4471 | Leopoldstraße 112, 80802 München';
    const spec = specOf(text);
    expect(spec.symbols).toEqual(['QQQ']);
    expect(userStrategiesOf(text)).toEqual([{ name: 'macd', params: { fast: 8, slow: 21, signal: 5 } }]);
    expect(spec.date_range).toEqual({ start: '2015-01-01', end: '2020-12-31' });
    expect(spec.rank_by).toBe('sortino_ratio');
  });

  it('a quote of two lines, before the greeting, names nothing of the ask', () => {
    const text = "> On Monday you wrote: Let's try Bitcoin with the 20/50 SMA first.\n> That one came back with a Sharpe of 0.8.\n\n"
      + 'Hi Anna,\n\nThanks. For the next one, please run the EMA crossover 5/35 on Ethereum from 2019 through 2023 and aim for a Sharpe over 1.\n\n'
      + 'Cheers,\nTom\n--\nTom Hargreaves | Quant Research\nHargreaves & Finch LLP | 1200 Avenue of the Americas, 14th Floor, New York, NY 10036\n'
      + 'Direct: +1 (212) 555-0142 | Mobile: +1 (917) 555-0199';
    const spec = specOf(text);
    expect(spec.symbols).toEqual(['ETH']);
    expect(userStrategiesOf(text)).toEqual([{ name: 'ema_crossover', params: { short: 5, long: 35 } }]);
    expect(spec.targets).toEqual({ sharpe_ratio: { operator: '>', value: 1 } });
  });

  it('a quoted split does not compete with the one asked for', () => {
    const text = 'Hi,\n\n> Last week you wrote: 60/40 SPY TLT\n\nLet\'s do 80/20 QQQ and GLD instead, 2010-2020.\n\nBest,\nAnn Lee\n(415) 555-0187';
    const spec = specOf(text);
    expect(spec.portfolio?.weights).toEqual({ QQQ: 0.8, GLD: 0.2 });
    expect(spec.date_range).toEqual({ start: '2010-01-01', end: '2020-12-31' });
  });

  it.each([
    ['a quoted reply header', 'Dear BackTestPilot support,\n\nPlease see below.\n\n> On 3 Nov 2025, at 09:14, Support wrote:\n> Your Donchian test on GLD has finished.\n\nThank you. Now I need buy and hold on BTC from 2021 to 2024.'],
    ['an unquoted header over the quote', 'On Mon, 3 Nov 2025 at 09:14, Anna <anna@x.com> wrote:\n> try RSI on SOL for 2019\n\nBuy and hold BTC from 2021 to 2024 instead'],
    ['a header and quote under the ask', 'Buy and hold BTC from 2021 to 2024 please.\n\nOn 3 Nov 2025, at 09:14, Support wrote:\n> Your Donchian test on GLD from 2018 has finished.'],
    ['nested quotes', '>> we tried ETH in 2017\n> you said: MACD on SPY 2010\n\nok now buy and hold BTC from 2021 to 2024'],
  ])('%s is no date and no symbol', (_, text) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual(['BTC']);
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2024-12-31' });
  });
});

describe('a signature holds no year, symbol or number of the ask', () => {
  it('a suite number and a phone number are no period or capital', () => {
    const text = 'Hi,\n\n> Last week you wrote: a 50/50 mix would be too aggressive for the foundation\n\n'
      + 'Agreed. Please run a 70/30 split between SPY and GLD, buy and hold, 2005-2024. Starting capital $1m.\n\n'
      + 'Regards,\nDaniel Okafor\nInvestment Committee, Riverside Community Foundation\n455 Market St, Suite 1900, San Francisco, CA 94105\n(415) 555-0187';
    const spec = specOf(text);
    expect(spec.portfolio?.weights).toEqual({ SPY: 0.7, GLD: 0.3 });
    expect(spec.date_range).toEqual({ start: '2005-01-01', end: '2024-12-31' });
    expect(spec.initial_capital).toBe(1_000_000);
  });

  it.each([
    'Please backtest RSI 14 30/70 on AAPL 2018-2020.\n\nKind regards,\nJohn Smith\nSmith Capital, 200 Park Ave, Suite 1700, New York, NY 10166\nTel +1 212 555 0100',
    'Please backtest RSI 14 30/70 on AAPL 2018-2020.\n--\nJohn Smith | Smith Capital | 2019 award winner',
    'Please backtest RSI 14 30/70 on AAPL 2018-2020.\n\nMit freundlichen Grüßen\nHans Müller\nMüller GmbH, Tel. +49 89 1234 5678',
    'Please backtest RSI 14 30/70 on AAPL 2018-2020.\n\nYours sincerely,\nHelga Nyström\nKungsgatan 8, 411 19 Göteborg, Sweden\nPhone: +46 31 700 12 34',
  ])('"%s" keeps the asked run alone', (text) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual(['AAPL']);
    expect(spec.date_range).toEqual({ start: '2018-01-01', end: '2020-12-31' });
    expect(spec.initial_capital).toBe(10_000);
  });

  it('a P.S. under the signature is asked again', () => {
    expect(specOf('Run sma 20/50 on BTC for 2022.\n\nRegards,\nTom\n\nP.S. add ETH too').symbols).toEqual(['BTC', 'ETH']);
  });
});

describe('neighbours that keep reading as before', () => {
  it.each([
    'Hi team,\nplease run sma 20/50 on BTC for 2022. Thanks, Tom',
    'Hi team,\n\nplease run sma 20/50 on BTC for 2022.\n\nThanks, Tom',
    'Hi team,\n\nThanks,\nplease run sma 20/50 on BTC for 2022',
    'Cheers,\nrun sma 20/50 on BTC for 2022',
    'Best,\nsma 20/50 on BTC for 2022',
    'Regards the dates, sma 20/50 on BTC for 2022',
  ])('"%s" still asks for SMA 20/50 on BTC in 2022', (text) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual(['BTC']);
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });

  it('a sentence after "Thanks!" is still asked', () => {
    expect(specOf('Run sma 20/50 on BTC for 2022.\nThanks!\nAlso add ETH.').symbols).toEqual(['BTC', 'ETH']);
  });

  it.each([
    ['sma 20/50 on BTC for 2022, sharpe\n> 1', 1],
    ['sma 20/50 on BTC for 2022 with sharpe\n> 1 please', 1],
    ['sma 20/50 on BTC for 2022\n> 1.5 sharpe', 1.5],
    ['> 1.5 sharpe\nsma 20/50 on BTC for 2022', 1.5],
  ])('">" at a line start in "%s" is a comparison', (text, value) => {
    expect(specOf(text).targets).toEqual({ sharpe_ratio: { operator: '>', value } });
  });

  it('a message that is all quote is still read', () => {
    expect(specOf('> On Monday you wrote: run MACD on SPY').symbols).toEqual(['SPY']);
  });
});

describe('second read: a quote or a "--" that carries the ask is read', () => {
  it('"my boss wants:\\n\\n> fees 20 bps" sets the fees: a quote saying nobody wrote it earlier is the ask', () => {
    expect(specOf('Same, but my boss wants:\n\n> fees 20 bps\n\nrerun please', ['run sma crossover on BTC from 2022 to 2024']).fees_bps).toBe(20);
  });

  it('"> sharpe above 1.5 please" under the ask is a target', () => {
    expect(specOf('Run RSI on BTC 2022\n\n> sharpe above 1.5 please').targets).toEqual({ sharpe_ratio: { operator: '>', value: 1.5 } });
  });

  it('"Please run this for me:\\n\\n> RSI 14 on BTC from 2021 to 2023" runs the quoted ask', () => {
    expect(specOf('Please run this for me:\n\n> RSI 14 on BTC from 2021 to 2023\n\nthanks').date_range).toEqual({ start: '2021-01-01', end: '2023-12-31' });
  });

  it('"--\\nalso ETH please" is no signature: no name follows the mark', () => {
    expect(specOf('Run sma crossover on BTC 2021-2024\n--\nalso ETH please').symbols).toEqual(['BTC', 'ETH']);
  });

  it('tickers after "Thanks" are no signed name ("GLD MSFT" is in capitals)', () => {
    expect(specOf('Run buy and hold 2015-2024 on:\nSPY\nQQQ\nThanks\nGLD MSFT').symbols).toEqual(['SPY', 'QQQ', 'GLD', 'MSFT']);
  });
});
