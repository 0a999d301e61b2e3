import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { weightsFavouring } from './favoured_weights.js';
import { PHRASE_TEST_TODAY as TODAY, specOf } from './test_support/spec_of.js';

const PORTFOLIO = '50/50 SPY and GLD, bollinger bands, since 2012';

describe('weights said to favour a holding', () => {
  it.each(['make it 80/20 in favor of the S&P', 'make it 20/80 in favour of SPY', 'now 80/20 tilted towards SPY'])('"%s" gives SPY 80 % and keeps GLD', (text) => {
    const spec = specOf(text, [PORTFOLIO]);
    expect(spec.symbols).toEqual(['SPY', 'GLD']);
    expect(spec.portfolio?.weights).toEqual({ SPY: 0.8, GLD: 0.2 });
  });

  it('"in favor of GLD" turns the same split the other way', () => {
    expect(specOf('make it 80/20 in favor of gold', [PORTFOLIO]).portfolio?.weights).toEqual({ SPY: 0.2, GLD: 0.8 });
  });

  it('the portfolio and its symbols last through the next follow-ups', () => {
    const spec = specOf("and let's put $250,000 in", [PORTFOLIO, 'make it 80/20 in favor of the S&P']);
    expect(spec.portfolio?.weights).toEqual({ SPY: 0.8, GLD: 0.2 });
    expect(spec.initial_capital).toBe(250_000);
  });

  it('"make it 80/40" in a portfolio conversation is weights over 100 %, never Bollinger numbers', () => {
    const outcome = parseRequest('actually can you make it 80/40', { today: TODAY, history: [PORTFOLIO, 'make it 80/20 in favor of the S&P'] });
    expect(outcome.ok && outcome.spec.portfolio?.weights).toEqual({ SPY: 0.8, GLD: 0.4 });
    expect(outcome.ok && outcome.spec.strategies[0]).toEqual({ name: 'bollinger_bands' });
  });

  it('is refused when it does not settle every weight, or the holding is not held', () => {
    const three = ['equal weight BTC, ETH and SOL buy and hold 2021'];
    expect(parseRequest('make it 20/30/50 in favor of BTC', { today: TODAY, history: three })).toMatchObject({ ok: false, error: { code: 'bad_weights' } });
    // In the portfolio's order already, with the favoured holding's the largest: as written.
    expect(specOf('make it 50/30/20 in favor of BTC', three).portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.3, SOL: 0.2 });
    expect(parseRequest('make it 80/20 in favor of QQQ', { today: TODAY, history: [PORTFOLIO] })).toMatchObject({ ok: false, error: { code: 'bad_weights' } });
  });

  it('with three holdings and equal rest, the favoured one is clear', () => {
    expect(weightsFavouring(['BTC', 'ETH', 'SOL'], [0.25, 0.5, 0.25], 'SOL')).toEqual([0.25, 0.25, 0.5]);
    expect(weightsFavouring(['BTC', 'ETH', 'SOL'], [0.5, 0.3, 0.2], 'SOL')).toBeUndefined();
    expect(weightsFavouring(['SPY', 'GLD'], [0.8, 0.2], 'SPY')).toEqual([0.8, 0.2]);
  });

  it('"change to 50 50" reweights the portfolio', () => {
    expect(specOf('change to 50 50 please', ['I want portfolio 70% BTC and 30% ETH, buy and hold, from 2020 to 2024']).portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
  });
});
