import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function spec(text: string) {
  const outcome = parseRequest(text, { today: TODAY, history: [] });
  if (!outcome.ok) throw new Error(`no spec for ${text}`);
  return outcome.spec;
}

function runs(text: string): string[] {
  return spec(text).strategies.map((s) => `${s.name}${s.params ? ` ${Object.values(s.params).join('/')}` : ''}${s.baseline ? ' [baseline]' : ''}`);
}

describe('holding as a side of a bare comparison is listed; as the yardstick it is the baseline', () => {
  it('holding written first, then vs a strategy', () => {
    expect(runs('ETH: just holding vs an sma 20/100 cross, 2019 through 2021')).toEqual(['buy_and_hold', 'sma_crossover 20/100']);
  });
  it('a strategy opening the clause, versus holding', () => {
    expect(runs('on QQQ, the 20/50 cross versus just holding, 2015 to 2020')).toEqual(['sma_crossover 20/50', 'buy_and_hold']);
  });
  it('put it next to holding', () => {
    expect(runs('Run the golden cross on SPY 2007 through 2009 and put it next to simply holding.')).toEqual(['sma_crossover 50/200', 'buy_and_hold']);
  });
  it('must not change: an edge question and beat keep holding as the yardstick', () => {
    expect(runs('Is there any edge in a 20-day channel breakout on gold vs. just holding the metal? 2008 through 2012.')).toContain('buy_and_hold [baseline]');
    expect(runs('does the golden cross beat just holding SPY since 2010')).toContain('buy_and_hold [baseline]');
  });
});

describe('a bare "cross" after two windows is the moving-average crossover', () => {
  it('the 20/50 cross', () => {
    expect(runs('run the 20/50 cross on SPY in 2020')[0]).toBe('sma_crossover 20/50');
  });
});

describe('a preset named after the same strategy with numbers points back to it', () => {
  it('turtle after donchian 55/20 is one run', () => {
    expect(runs('run donchian 40/15 on btc ytd, curious whether turtle stuff still works')).toEqual(['donchian_breakout 40/15', 'buy_and_hold [baseline]']);
  });
  it('must not change: the default turtle, and a preset as a side, are runs of their own', () => {
    expect(runs('run donchian 55/20 on btc ytd and the default turtle')).toHaveLength(3);
    expect(runs('sma 20/50 vs the golden cross on SPY 2020')).toHaveLength(3);
  });
});

describe('settings in simple English', () => {
  it('"the same in slippage" takes the fees just written', () => {
    expect(spec('rsi on SOL 2021, 5 bps fees and the same for slippage')).toMatchObject({ fees_bps: 5, slippage_bps: 5 });
  });
  it('"when it go over 75": the bare verb names the level too', () => {
    expect(spec('rsi on ETH 2021, buy when it drop under 20 and sell when it go over 80').strategies[0]).toMatchObject({ params: { lower: 20, upper: 80 } });
  });
});

describe('an ask pointing back to the story\'s strategy takes the story\'s settings', () => {
  it('"that EMA crossover" after the story gave fast and slow', () => {
    expect(spec('My aunt swears EMAs are the only thing that works. She told me to use a fast 10 and a slow 30. Can you backtest that EMA crossover on QQQ from 2015 through 2020?').strategies[0])
      .toMatchObject({ name: 'ema_crossover', params: { short: 10, long: 30 } });
  });
  it('must not change: an ask with its own numbers leaves the story\'s aside', () => {
    expect(spec('My aunt swears EMAs are the only thing that works. She told me to use a fast 10 and a slow 30. Can you backtest an EMA crossover 12/26 on QQQ from 2015 through 2020?').strategies[0])
      .toMatchObject({ params: { short: 12, long: 26 } });
  });
});
