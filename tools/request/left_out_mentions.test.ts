import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';
import { parseRequest } from './parse_request.js';

const symbolsOf = (text: string, history: string[] = []) => specOf(text, history).symbols;

describe('"leave X out", "take X out": what the writer leaves out is not run', () => {
  it.each([
    ['Please leave Bitcoin out of it, I sold all mine and don\'t want to see it. Just Ethereum. An EMA crossover with 9 and 21, from March 2021 to March 2023.', ['ETH']],
    ['leave solana out of this, rsi on ada for 2023', ['ADA']],
    ['Take Apple out of the picture. Just MSFT with sma 20/50 for 2022.', ['MSFT']],
    ['I already own Tesla and Nvidia through work so leave those out, don\'t test them. Just QQQ with a 20/100 moving average crossover since 2018.', ['QQQ']],
    ['I hold BTC and ETH already, so keep them out. Run macd on sol for 2023.', ['SOL']],
  ])('"%s"', (text, symbols) => {
    expect(symbolsOf(text)).toEqual(symbols);
  });

  it('reads the leaving verb with what it leaves out, so it is not reported as ignored', () => {
    expect(specOf('leave solana out of this, rsi on ada for 2023').notes?.join(' ')).not.toContain("ignored: 'leave'");
  });

  it('an unknown name left out raises no unknown_symbol', () => {
    expect(parseRequest('leave Nvidia out of it, rsi on qqq for 2023', { today: '2026-01-10' }).ok).toBe(true);
  });

  describe('in a follow-up, one the conversation runs is removed', () => {
    it.each([
      ['My son says try it on Apple too. But take Microsoft out, I don\'t want it in there anymore.', ['ema crossover on msft 2019-2023'], ['AAPL']],
      ['take Microsoft out', ['ema crossover on msft and aapl 2019-2023'], ['AAPL']],
      ['leave apple out of it please', ['ema crossover on msft and aapl 2019-2023'], ['MSFT']],
      ['My wife said to run it on Bitcoin too. Take Microsoft out of it.', ['ema crossover on msft 2019-2023'], ['BTC']],
    ])('"%s"', (text, history, symbols) => {
      expect(symbolsOf(text, history)).toEqual(symbols);
    });
  });
});

describe('in a follow-up, a strategy the conversation runs, left out, is removed (before: it alone was kept)', () => {
  const history = ['buy and hold msft 2010-2020', 'now add a golden cross to compare'];
  it.each([
    'ok take the buy and hold out',
    'get the buy and hold out of there',
    'pull the buy and hold out',
    'pull the buy and hold',
    'leave buy and hold out of the comparison',
  ])('"%s"', (text) => {
    expect(specOf(text, history).strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'sma_crossover', params: { short: 50, long: 200 } }]);
  });

  it('"leave the golden cross out" keeps the holding', () => {
    expect(specOf('leave the golden cross out', history).strategies.map((strategy) => strategy.name)).toEqual(['buy_and_hold']);
  });
});

describe('must not change', () => {
  it('"pull" before a symbol fetches it, it does not drop it', () => {
    expect(symbolsOf('pull btc and run rsi on it for 2023')).toEqual(['BTC']);
  });
  it('"take a look" leaves nothing out', () => {
    expect(symbolsOf('take a look at rsi on btc for 2023')).toEqual(['BTC']);
  });
  it('"carry it out" is no leaving out', () => {
    expect(symbolsOf('rsi on eth for 2023, carry it out with daily bars')).toEqual(['ETH']);
  });
  it('a relayed claim is still the story\'s', () => {
    expect(symbolsOf('My son says Apple is better. Keep it on msft.', ['ema crossover on msft 2019-2023'])).toEqual(['MSFT']);
  });
});
