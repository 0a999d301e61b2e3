import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY as TODAY, specOf } from './test_support/spec_of.js';

describe('portfolio phrases parse into spec.portfolio', () => {
  it('"Backtest a 60/40 BTC ETH portfolio rebalanced monthly from 2020 to 2023"', () => {
    const spec = specOf('Backtest a 60/40 BTC ETH portfolio rebalanced monthly from 2020 to 2023');
    expect(spec.portfolio).toEqual({ weights: { BTC: 0.6, ETH: 0.4 }, rebalance: 'monthly' });
    expect(spec.date_range).toEqual({ start: '2020-01-01', end: '2023-12-31' });
  });

  it('"equal-weight BTC, ETH and SOL, rebalance quarterly, since 2021"', () => {
    const spec = specOf('equal-weight BTC, ETH and SOL, rebalance quarterly, since 2021');
    expect(spec.portfolio).toEqual({ weights: { BTC: 1 / 3, ETH: 1 / 3, SOL: 1 / 3 }, rebalance: 'quarterly' });
    expect(spec.date_range?.start).toBe('2021-01-01');
  });

  it('"find the best weights for BTC, ETH and SOL for max Sharpe over 2021-2024, no more than 50% in one coin"', () => {
    const spec = specOf('find the best weights for BTC, ETH and SOL for max Sharpe over 2021-2024, no more than 50% in one coin');
    expect(spec.portfolio).toMatchObject({ objective: 'max_sharpe', max_weight: 0.5 });
    expect(Object.keys(spec.portfolio!.weights)).toEqual(['BTC', 'ETH', 'SOL']);
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2024-12-31' });
    // "max Sharpe over 2021" is not a Sharpe target of 2021.
    expect(spec.targets).toEqual({});
  });

  it('"risk parity across SPY, QQQ and GLD since 2010"', () => {
    const spec = specOf('risk parity across SPY, QQQ and GLD since 2010');
    expect(spec.portfolio).toMatchObject({ objective: 'risk_parity' });
    expect(spec.symbols).toEqual(['SPY', 'QQQ', 'GLD']);
  });

  it('weights written as decimal fractions, before or after each symbol, with the rest in cash', () => {
    expect(specOf('portfolio: 0.5 BTC, 0.25 ETH, 0.25 SOL; macd; 2023').portfolio).toEqual({ weights: { BTC: 0.5, ETH: 0.25, SOL: 0.25 } });
    expect(specOf('BTC 0.5 / ETH 0.3 / rest in cash, momentum since 2021').portfolio).toEqual({ weights: { BTC: 0.5, ETH: 0.3 } });
    expect(specOf('60% SPY, 30% GLD and the rest in cash').portfolio).toEqual({ weights: { SPY: 0.6, GLD: 0.3 } });
  });

  it('weights with an article before each ("the 50% in Bitcoin, the 30% in Ether…") are those weights, never equal ones', () => {
    const spec = specOf('I have a portfolio with the 50% in Bitcoin, the 30% in Ether and the 20% in Solana, rebalance every month, 2022');
    expect(spec.portfolio).toEqual({ weights: { BTC: 0.5, ETH: 0.3, SOL: 0.2 }, rebalance: 'monthly' });
  });

  it('"percent", "pct" and "per cent" are per cent signs, and a weight may be written in words before one', () => {
    expect(specOf('60 percent QQQ and 40 percent GLD for 2022').portfolio).toEqual({ weights: { QQQ: 0.6, GLD: 0.4 } });
    expect(specOf('BTC 70 per cent, ETH 30 per cent, 2022').portfolio).toEqual({ weights: { BTC: 0.7, ETH: 0.3 } });
    expect(specOf('sixty percent QQQ and forty percent gold for 2022').portfolio).toEqual({ weights: { QQQ: 0.6, GLD: 0.4 } });
    expect(specOf('twenty-five percent BTC, seventy-five percent ETH, 2022').portfolio).toEqual({ weights: { BTC: 0.25, ETH: 0.75 } });
    // Short of 100 % in words is refused like in digits.
    const short = parseRequest('sixty percent QQQ and thirty percent GLD for 2022', { today: TODAY });
    expect(short.ok ? 'ok' : short.error.code).toBe('bad_weights');
  });

  it('a volatility cap on one symbol is a target of the run, not a portfolio setting dropped with a note', () => {
    const outcome = parseRequest('rsi on btc 2022, limit volatility to 40%', { today: TODAY });
    expect(outcome.ok && [outcome.spec.targets, outcome.spec.portfolio]).toEqual([{ volatility: { operator: '<=', value: 0.4 } }, null]);
    expect(outcome.ok && outcome.notes.join('\n')).toContain('read the volatility cap of 40% as a target of the run');
    // Two symbols: the cap of a max-return weight search, as before.
    expect(specOf('rsi on btc eth 2022, limit volatility to 40%').portfolio).toMatchObject({ max_volatility: 0.4, objective: 'max_return' });
  });

  it('"split the money evenly between gold and the Nasdaq-100 ETF" holds both, equally (gold was dropped)', () => {
    expect(specOf('Split the money evenly between gold and the Nasdaq-100 ETF, July 2007 to June 2013').portfolio).toEqual({ weights: { GLD: 0.5, QQQ: 0.5 } });
  });

  it('numbers apart that add up to 100 % within rounding reweight the portfolio, as "33/33/33" does', () => {
    // Before, "use 33 33 33" needed an exact 100 and was ignored as three parameters.
    expect(specOf('use 33 33 33 instead', ['equal-weight BTC ETH SOL portfolio, 2022']).portfolio).toEqual({ weights: { BTC: 0.33, ETH: 0.33, SOL: 0.33 } });
  });

  it('shares in words, "each" over a list, ratios and "the rest in" a symbol are those weights (before: equal weights, or none)', () => {
    expect(specOf('Half in SPY and a quarter each in QQQ and GLD, rebalanced once a year, 2012-2022').portfolio).toEqual({ weights: { SPY: 0.5, QQQ: 0.25, GLD: 0.25 }, rebalance: 'yearly' });
    expect(specOf('Put three-fifths in bitcoin and two-fifths in ether through 2020 and 2021').portfolio).toEqual({ weights: { BTC: 0.6, ETH: 0.4 } });
    expect(specOf('a 3:1 mix of QQQ to GLD, rebalanced monthly, 2020').portfolio).toEqual({ weights: { QQQ: 0.75, GLD: 0.25 }, rebalance: 'monthly' });
    expect(specOf('2:1:1 BTC ETH SOL 2022').portfolio).toEqual({ weights: { BTC: 0.5, ETH: 0.25, SOL: 0.25 } });
    expect(specOf("I'd hold SOL at 10% and ADA at 15%, with the rest in BTC, 2023").portfolio).toEqual({ weights: { SOL: 0.1, ADA: 0.15, BTC: 0.75 } });
  });

  it.each([
    ["Half my money in bitcoin and a quarter each in ethereum and solana, just hold it from January 2022 to the end of 2024. My kids think I'm crazy.", { BTC: 0.5, ETH: 0.25, SOL: 0.25 }],
    ['half the capital in bitcoin and the rest in ether in 2022', { BTC: 0.5, ETH: 0.5 }],
    ['a third of my money each in SPY, QQQ and GLD from 2015', { SPY: expect.closeTo(1 / 3), QQQ: expect.closeTo(1 / 3), GLD: expect.closeTo(1 / 3) }],
    ['put 20% of my money each in QQQ and GLD and the rest in SPY from 2015', { QQQ: 0.2, GLD: 0.2, SPY: 0.6 }],
    ['two thirds my portfolio in SPY and a third in GLD since 2010', { SPY: expect.closeTo(2 / 3), GLD: expect.closeTo(1 / 3) }],
  ])('"%s": the money named after a share in words, with or without "of", keeps the share (before: the share dropped)', (text, weights) => {
    expect(specOf(text).portfolio?.weights).toEqual(weights);
  });

  it('refuses weights short of 100 % unless the message says the rest is cash', () => {
    for (const text of ['portfolio 70/20 BTC ETH 2022', '50% BTC, 30% ETH with sma in 2022', 'BTC 0.5 / ETH 0.3, momentum since 2021']) {
      const outcome = parseRequest(text, { today: TODAY, history: [] });
      expect(outcome, text).toMatchObject({ ok: false, error: { code: 'bad_weights' } });
      if (!outcome.ok) expect(outcome.error.message).toMatch(/add up to \d+%, not 100%.*the rest in cash/);
    }
    expect(specOf('70/20 BTC ETH, the rest in cash, 2022').portfolio).toEqual({ weights: { BTC: 0.7, ETH: 0.2 } });
    expect(specOf('70% BTC, 20% ETH and 10% cash in 2022').portfolio).toEqual({ weights: { BTC: 0.7, ETH: 0.2 } });
    // Thirds written in whole per cent are within rounding of 100 %.
    expect(specOf('33/33/33 BTC ETH SOL in 2023').portfolio?.weights).toEqual({ BTC: 0.33, ETH: 0.33, SOL: 0.33 });
  });

  it('reads whole per cent without the sign beside a portfolio noun, and refuses such weights short of 100', () => {
    expect(specOf('BTC 50 ETH 30 SOL 20 portfolio w/ rsi, 2023').portfolio).toEqual({ weights: { BTC: 0.5, ETH: 0.3, SOL: 0.2 } });
    expect(specOf('portfolio: BTC 60, ETH 40 with sma in 2022').portfolio).toEqual({ weights: { BTC: 0.6, ETH: 0.4 } });
    // Before, "10 portfolio" was a capital of 10 and 50 and 30 were dropped.
    expect(parseRequest('BTC 50 ETH 30 SOL 10 portfolio with rsi in 2023', { today: TODAY, history: [] }))
      .toMatchObject({ ok: false, error: { code: 'bad_weights', message: expect.stringContaining('50/30/10 add up to 90%') } });
  });

  it('reads two or more symbols each followed by a whole number as weights, even without a portfolio noun', () => {
    expect(specOf('btc 60 eth 40, rsi 2023').portfolio).toEqual({ weights: { BTC: 0.6, ETH: 0.4 } });
    // Before, 30 became the SMA's short window and 50 was ignored.
    expect(parseRequest('BTC 50 ETH 30 sma since 2022', { today: TODAY, history: [] }))
      .toMatchObject({ ok: false, error: { code: 'bad_weights', message: expect.stringContaining('50/30 add up to 80%') } });
    // Numbers first, opening the message, read the same way (quantities such as "2 BTC" are no weights).
    expect(specOf('70 btc 30 eth sma 2022').portfolio).toEqual({ weights: { BTC: 0.7, ETH: 0.3 } });
    expect(specOf('60 spy 40 qqq 2020').portfolio).toEqual({ weights: { SPY: 0.6, QQQ: 0.4 } });
    // Read as written, so that validation refuses the 120 % as bad_weights.
    expect(specOf('70 btc 50 eth sma 2022').portfolio).toEqual({ weights: { BTC: 0.7, ETH: 0.5 } });
    // After a strategy the numbers are its own, not weights.
    expect(specOf('sma 20 btc 50 eth 2022').portfolio).toBeNull();
    // A unit makes the number a window, and one symbol is no list of weights.
    expect(specOf('sma on BTC 20 day and ETH 50 day').portfolio).toBeNull();
    expect(specOf('sma on BTC 20 50').portfolio).toBeNull();
  });

  it('reads no portfolio from whole numbers or a mix of fractions and percentages', () => {
    // "2 BTC" is a quantity, and a list that mixes units is not one list of weights.
    expect(specOf('2 BTC and 3 ETH with sma in 2023').portfolio).toBeNull();
    expect(specOf('BTC 0.5, ETH 50% with sma in 2023').portfolio).toBeNull();
  });

  it('other objective and limit wordings', () => {
    expect(specOf('minimum variance portfolio of SPY and GLD').portfolio).toMatchObject({ objective: 'min_variance' });
    expect(specOf('BTC and ETH portfolio, max return with max volatility 60%').portfolio).toMatchObject({ objective: 'max_return', max_volatility: 0.6 });
    expect(specOf('60/40 SPY GLD, no rebalancing').portfolio).toMatchObject({ rebalance: 'none' });
    expect(specOf('optimise the weights of BTC, ETH and SOL, max 40% per coin').portfolio).toMatchObject({ objective: 'max_sharpe', max_weight: 0.4 });
  });

  it('"max Sharpe" without a portfolio ranks strategies instead', () => {
    const spec = specOf('SMA crossover on BTC, pick the max sharpe');
    expect(spec.portfolio).toBeNull();
    expect(spec.rank_by).toBe('sharpe_ratio');
  });
});

describe('portfolio follow-ups', () => {
  const first = 'Backtest a 60/40 BTC ETH portfolio rebalanced monthly from 2020 to 2023';

  it('"make it 50/50" reweights the same symbols and keeps the rest', () => {
    const spec = specOf('make it 50/50', [first]);
    expect(spec.portfolio).toEqual({ weights: { BTC: 0.5, ETH: 0.5 }, rebalance: 'monthly' });
    expect(spec.date_range).toEqual({ start: '2020-01-01', end: '2023-12-31' });
  });

  it('"rebalance weekly instead" changes only the schedule', () => {
    expect(specOf('rebalance weekly instead', [first]).portfolio).toEqual({ weights: { BTC: 0.6, ETH: 0.4 }, rebalance: 'weekly' });
  });

  it('"add SOL at 20%" gives SOL 20% and shrinks the others pro rata', () => {
    const spec = specOf('add SOL at 20%', [first]);
    expect(spec.symbols).toEqual(['BTC', 'ETH', 'SOL']);
    expect(spec.portfolio!.weights.BTC).toBeCloseTo(0.48, 12);
    expect(spec.portfolio!.weights.ETH).toBeCloseTo(0.32, 12);
    expect(spec.portfolio!.weights.SOL).toBe(0.2);
  });

  it('a bare split, or one after "now", "try" or "what about", reweights the portfolio', () => {
    const cases: ReadonlyArray<[string, Record<string, number>]> = [
      ['now 80/20', { BTC: 0.8, ETH: 0.2 }], ['80/20', { BTC: 0.8, ETH: 0.2 }], ['try 70/30 instead', { BTC: 0.7, ETH: 0.3 }], ['what about 90/10', { BTC: 0.9, ETH: 0.1 }],
    ];
    for (const [text, weights] of cases) expect(specOf(text, ['BTC/ETH 50/50 with macd in 2022']).portfolio?.weights, text).toEqual(weights);
    expect(parseRequest('now 80/10', { today: TODAY, history: [first] })).toMatchObject({ ok: false, error: { code: 'bad_weights' } });
    expect(specOf('make it 70/20 with the rest in cash', [first]).portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.2 });
  });

  it('with no portfolio in the conversation, the same numbers are the strategy\'s', () => {
    expect(specOf('now 20/50', ['sma 10/30 on BTC for 2022']).strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
    expect(specOf('try 20/80', ['rsi 14 30/70 on BTC for 2022']).strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 14, lower: 20, upper: 80 } });
    expect(specOf('rsi on ETH in 2022, 25/75').strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { lower: 25, upper: 75 } });
  });

  it('new weights are for the symbols the message leaves: "drop SOL and go 50/50"', () => {
    const spec = specOf('drop sol and go 50/50', ['40% BTC 40% ETH 20% SOL, buy and hold, 2022']);
    expect(spec.symbols).toEqual(['BTC', 'ETH']);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
  });

  it('"make it 50/50" on three symbols is refused with bad_weights, naming the symbols and the ways out', () => {
    // Before, the weights stayed as they were with only a note, and the run went ahead.
    expect(parseRequest('make it 50/50', { today: TODAY, history: ['equal-weight BTC, ETH and SOL'] })).toMatchObject({
      ok: false,
      error: { code: 'bad_weights', message: expect.stringContaining('50/50 gives 2 weights but the portfolio holds 3 symbols (BTC, ETH, SOL); give 3 weights') },
    });
    expect(parseRequest('make it 60/30/10', { today: TODAY, history: ['equal-weight BTC and ETH'] })).toMatchObject({ ok: false, error: { code: 'bad_weights' } });
    // With no symbol in the conversation, the missing symbol is what to say.
    expect(parseRequest('make it 50/50', { today: TODAY, history: [] })).toMatchObject({ ok: false, error: { code: 'no_symbol' } });
  });

  it('such a split earlier in the conversation kept the weights, so later follow-ups still run', () => {
    const outcome = parseRequest('add sma', { today: TODAY, history: ['equal-weight BTC, ETH and SOL', 'make it 50/50'] });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.spec.portfolio?.weights).toEqual({ BTC: 1 / 3, ETH: 1 / 3, SOL: 1 / 3 });
  });
});

describe('a split of the symbols after a strategy is their weights, not the strategy\'s numbers', () => {
  it.each([
    ['sma crossover on a 60/40 BTC/ETH portfolio since 2021', { BTC: 0.6, ETH: 0.4 }],
    ['sma on 60/40 btc/eth since 2021', { BTC: 0.6, ETH: 0.4 }],
    ['sma crossover on a 70-30 portfolio of BTC and ETH', { BTC: 0.7, ETH: 0.3 }],
    // SMA could run 30/70, but the portfolio noun says they are weights.
    ['sma crossover on a 30/70 BTC/ETH portfolio', { BTC: 0.3, ETH: 0.7 }],
  ])('"%s" (before: bad_parameters, short over long)', (text, weights) => {
    const spec = specOf(text);
    expect(spec.portfolio?.weights).toEqual(weights);
    expect(spec.strategies[0]).toEqual({ name: 'sma_crossover' });
  });

  it('numbers the strategy can run, with no portfolio noun or no whole split, stay its numbers', () => {
    expect(specOf('sma 20/50 btc eth 2022').strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
    expect(specOf('rsi 30/70 btc eth 2022').strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { lower: 30, upper: 70 } });
    expect(specOf('sma 20/50 btc eth 2022').portfolio).toBeNull();
  });

  it('"make that 70/30 instead" then re-weights that portfolio', () => {
    const spec = specOf('make that 70/30 instead', ['backtest an sma crossover on a 60/40 BTC/ETH portfolio since 2021']);
    expect(spec.portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
    expect(spec.strategies[0]).toEqual({ name: 'sma_crossover' });
  });
});

describe('a split written with spaces after the symbols', () => {
  it('"rsi 14 30 70 on btc n eth 50 50 for 2024, start w 10k" holds BTC and ETH half each (before: "50" ignored, no portfolio)', () => {
    const spec = specOf('rsi 14 30 70 on btc n eth 50 50 for 2024, start w 10k');
    expect(spec.portfolio).toEqual({ weights: { BTC: 0.5, ETH: 0.5 } });
    expect(spec.strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } });
    expect(spec.initial_capital).toBe(10_000);
  });

  it.each([
    ['macd on spy and gld 60 40 since 2015', { SPY: 0.6, GLD: 0.4 }],
    ['sma 20/50 on btc, eth, sol 40 30 30 in 2023', { BTC: 0.4, ETH: 0.3, SOL: 0.3 }],
    ['sma on btc and eth 50 50, 2022', { BTC: 0.5, ETH: 0.5 }],
  ])('"%s"', (text, weights) => {
    expect(specOf(text).portfolio).toEqual({ weights });
  });

  it('numbers a strategy of the request can run stay its settings: "rsi on btc and eth 30 70" is the bands', () => {
    const spec = specOf('rsi on btc and eth 30 70 for 2024');
    expect(spec.portfolio).toBeNull();
    expect(spec.strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { lower: 30, upper: 70 } });
  });

  it('numbers that do not add up to 100 are no split: "sma on btc and eth 20 50"', () => {
    expect(specOf('sma on btc and eth 20 50 for 2024').portfolio).toBeNull();
  });
});
