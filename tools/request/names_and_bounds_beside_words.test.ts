import { describe, expect, it } from 'vitest';
import { specOf, specsAfterTurnsOn } from './test_support/spec_of.js';

const specAfter = specsAfterTurnsOn('2025-11-20');
const ignored = (text: string): string[] => (specOf(text).notes ?? []).filter((note) => note.startsWith('ignored'));

describe('a name that is also a word, right after a strategy\'s named settings, is what the strategy runs on', () => {
  it('"sma fast 100 slow 100 spy 2019" reads SPY with the windows as written (validation then refuses them)', () => {
    const spec = specAfter(['sma fast 100 slow 100 spy 2019']);
    expect(spec.symbols).toEqual(['SPY']);
    expect(spec.strategies.find((strategy) => !strategy.baseline)?.params).toEqual({ short: 100, long: 100 });
  });

  it.each([
    ['sma fast 10 slow 100 spy 2019', ['SPY']],
    ['ema fast 10 slow 30 sol 2022', ['SOL']],
    ['sma short 50 long 200 gold since 2015', ['GLD']],
    ['rsi period 14 link 2021', ['LINK']],
    ['bollinger period 20 std 2 spy since 2018', ['SPY']],
    ['macd fast 12 slow 26 signal 9 dot 2023', ['DOT']],
    ['rsi lb=14 ada 2022', ['ADA']],
    // Must not change: unambiguous names were read already.
    ['ema fast 10 slow 30 btc 2022', ['BTC']],
    ['sma short 50 long 200 qqq since 2015', ['QQQ']],
  ])('"%s"', (text, symbols) => {
    expect(specAfter([text]).symbols).toEqual(symbols);
  });

  it('must not change: after a comma and a verb the word is everyday English ("rsi period 14 on btc, send the link")', () => {
    expect(specOf('rsi period 14 on btc 2022, send the link').symbols).toEqual(['BTC']);
  });
});

describe('the two holdings a "better … than" question compares', () => {
  it('"Is gold a better buy and hold than the s&p 500 since 2008?" compares GLD and SPY held', () => {
    const spec = specAfter(['Is gold a better buy and hold than the s&p 500 since 2008? put them side by side']);
    expect(spec.symbols).toEqual(['GLD', 'SPY']);
    expect(spec.strategies.map((strategy) => strategy.name)).toEqual(['buy_and_hold']);
  });

  it.each([
    ['is bitcoin a better hold than gold since 2015', ['BTC', 'GLD']],
    ['was apple a better buy than msft in 2020', ['AAPL', 'MSFT']],
    ['is gold a better hedge than bitcoin since 2018', ['GLD', 'BTC']],
    ['would sol have been a better buy than eth in 2023', ['SOL', 'ETH']],
    ['is gold really a safer hedge than bitcoin since 2018', ['GLD', 'BTC']],
    ['was sol a better bet than btc since 2021', ['SOL', 'BTC']],
    ['is gold better than spy since 2010', ['GLD', 'SPY']],
  ])('"%s"', (text, symbols) => {
    expect(specAfter([text]).symbols).toEqual(symbols);
  });

  it.each([
    // Must not change: a person compared with someone, a thing with a determiner, are no instruments.
    'rsi on btc 2022. is Ada a better trader than me?',
    'rsi on btc 2022. is the link better than this one?',
  ])('"%s" reads only BTC', (text) => {
    expect(specOf(text).symbols).toEqual(['BTC']);
  });
});

describe('"atleast" and "atmost" typed as one word are the bounds "at least" and "at most"', () => {
  it('"i want atleast 45% winners, tune it" is a win rate of at least 45%, searched for', () => {
    const spec = specAfter(['whats the win rate of ema 20 50 on BNB since 2020? i want atleast 45% winners, tune it']);
    expect(spec.targets).toEqual({ win_rate: { operator: '>=', value: 0.45 } });
    expect(spec.optimization_required).toBe(true);
  });

  it.each([
    ['ema 20 50 on bnb 2021, atleast 1.2 sharpe', { sharpe_ratio: { operator: '>=', value: 1.2 } }],
    ['ema 20 50 on bnb 2021, sharpe atleast 1,5', { sharpe_ratio: { operator: '>=', value: 1.5 } }],
    ['ema 20 50 on bnb 2021, atleast 55% winning trades', { win_rate: { operator: '>=', value: 0.55 } }],
    ['ema 20 50 on bnb 2021, sharpe 1.2 atleast', { sharpe_ratio: { operator: '>=', value: 1.2 } }],
    ['ema 20 50 on bnb 2021, max drawdown atmost 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
    // Must not change: the bounds written apart and the share of winners.
    ['ema 20 50 on bnb 2021, at least 55% winning trades', { win_rate: { operator: '>=', value: 0.55 } }],
    ['ema 20 50 on bnb 2021, min 50% winners', { win_rate: { operator: '>=', value: 0.5 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
    expect(ignored(text)).toEqual([]);
  });
});
