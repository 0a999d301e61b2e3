import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { tokenize } from './tokenizer.js';
import { validateRequestSpec } from './validate_request_spec.js';
import type { SymbolInfo } from '../data/types.js';
import { specOf } from './test_support/spec_of.js';

function daily(symbol: string): SymbolInfo {
  return { symbol, quote: 'USD', interval: '1d', asset_class: 'crypto', file: `${symbol}-USD-1d.csv`, first: '2018-01-01', last: '2025-12-31', bars: 2922 };
}

describe('a range\'s "from" and "to" in the writer\'s own language or script', () => {
  it.each([
    ['golden cross on SPY from 2010 hanggang 2020', '2010-01-01', '2020-12-31'],
    ['golden cross on SPY mula 2010 hanggang 2020', '2010-01-01', '2020-12-31'],
    ['turtle on AAPL from 2016 titi 2020', '2016-01-01', '2020-12-31'],
    ['momentum on ETH kutoka 2020 mpaka 2023', '2020-01-01', '2023-12-31'],
    ['bollinger on GLD, 2015 theke 2019', '2015-01-01', '2019-12-31'],
    ['bollinger on GLD, 2015 থেকে 2019', '2015-01-01', '2019-12-31'],
    ['sma on LTC, 2020 se 2023 tak', '2020-01-01', '2023-12-31'],
    ['sma on LTC, 2020 से 2023 तक', '2020-01-01', '2023-12-31'],
    ['macd on GLD, 2018\'den 2022\'ye kadar', '2018-01-01', '2022-12-31'],
    ['rsi on BTC, 2021년부터 2023년까지', '2021-01-01', '2023-12-31'],
    ['rsi on BTC, 2021年から2023年まで', '2021-01-01', '2023-12-31'],
    ['rsi on BTC, 2021 kara 2023 made', '2021-01-01', '2023-12-31'],
    ['rsi on BTC, 2021年到2023年', '2021-01-01', '2023-12-31'],
    ['rsi on BTC, 2021至2023', '2021-01-01', '2023-12-31'],
    ['rsi on BTC с 2021 до 2023', '2021-01-01', '2023-12-31'],
    ['rsi on BTC od 2021 do 2023', '2021-01-01', '2023-12-31'],
    ['rsi on BTC từ 2021 đến 2023', '2021-01-01', '2023-12-31'],
    ['rsi on BTC dal 2015 fino al 2018', '2015-01-01', '2018-12-31'],
    ['rsi on BTC depuis 2018 jusqu\'à 2020', '2018-01-01', '2020-12-31'],
    ['rsi on BTC von 2018 bis zum 2020', '2018-01-01', '2020-12-31'],
    ['rsi on BTC, time from 2022 year 1 month đến 2023 year 6 month', '2022-01-01', '2023-06-30'],
    ['sma on ETH, time 2024 year 6 month 1 day to 2024 year 12 month 31 day', '2024-06-01', '2024-12-31'],
    ['bollinger on XRP, term is 2020/4/1 ~ 2021/3/31', '2020-04-01', '2021-03-31'],
    ['bollinger on XRP, 2020.4.1 to 2021.3.31', '2020-04-01', '2021-03-31'],
    // A two-digit month beside a one-digit day: before, "2021.10" was a month and ".5" a stray number.
    ['bollinger on XRP, 2021.10.5 to 2022.3.31', '2021-10-05', '2022-03-31'],
    // A capitalised Cyrillic word opening the sentence is the same range word.
    ['От 2020 до 2023 rsi on BTC', '2020-01-01', '2023-12-31'],
  ])('"%s" runs %s to %s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it('an end before its start stays one backwards range (end_before_start in validation), not two periods', () => {
    expect(specOf('SPY golden cross please, 2020 kara 2015 made.').date_range).toEqual({ start: '2020-01-01', end: '2015-12-31' });
  });

  it('"extend it" with a native "to" moves only the end', () => {
    const spec = specOf('Please extend it titi end of 2024', ['momentum on Litecoin from 2019 to 2021']);
    expect(spec.date_range).toEqual({ start: '2019-01-01', end: '2024-12-31' });
    expect(specOf('extend the window hasta 2024', ['momentum on LTC from 2019 to 2021']).date_range).toEqual({ start: '2019-01-01', end: '2024-12-31' });
  });

  it('a follow-up carries the history\'s native range', () => {
    expect(specOf('Same thing, Ethereum also add please.', ['Bitcoin RSI 14 backtest, 2021년부터 2023년까지']).date_range).toEqual({ start: '2021-01-01', end: '2023-12-31' });
    expect(specOf('Period change: 2018\'den 2022\'ye kadar.', ['I want MACD test on gold ETF, 2012 to 2016']).date_range).toEqual({ start: '2018-01-01', end: '2022-12-31' });
  });

  it('到 and 至 are range words only beside a date, never inside 至少 ("at least") or 到期 ("expiry")', () => {
    expect(tokenize('rsi on BTC, 2021至2023').map((token) => token.norm)).toContain('zhi');
    expect(tokenize('夏普至少1.5 到期').map((token) => token.norm)).not.toContain('zhi');
    expect(tokenize('夏普至少1.5 到期').map((token) => token.norm)).not.toContain('dao');
  });

  it('Tagalog "at" joins two weighted holdings, whose sum is then checked', () => {
    const overweight = specOf('Portfolio ko po: 70% BTC at 40% ETH, hold lang, 2020 hanggang 2022.');
    expect(overweight.portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.4 });
    const checked = validateRequestSpec(overweight, { today: '2026-01-10', symbols: [daily('BTC'), daily('ETH')] });
    expect(checked.ok ? 'ok' : checked.error.code).toBe('bad_weights');
    expect(specOf('hold 70% BTC at 30% ETH 2020 hanggang 2022').portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
  });
});

describe('must not change', () => {
  it.each([
    ['sma on BTC, I made 2020 my best year', '2020-01-01', '2020-12-31'],
    ['sma on BTC at 2021', '2021-01-01', '2021-12-31'],
    ['sma on BTC from 2019 to 2021', '2019-01-01', '2021-12-31'],
  ])('"%s" runs %s to %s', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it('a link word that only joins two dates ends nothing alone', () => {
    expect(specOf('sma on BTC, se 2021').date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
    expect(specOf('sma on BTC, 2021 made').date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });

  it('"the 2022 year" without a month unit stays the year', () => {
    expect(specOf('sma on BTC for the 2022 year').date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });

  it('English "at" after a holding is no join', () => {
    expect(specOf('sell when RSI at 70, hold 60% BTC and 40% ETH 2021').portfolio?.weights).toEqual({ BTC: 0.6, ETH: 0.4 });
  });

  it('an impossible day written with units is refused as bad_date, never shifted nor dropped', () => {
    const outcome = parseRequest('sma on ETH, 2024 year 2 month 31 day to 2024 year 12 month 31 day', { today: '2026-01-10' });
    expect(outcome.ok ? outcome.spec.date_range : outcome.error.code).toBe('bad_date');
  });
});
