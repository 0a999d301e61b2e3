import { describe, expect, it } from 'vitest';
import { currencyCode, expectedCurrency, fileSymbolOf, yahooTicker } from './yahoo_ticker.js';

describe("Yahoo's ticker spelling", () => {
  it.each([
    ['brk.b', 'BRK-B', 'BRK.B', 'USD'],
    ['BRK-B', 'BRK-B', 'BRK.B', 'USD'],
    ['BF.B', 'BF-B', 'BF.B', 'USD'],
    ['vod.l', 'VOD.L', 'VOD.L', 'GBX'],
    ['7203.T', '7203.T', '7203.T', 'JPY'],
    ['SHOP.TO', 'SHOP.TO', 'SHOP.TO', 'CAD'],
    ['SAP.DE', 'SAP.DE', 'SAP.DE', 'EUR'],
    ['^gspc', '^GSPC', 'GSPC', 'USD'],
    // As a request or a file names it, without the caret.
    ['GSPC', '^GSPC', 'GSPC', 'USD'],
    ['GC=F', 'GC=F', 'GCF', 'USD'],
    ['spy', 'SPY', 'SPY', 'USD'],
  ])('%s is %s on Yahoo, %s in file names, quoted in %s', (typed, ticker, fileSymbol, currency) => {
    expect(yahooTicker(typed)).toBe(ticker);
    expect(fileSymbolOf(ticker)).toBe(fileSymbol);
    expect(expectedCurrency(ticker)).toBe(currency);
  });

  it("writes Yahoo's minor units as upper-case codes", () => {
    expect(currencyCode('GBp')).toBe('GBX');
    expect(currencyCode('ZAc')).toBe('ZAC');
    expect(currencyCode('USD')).toBe('USD');
    expect(currencyCode('eur')).toBe('EUR');
  });
});
