import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const names = (text: string, history: string[] = []) => userStrategiesOf(text, history).map((s) => s.name);

describe('which run wins is a comparison, not a search', () => {
  it.each(['which one works best with rsi on btc or eth in 2023', 'which strategy performs best on ADA since 2022?', 'which coin does macd work best on, btc or eth, 2022'])('"%s"', (text) => {
    expect(specOf(text).optimization_required).toBe(false);
  });
  it('must not change: settings asked about still search', () => {
    expect(specOf('which lookback works best for momentum on SPY since 2000').optimization_required).toBe(true);
  });
});

describe('the metric a ranking or contest names ranks the runs', () => {
  it.each([['rank rsi, macd and donchian on ETH by calmar, 2022', 'calmar_ratio'], ['sortino showdown on SOL 2023: sma vs ema', 'sortino_ratio']])('"%s"', (text, metric) => {
    expect(specOf(text).rank_by).toBe(metric);
  });
});

describe('holding as a side of the comparison is listed', () => {
  it.each(['which had the best sharpe on QQQ in 2022: macd, rsi, or just holding it?', 'could you test macd against holding ETH since 2020?'])('"%s"', (text) => {
    expect(names(text)).toContain('buy_and_hold');
  });
  it('must not change: a yardstick is not listed', () => {
    expect(names('does macd beat just holding QQQ in 2022?')).toEqual(['macd']);
  });
  it('a follow-up retuning keeps the holding side', () => {
    expect(names('optimise the rsi', ['rsi on btc 2022', 'vs buy and hold'])).toEqual(['rsi_mean_reversion', 'buy_and_hold']);
  });
});

describe('runs named across the conversation', () => {
  it('"both of those" are the two strategies tried', () => {
    expect(names('put both of those side by side', ['macd on spy 2022', 'and with rsi?'])).toEqual(['macd', 'rsi_mean_reversion']);
  });
  it('"the default X" beside "X 55/20" is a run of its own', () => {
    expect(userStrategiesOf('is donchian 40/10 better than the default donchian on eth in 2022?')).toHaveLength(2);
  });
});
