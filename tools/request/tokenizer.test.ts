import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.js';

const norms = (text: string) => tokenize(text).map((token) => token.norm);

describe('tokenize', () => {
  it('keeps ISO dates whole and splits year ranges', () => {
    expect(norms('from 2021-03-15 to 2022/01/31, 2021-2024')).toEqual(['from', '2021-03-15', 'to', '2022-01-31', ',', '2021', '-', '2024']);
  });

  it('reads thousands separators, but not inside parentheses', () => {
    expect(tokenize('25,000 USD').map((token) => token.value)[0]).toBe(25_000);
    expect(norms('SMA(50,200)')).toEqual(['sma', '(', '50', ',', '200', ')']);
    expect(norms('20,50')).toEqual(['20', ',', '50']);
  });

  it('splits letters from digits and marks what was written together', () => {
    const tokens = tokenize('Q1 2023 $25k 0.1%');
    expect(tokens.map((token) => [token.norm, token.joined])).toEqual([
      ['q', false], ['1', true], ['2023', false], ['$', false], ['25', true], ['k', true], ['0.1', false], ['%', true],
    ]);
  });

  it('canonicalises comparison signs and dashes', () => {
    expect(norms('Sharpe ≥ 2, DD ≤ 20% 2021–2024 =>')).toEqual(['sharpe', '>=', '2', ',', 'dd', '<=', '20', '%', '2021', '-', '2024', '>=']);
  });

  it('reads dotted dates day first, an apostrophe only before a two-digit year, and an arrow as a dash', () => {
    expect(norms("13.05.2021 → Q2 '23, I'm 0.5.")).toEqual(['2021-05-13', '-', 'q', '2', "'", '23', ',', "i'm", '0.5', '.']);
    expect(norms('31.02.2022')).toEqual(['2022-02-31']);
  });

  it('reads a date with its month named between separators as one ISO date, two-digit years as \'23 reads them', () => {
    expect(norms('01-Jan-2021 15/feb/21 Jan-01-2021 2021-Jun-30 30.June.1999 31-Feb-2021')).toEqual(['2021-01-01', '2021-02-15', '2021-01-01', '2021-06-30', '1999-06-30', '2021-02-31']);
    // A range of months, a month and its year, and mixed separators stay apart.
    expect(norms('Jan-Jun 2023, Jan 2021-Jun 2021, Jan-2023, 01-Jan/2021')).toEqual(['jan', '-', 'jun', '2023', ',', 'jan', '2021', '-', 'jun', '2021', ',', 'jan', '-', '2023', ',', '01', '-', 'jan', '/', '2021']);
  });

  it('reads a period named in the possessive as the period, and leaves other apostrophes alone', () => {
    expect(norms("last year's data, this month's, the decade's; it's what's")).toEqual(['last', 'year', 'data', ',', 'this', 'month', ',', 'the', 'decade', ';', "it's", "what's"]);
  });

  it('keeps s&p together and lower-cases words', () => {
    expect(norms('S&P500 and BTC/USDT')).toEqual(['s&p', '500', 'and', 'btc', '/', 'usdt']);
  });

  it('reads exactly two dots as one range mark, not a decimal point (before: "2019..2021" was 2019, "." and .2021)', () => {
    expect(norms('2019..2021 2010-01-01..2020-12-31 wait...')).toEqual(['2019', '..', '2021', '2010-01-01', '..', '2020-12-31', 'wait', '.', '.', '.']);
  });

  it('numbers sentences at . ! ? ; and line breaks, not at decimal points', () => {
    expect(tokenize('add 0.5 BTC. drop ETH; ok\nnow').map((token) => token.sentence)).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 3]);
  });

  it('reads share classes, listings abroad and caret indices as one word, whose dot ends no sentence', () => {
    expect(tokenize('sma on BRK.B and vod.l, 7203.T or ^GSPC for 2022. Then ETH').map((token) => [token.norm, token.sentence])).toEqual([
      ['sma', 0], ['on', 0], ['brk.b', 0], ['and', 0], ['vod.l', 0], [',', 0], ['7203.t', 0], ['or', 0], ['^gspc', 0], ['for', 0], ['2022', 0], ['.', 0],
      ['then', 1], ['eth', 1],
    ]);
    // A full stop without its space is still a full stop: "BTC.It", "e.g.", "2022.So".
    expect(norms('on BTC.It was')).toEqual(['on', 'btc', '.', 'it', 'was']);
    expect(norms('e.g. 2022.So')).toEqual(['e', '.', 'g', '.', '2022', '.', 'so']);
  });
});

describe('numbers as other countries write them', () => {
  const numbersOf = (text: string) => tokenize(text).filter((token) => token.kind === 'number').map((token) => token.value);

  it.each([
    ['Initial capital 10.000 EUR', [10000]],
    ['Capital R$ 20.000.', [20000]],
    ['100 000 zl', [100000]],
    ['2,5 standard deviations', [2.5]],
    ['sharpe must be over 1,5 and', [1.5]],
    ['profit factor more than 1,3.', [1.3]],
  ])('"%s" → %j (before: 10, 20, 100, 5, 1 and 1)', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });

  it.each([['sma 5,20 on btc', [5, 20]], ['rsi 14,30,70', [14, 30, 70]], ['1.500 btc', [1.5]]])('a list or a decimal point stays as written: "%s" → %j', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });

  it('"2025.01.01" is a date, year first', () => {
    expect(tokenize('from 2025.01.01 to 2025.06.30').filter((token) => token.kind === 'iso_date').map((token) => token.norm)).toEqual(['2025-01-01', '2025-06-30']);
  });
});

describe('a decimal comma wherever a decimal is meant, never where a list or thousands stand', () => {
  const numbersOf = (text: string) => tokenize(text).filter((token) => token.kind === 'number').map((token) => token.value);

  it.each([
    // Before a unit, with "of" between (before: 5, the "2," dropped).
    ['2,5 of standard deviation', [2.5]],
    // After the name of a value that takes decimals and its linking word (before: 1 and 5).
    ['change std to 1,5 and period to 30', [1.5, 30]],
    ['std=2,5', [2.5]],
    ['sharpe 1,5', [1.5]],
    // A comma after the decimal ends the phrase, not the number (before: 1 and 5).
    ['Profit factor at least 1,5, maximum drawdown 35%', [1.5, 35]],
    ['CAGR superior to 1,5', [1.5]],
    ['sharpe superior or equal to 1,5', [1.5]],
  ])('"%s" → %j', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });

  it.each([
    ['sma 20,50', [20, 50]],
    ['sma 5,20 on btc', [5, 20]],
    ['(12, 26, 9)', [12, 26, 9]],
    ['MACD(12,26,9)', [12, 26, 9]],
    ['bb(20,2)', [20, 2]],
    ['10,000', [10000]],
    ['1,000,000', [1000000]],
    ['over 1,000', [1000]],
    // A third number makes it a list even after a comparison.
    ['at least 1,5,10', [1, 5, 10]],
    ['std 2,5 and period 20,50', [2.5, 20, 50]],
  ])('stays a list or thousands: "%s" → %j', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });
});

describe('lakh grouping, as India writes amounts', () => {
  const numbersOf = (text: string) => tokenize(text).filter((token) => token.kind === 'number').map((token) => token.value);

  it.each([
    ['initial capital 1,00,000 dollars', [100000]],
    ['2,00,000', [200000]],
    ['10,00,000', [1000000]],
    ['1,00,00,000', [10000000]],
    ['1,23,456.50', [123456.5]],
  ])('"%s" → %j (before: "00,000" read as 0)', (text, numbers) => {
    expect(numbersOf(text)).toEqual(numbers);
  });

  it('inside brackets the commas still list numbers', () => {
    expect(numbersOf('(10,20,200)')).toEqual([10, 20, 200]);
  });
});

/** Accented letters belong to their word (before: "comisión" became "comisi" and "n"); the norm drops the accents. */
describe('words with accented letters', () => {
  it('keeps the word whole, its text as written and its norm without accents', () => {
    const tokens = tokenize('comisión Gebühr comissão móvil naïve');
    expect(tokens.map((token) => token.text)).toEqual(['comisión', 'Gebühr', 'comissão', 'móvil', 'naïve']);
    expect(tokens.map((token) => token.norm)).toEqual(['comision', 'gebuhr', 'comissao', 'movil', 'naive']);
  });

  it('maps letters with a stroke by hand, and leaves signs and other scripts as before', () => {
    expect(norms('10 000 zł')).toEqual(['10000', 'zl']);
    expect(norms('2×ATR')).toEqual(['2', 'atr']);
    expect(norms('sma привет 20')).toEqual(['sma', '20']);
  });
});
