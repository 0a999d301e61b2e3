import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import type { RequestSpec } from './request_spec.js';

const TODAY = '2026-11-24';
const BASELINE = { name: 'buy_and_hold', baseline: true as const };

function specAfter(messages: readonly string[]): RequestSpec {
  const outcome = parseRequest(messages.at(-1)!, { today: TODAY, history: messages.slice(0, -1) });
  if (!outcome.ok) throw new Error(`expected a spec, got ${JSON.stringify(outcome.error)}`);
  // The spec repeats the outcome's notes; the chain below is about what the conversation asks for.
  const spec: RequestSpec = { ...outcome.spec };
  delete spec.notes;
  return spec;
}

/** Each step: the message, and the whole spec the conversation has after it (written out by hand). */
const CHAIN: ReadonlyArray<[string, RequestSpec]> = [
  ['Backtest SMA 20/50 on BTC for 2022', {
    symbols: ['BTC'], strategies: [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, BASELINE],
    date_range: { start: '2022-01-01', end: '2022-12-31' }, targets: {}, optimization_required: false, portfolio: null,
    fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  }],
  ['Now try it on ETH', {
    symbols: ['ETH'], strategies: [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, BASELINE],
    date_range: { start: '2022-01-01', end: '2022-12-31' }, targets: {}, optimization_required: false, portfolio: null,
    fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  }],
  ['add SOL too', {
    symbols: ['ETH', 'SOL'], strategies: [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, BASELINE],
    date_range: { start: '2022-01-01', end: '2022-12-31' }, targets: {}, optimization_required: false, portfolio: null,
    fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  }],
  ['extend it to 2023', {
    symbols: ['ETH', 'SOL'], strategies: [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, BASELINE],
    date_range: { start: '2022-01-01', end: '2023-12-31' }, targets: {}, optimization_required: false, portfolio: null,
    fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  }],
  ['make the short window 10', {
    symbols: ['ETH', 'SOL'], strategies: [{ name: 'sma_crossover', params: { short: 10, long: 50 } }, BASELINE],
    date_range: { start: '2022-01-01', end: '2023-12-31' }, targets: {}, optimization_required: false, portfolio: null,
    fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  }],
  ['what about RSI instead', {
    symbols: ['ETH', 'SOL'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE],
    date_range: { start: '2022-01-01', end: '2023-12-31' }, targets: {}, optimization_required: false, portfolio: null,
    fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  }],
  ['and target a Sharpe of 2', {
    symbols: ['ETH', 'SOL'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE],
    date_range: { start: '2022-01-01', end: '2023-12-31' }, targets: { sharpe_ratio: { operator: '>=', value: 2 } },
    optimization_required: true, portfolio: null, fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  }],
  ['drop ETH', {
    symbols: ['SOL'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE],
    date_range: { start: '2022-01-01', end: '2023-12-31' }, targets: { sharpe_ratio: { operator: '>=', value: 2 } },
    optimization_required: true, portfolio: null, fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  }],
  ['remove the baseline', {
    symbols: ['SOL'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE],
    date_range: { start: '2022-01-01', end: '2023-12-31' }, targets: { sharpe_ratio: { operator: '>=', value: 2 } },
    optimization_required: true, portfolio: null, fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  }],
  ['same but with 0.2% fees', {
    symbols: ['SOL'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE],
    date_range: { start: '2022-01-01', end: '2023-12-31' }, targets: { sharpe_ratio: { operator: '>=', value: 2 } },
    optimization_required: true, portfolio: null, fees_bps: 20, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  }],
  ['compare it with MACD', {
    symbols: ['SOL'], strategies: [{ name: 'rsi_mean_reversion' }, { name: 'macd' }, BASELINE],
    date_range: { start: '2022-01-01', end: '2023-12-31' }, targets: { sharpe_ratio: { operator: '>=', value: 2 } },
    optimization_required: true, portfolio: null, fees_bps: 20, initial_capital: 10_000, rank_by: 'sharpe_ratio',
  }],
];

describe('follow-ups change only what they say', () => {
  it.each(CHAIN.map(([message, expected], step) => [step + 1, message, expected] as const))('step %i: %s', (step, _message, expected) => {
    expect(specAfter(CHAIN.slice(0, step).map(([message]) => message))).toStrictEqual(expected);
  });

  it('says the baseline stays when asked to remove it', () => {
    const outcome = parseRequest('remove the baseline', { today: TODAY, history: ['SMA on BTC'] });
    expect(outcome.ok && outcome.notes).toEqual(['the buy_and_hold baseline is always run for comparison; it cannot be removed']);
  });

  it('drops the baseline flag when the user asks for buy and hold, and restores it when they drop it', () => {
    const history = ['SMA on BTC', 'add buy and hold'];
    expect(specAfter(history).strategies).toEqual([{ name: 'sma_crossover' }, { name: 'buy_and_hold' }]);
    expect(specAfter([...history, 'drop buy and hold']).strategies).toEqual([{ name: 'sma_crossover' }, BASELINE]);
  });

  it('reads "A vs B on X" as a new comparison on X, not as adding X to the earlier symbols', () => {
    const earlier = ['Backtest SMA 20/50 on ETH for 2022'];
    expect(specAfter([...earlier, 'Compare RSI vs MACD on SOL in 2023'])).toMatchObject({
      symbols: ['SOL'], strategies: [{ name: 'rsi_mean_reversion' }, { name: 'macd' }, BASELINE],
    });
    // A comparison word adds to the kind that follows it only: here symbols, the strategy stays.
    expect(specAfter([...earlier, 'compare with BTC'])).toMatchObject({ symbols: ['ETH', 'BTC'], strategies: [{ name: 'sma_crossover' }, BASELINE] });
    expect(specAfter(['BTC vs ETH with RSI'])).toMatchObject({ symbols: ['BTC', 'ETH'], strategies: [{ name: 'rsi_mean_reversion' }, BASELINE] });
  });

  it.each([
    ['and also try it on apple', ['MSFT', 'AAPL']],
    ['also run it on AAPL', ['MSFT', 'AAPL']],
    ['also on apple', ['MSFT', 'AAPL']],
    // Without "also", trying it on another symbol moves the run there.
    ['try it on apple', ['AAPL']],
  ])('"%s" → %j', (message, symbols) => {
    expect(specAfter(['Test momentum with a 20-day lookback on MSFT over 2019', message]).symbols).toEqual(symbols);
  });

  it.each([['rank those by sortino this time', 'sortino_ratio'], ['compare sortino instead of sharpe', 'sortino_ratio'], ['go with calmar rather than sharpe', 'calmar_ratio'],
    ['rank calmar', 'calmar_ratio'], ['sort the results after the Sortino', 'sortino_ratio'], ['rank em by sortino', 'sortino_ratio'],
    ["and rank whatever's left by calmar", 'calmar_ratio']])(
    '"%s" changes the ranking and nothing else', (message, rankBy) => {
      const before = specAfter(['donchian 20/10 on bnb 2022', 'fees 5 bps']);
      expect(specAfter(['donchian 20/10 on bnb 2022', 'fees 5 bps', message])).toEqual({ ...before, rank_by: rankBy });
    },
  );

  it('"what about with 20/100?" gives the crossover new windows; "try 80 spy 20 gld" new weights', () => {
    expect(specAfter(['sma 10/50 on doge 2021', 'what about with 20/100?']).strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 100 } });
    expect(specAfter(['60/40 SPY GLD portfolio 2022', 'try 80 spy 20 gld']).portfolio).toEqual({ weights: { SPY: 0.8, GLD: 0.2 } });
  });

  it('swaps one symbol for another', () => {
    expect(specAfter(['SMA on SOL and ETH', 'replace SOL with gold']).symbols).toEqual(['ETH', 'GLD']);
  });

  it.each([
    ['make it 2 years longer', { start: '2021-01-01', end: '2023-12-31' }],
    ['extend it by a year', { start: '2021-01-01', end: '2022-12-31' }],
    ['make the window 6 months shorter', { start: '2021-01-01', end: '2021-06-30' }],
    ['go back two more years', { start: '2019-01-01', end: '2021-12-31' }],
    ['start a year earlier', { start: '2020-01-01', end: '2021-12-31' }],
    ['extend the test back by 18 months', { start: '2019-07-01', end: '2021-12-31' }],
    ['end 3 months earlier', { start: '2021-01-01', end: '2021-09-30' }],
    ['add another year', { start: '2021-01-01', end: '2022-12-31' }],
    ['add 2 years before', { start: '2019-01-01', end: '2021-12-31' }],
    // Dates added to the window grow it; a new year alone moves it.
    ['add 2022 too', { start: '2021-01-01', end: '2022-12-31' }],
    ['include 2019 as well', { start: '2019-01-01', end: '2021-12-31' }],
    ['now 2023', { start: '2023-01-01', end: '2023-12-31' }],
    ['add ETH for 2023', { start: '2023-01-01', end: '2023-12-31' }],
  ])('moves the window by what "%s" says', (message, window) => {
    expect(specAfter(['Backtest SMA on BTC for 2021', message]).date_range).toEqual(window);
  });

  it('says which edge a "longer" moved, and how to move the other', () => {
    const outcome = parseRequest('make it 2 years longer', { today: TODAY, history: ['Backtest SMA on BTC for 2021'] });
    expect(outcome.ok && outcome.notes).toEqual(['"make it 2 years longer": the end moved from 2021-12-31 to 2023-12-31, so the window is 2021-01-01 to 2023-12-31; to move the start instead, say "start 2 years earlier"']);
  });

  it('refuses to move a window the conversation does not have yet', () => {
    const outcome = parseRequest('make it 2 years longer', { today: TODAY, history: ['Backtest SMA on BTC'] });
    expect(outcome.ok ? outcome.spec : outcome.error.message).toBe('"make it 2 years longer" moves the dates of the run before, and no dates were given yet: name the window, e.g. "for 2019 to 2023"');
  });

  it('moves only the start when told where to start', () => {
    expect(specAfter(['SMA on BTC from 2020 to 2022', 'start from 2021']).date_range).toEqual({ start: '2021-01-01', end: '2022-12-31' });
  });

  it.each([
    ['push the start back to mid-2019', { start: '2019-07-01', end: '2020-12-31' }],
    ['move the start date forward to March 2020', { start: '2020-03-01', end: '2020-12-31' }],
    ['set the beginning to 2018', { start: '2018-01-01', end: '2020-12-31' }],
    ['move the end date out to 2022', { start: '2020-01-01', end: '2022-12-31' }],
    ['pull the end back to Q3 2020', { start: '2020-01-01', end: '2020-09-30' }],
  ])('"%s" sets that edge of the window and keeps the other', (message, expected) => {
    expect(specAfter(['Backtest RSI on AAPL for 2020', message]).date_range).toEqual(expected);
  });

  it.each([
    ['macd on btc in 2022', 'use 10 30 7 instead', { name: 'macd', params: { fast: 10, slow: 30, signal: 7 } }],
    ['macd on btc in 2022', 'go with 12 26 9', { name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }],
    ['sma on btc in 2022', 'what about 10 and 40', { name: 'sma_crossover', params: { short: 10, long: 40 } }],
    ['sma on btc in 2022', 'how about 15, 45', { name: 'sma_crossover', params: { short: 15, long: 45 } }],
  ])('after "%s", the unnamed numbers of "%s" are the strategy\'s', (first, message, expected) => {
    expect(specAfter([first, message]).strategies[0]).toEqual(expected);
  });

  it('drops a portfolio whose symbols change, with a note', () => {
    const outcome = parseRequest('add SOL', { today: TODAY, history: ['60/40 BTC ETH'] });
    expect(outcome.ok && outcome.spec.portfolio).toBeNull();
    expect(outcome.ok && outcome.notes).toContain('the portfolio was dropped because its symbols changed; give new weights to run one');
  });

  it('clears one target and keeps the others', () => {
    const spec = specAfter(['SMA on BTC, target Sharpe > 1 and CAGR above 20%', 'drop the Sharpe target']);
    expect(spec.targets).toEqual({ cagr: { operator: '>', value: 0.2 } });
  });

  it('a strategy named again without numbers keeps its numbers; numbers written with it change them', () => {
    expect(specAfter(['rsi 14 30/70 on BTC 2022', 'what about litecoin with the same rsi']).strategies[0])
      .toEqual({ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } });
    expect(specAfter(['SMA 20/50 vs RSI on BTC for 2022', 'just the sma on ETH']).strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
    expect(specAfter(['rsi 14 30/70 on BTC 2022', 'same rsi on ETH but period 21']).strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 21, lower: 30, upper: 70 } });
    expect(specAfter(['rsi 14 30/70 on BTC 2022', 'rsi 21 on ETH']).strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 21 } });
  });

  it('one crossover swapped for the other keeps its windows, and says so; a strategy with other parameters starts from its defaults', () => {
    const outcome = parseRequest('same but with ema', { today: TODAY, history: ['sma 20/50 on btc 2022'] });
    expect(outcome.ok && outcome.spec.strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 20, long: 50 } });
    expect(outcome.ok && outcome.notes).toContain("ema_crossover keeps sma_crossover's settings (short 20, long 50)");
    expect(specAfter(['sma 20/50 on btc 2022', 'same but with ema', 'and over 2023 instead']).strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 20, long: 50 } });
    expect(specAfter(['sma 20/50 on btc 2022', 'use rsi instead']).strategies[0]).toEqual({ name: 'rsi_mean_reversion' });
    expect(specAfter(['sma 20/50 on btc 2022', 'same but with ema 10/30']).strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 10, long: 30 } });
  });

  it('keeps the earlier spec through a message it cannot read, and says so', () => {
    const outcome = parseRequest('hmm', { today: TODAY, history: ['SMA on BTC'] });
    expect(outcome.ok && outcome.spec.symbols).toEqual(['BTC']);
    expect(outcome.ok && outcome.notes).toEqual(['nothing recognised in "hmm"']);
  });

  it('reports no_symbol when no message of the conversation names one', () => {
    const outcome = parseRequest('make the short window 10', { today: TODAY, history: ['Backtest SMA 20/50 for 2022'] });
    expect(outcome.ok ? outcome : outcome.error.code).toBe('no_symbol');
  });

  it('reports no_symbol when the last symbol is dropped', () => {
    const outcome = parseRequest('drop BTC', { today: TODAY, history: ['SMA on BTC'] });
    expect(outcome.ok ? outcome : outcome.error.code).toBe('no_symbol');
  });
});

describe('a follow-up changes a target\'s size and keeps its side', () => {
  const SORTINO_ABOVE = ['rsi 2 5/95 on SPY since 2010, sortino above 1.5'];

  it.each(['relax the sortino to 1.2', 'loosen the Sortino target to 1.2', 'lower the sortino from 1.5 to 1.2', 'make the sortino target 1.2',
    'sortino 1.2 instead', 'set the sortino threshold at 1.2', 'make the target 1.2'])(
    '"%s" after "Sortino above 1.5" is Sortino > 1.2 (before: not_understood, or a new ">=" target)', (message) => {
      expect(specAfter([...SORTINO_ABOVE, message]).targets).toEqual({ sortino_ratio: { operator: '>', value: 1.2 } });
    },
  );

  it('a side written with the new size replaces the old one: "raise the sortino to at least 2"', () => {
    expect(specAfter([...SORTINO_ABOVE, 'raise the sortino to at least 2']).targets).toEqual({ sortino_ratio: { operator: '>=', value: 2 } });
  });

  it.each(['change the drawdown limit to 30%', 'relax the max drawdown to 30%', 'loosen the drawdown cap to 30'])(
    '"%s" moves the drawdown limit, still max_drawdown >= -x (before: not_understood)', (message) => {
      expect(specAfter(['sma on BTC 2022, max drawdown under 20%', message]).targets).toEqual({ max_drawdown: { operator: '>=', value: -0.3 } });
    },
  );

  it('keeps a ceiling a ceiling: "lower the vol to 20%" after "volatility below 30%"', () => {
    expect(specAfter(['sma on BTC 2022, volatility below 30%', 'lower the vol to 20%']).targets).toEqual({ volatility: { operator: '<', value: 0.2 } });
  });

  it('with no earlier target of that metric, reads the size as a target would be and says so', () => {
    const outcome = parseRequest('loosen the sharpe to 1', { today: TODAY, history: SORTINO_ABOVE });
    expect(outcome.ok && outcome.spec.targets).toEqual({ sortino_ratio: { operator: '>', value: 1.5 }, sharpe_ratio: { operator: '>=', value: 1 } });
    expect(outcome.ok && outcome.notes).toContain('no earlier sharpe_ratio target to change: read as sharpe_ratio >= 1');
  });

  const SHARPE_TURN = ['momentum 90 on QQQ since 2010', 'needs sharpe above 1'];

  it('"make that at least 0.8" after a message that set only a Sharpe target is Sharpe >= 0.8 (before: the old Sharpe > 1 stayed)', () => {
    expect(specAfter([...SHARPE_TURN, 'actually make that at least 0.8, and cap drawdown at 35%']).targets)
      .toEqual({ sharpe_ratio: { operator: '>=', value: 0.8 }, max_drawdown: { operator: '>=', value: -0.35 } });
  });

  it.each(['make it 0.8', 'relax that to 0.8', 'lower it to 0.8 please'])('"%s" after that message keeps its side: Sharpe > 0.8', (message) => {
    expect(specAfter([...SHARPE_TURN, message]).targets).toEqual({ sharpe_ratio: { operator: '>', value: 0.8 } });
  });

  it.each([
    ['the previous message changed more than a target', ['momentum 90 on QQQ since 2010, sharpe above 1'], 'make that at least 0.8'],
    ['the previous message set no target', ['momentum 90 on QQQ since 2010'], 'make it at least 2'],
  ])('does not guess what "that" is when %s', (_why, history, message) => {
    const outcome = parseRequest(message, { today: TODAY, history });
    expect(outcome.ok ? outcome.spec.targets : outcome.error.code).toBe('not_understood');
  });

  it('a size with a unit or a year after "make it" is no target\'s', () => {
    expect(specAfter([...SHARPE_TURN, 'make it 2024']).targets).toEqual({ sharpe_ratio: { operator: '>', value: 1 } });
    const outcome = parseRequest('make it 30 days', { today: TODAY, history: SHARPE_TURN });
    expect(outcome.ok ? outcome.spec.targets : outcome.error.code).toBe('not_understood');
  });
});

describe('follow-ups read in round sixteen', () => {
  it('"Swap to ETH." replaces the symbol (before: BTC stayed)', () => {
    expect(specAfter(['BTC, SMA 20/100, 2022 to 2024.', 'Swap to ETH.', 'Fees 15 bps.']).symbols).toEqual(['ETH']);
  });

  it.each(['actually make it an even split', 'make it equal weight', 'split it evenly', 'equal weights please'])('"%s" weights the portfolio equally (before: not_understood)', (text) => {
    expect(specAfter(['run sma 20 50 on SPY and GLD, 70% SPY 30% GLD, 2018-2023', text]).portfolio?.weights).toEqual({ SPY: 0.5, GLD: 0.5 });
  });

  it('"rank the settings by Sortino" ranks by it (before: Sharpe)', () => {
    expect(specAfter(['Tune the Donchian breakout on SOL since 2022 and rank the settings by Sortino.']).rank_by).toBe('sortino_ratio');
  });
});

describe('follow-ups read in round seventeen', () => {
  it('"go back to the 20/50" sets those windows again (before: not_understood)', () => {
    expect(specAfter(['sma 20/50 on btc 2022', 'try 10/30', 'meh, go back to the 20/50']).strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
  });

  it('"go back to the 60/40" reweights a portfolio', () => {
    expect(specAfter(['portfolio 60/40 spy gld 2010-2020', 'make it 80/20', 'go back to the 60/40']).portfolio?.weights).toEqual({ SPY: 0.6, GLD: 0.4 });
  });

  it('"scrap the shorting" turns shorting off (before: not_understood)', () => {
    const spec = specAfter(['sma 20/50 on btc 2022 with shorting allowed', 'scrap the shorting, and use $50k']);
    expect([spec.allow_short, spec.initial_capital]).toEqual([false, 50000]);
  });
});

describe('taking a setting back', () => {
  const capitalTurns = ['momentum 60 on aapl since 2015 with 50k', 'set the starting capital to 100k instead'];

  it.each(['hmm no, revert the capital to what it was, and add msft', 'put the capital back', 'restore the original capital', 'change the capital back to what it was'])(
    '"%s" puts the capital back to 50k (before: it stayed 100k, or not understood)', (text) => {
      expect(specAfter([...capitalTurns, text]).initial_capital).toBe(50000);
    },
  );

  it('the rest of the message still applies', () => {
    expect(specAfter([...capitalTurns, 'hmm no, revert the capital to what it was, and add msft']).symbols).toEqual(['AAPL', 'MSFT']);
  });

  it('a setting that never changed stays, and says so', () => {
    const outcome = parseRequest('revert the fees', { today: TODAY, history: capitalTurns });
    expect(outcome.ok && [outcome.spec.fees_bps, outcome.spec.notes]).toEqual([10, ['the fees had not changed earlier in this conversation: nothing to put back']]);
  });

  it('"undo that" sets the previous message aside, and the rest of the message applies to what was before it', () => {
    const turns = ['rsi 14 30/70 on eth 2021-2023', 'make the bands 20/80'];
    expect(specAfter([...turns, 'undo that']).strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } });
    expect(specAfter([...turns, 'nah undo that, but only 2022']).date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });

  it.each(['nah go back to what it was', 'undo that', 'revert that change', 'go back to the previous settings', 'scrap the last change', 'change it back to how it was', 'never mind the last change'])(
    '"%s" puts the weights back to 70/30 and keeps the rest (before: not understood, or "change" ignored)', (text) => {
      const spec = specAfter(['spy qqq 70/30 b&h since 2015', 'make it 50/50', text]);
      expect([spec.symbols, spec.portfolio?.weights, spec.date_range]).toEqual([['SPY', 'QQQ'], { SPY: 0.7, QQQ: 0.3 }, { start: '2015-01-01', end: TODAY }]);
    },
  );

  it('"undo that, daily is fine" undoes the hourly bars and then applies the rest', () => {
    const spec = specAfter(['donchian 55/20 on BTC for 2024', 'make it hourly', 'undo that, daily is fine']);
    expect([spec.interval, spec.strategies[0]]).toEqual(['1d', { name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]);
  });

  it.each(['actually undo that, keep 12/26 but do 2024', 'undo that, keep it at 12/26 but do 2024', 'undo that and stick with 12/26, 2024'])(
    '"%s": the undo, then the kept numbers restated, then the window (before: not understood)', (text) => {
      const spec = specAfter(['ema 12/26 on eth 2023', 'make it 9/21', text]);
      expect([spec.symbols, spec.strategies[0], spec.date_range]).toEqual([['ETH'], { name: 'ema_crossover', params: { short: 12, long: 26 } }, { start: '2024-01-01', end: '2024-12-31' }]);
    },
  );

  it('"keep 20/50" after a change of symbol keeps the numbers and the symbol', () => {
    const spec = specAfter(['sma 20/50 on btc 2022', 'now eth', 'keep 20/50 but do 2023']);
    expect([spec.symbols, spec.strategies[0], spec.date_range?.start]).toEqual([['ETH'], { name: 'sma_crossover', params: { short: 20, long: 50 } }, '2023-01-01']);
  });

  it('"go back to the 20/50" and "put it back to 20/50" name the value to go back to: no undo', () => {
    const turns = ['sma 20/50 on btc 2022', 'make it 10/30', 'now 2023'];
    expect(specAfter([...turns, 'go back to the 20/50'])).toMatchObject({ strategies: [{ params: { short: 20, long: 50 } }, BASELINE], date_range: { start: '2023-01-01' } });
    const outcome = parseRequest('put it back to 20/50', { today: TODAY, history: turns });
    expect(outcome.ok && outcome.notes).not.toContain('undid the previous message: its changes are set aside');
  });
});

describe('one holding\'s weight changed by name', () => {
  const turns = ['portfolio 60% btc 40% eth, 2022-2024'];

  it('"bump btc to 70%" gives ETH the rest (before: not understood)', () => {
    expect(specAfter([...turns, 'bump btc to 70%']).portfolio?.weights).toEqual({ ETH: 0.3, BTC: 0.7 });
  });

  it('"bump btc to 70% and leave eth at 40%" cannot hold: bad_weights, not a guess', () => {
    const outcome = parseRequest('bump btc to 70% and leave eth at 40%', { today: '2026-11-24', history: turns });
    expect(!outcome.ok && outcome.error.code).toBe('bad_weights');
    expect(!outcome.ok && outcome.error.message).toContain('BTC 70%, ETH 40% add up to 110%');
  });
});

describe('requests read in round eighteen', () => {
  it('"with allowance for short positions" allows shorting (before: ignored)', () => {
    expect(specAfter(['Test the golden cross on SPY from 2000 on, with allowance for short positions.']).allow_short).toBe(true);
  });

  it('"so that the Calmar ratio becomes maximal" ranks by Calmar (before: Sharpe)', () => {
    expect(specAfter(['optimise the EMA crossover on ETH in 2021 so that the Calmar ratio becomes maximal']).rank_by).toBe('calmar_ratio');
  });

  it('"bitcoin buy and hold up against a golden cross" lists buy and hold as a strategy (before: only the baseline)', () => {
    expect(specAfter(['bitcoin buy and hold up against a golden cross strategy, 2018 to 2023']).strategies.map((strategy) => strategy.name)).toEqual(['buy_and_hold', 'sma_crossover']);
  });

  it('"did the sma hold up" is not buy and hold', () => {
    expect(specAfter(['did the sma hold up in 2022 on btc']).strategies.map((strategy) => [strategy.name, strategy.baseline ?? false])).toEqual([['sma_crossover', false], ['buy_and_hold', true]]);
  });
});

describe('requests read in rounds nineteen and twenty', () => {
  it('"now make the macd 8/21/5" retunes the MACD and keeps the EMA crossover (before: the EMA was dropped)', () => {
    expect(specAfter(['macd vs ema crossover on SOL in 2023', 'now make the macd 8/21/5 and extend it to the end of 2024']).strategies.map((strategy) => strategy.name))
      .toEqual(['macd', 'ema_crossover', 'buy_and_hold']);
  });

  it('"what if the donchian was 40/15?" retunes it in place', () => {
    expect(specAfter(['donchian 20/10 vs bollinger on LTC last year', 'what if the donchian was 40/15?']).strategies.slice(0, 2))
      .toEqual([{ name: 'donchian_breakout', params: { period: 40, exit_period: 15 } }, { name: 'bollinger_bands' }]);
  });

  it('"only the macd 8/21/5" still replaces the list', () => {
    expect(specAfter(['macd vs ema crossover on SOL in 2023', 'only the macd 8/21/5']).strategies.map((strategy) => strategy.name)).toEqual(['macd', 'buy_and_hold']);
  });

  it('"make it 70 spy 30 qqq" reweights the portfolio (before: not understood)', () => {
    expect(specAfter(['portfolio 50/50 spy qqq w/ sma 50/200, 2005-2015', 'make it 70 spy 30 qqq', 'and export html']).portfolio?.weights).toEqual({ SPY: 0.7, QQQ: 0.3 });
  });
});

describe('requests read in rounds twenty-one and twenty-two', () => {
  it('"ema crossover on SOL for 2023 with 10 and 30" sets the windows (before: the defaults ran)', () => {
    expect(specAfter(['ema crossover on SOL for 2023 with 10 and 30']).strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 10, long: 30 } });
  });

  it('"with 20, 60 or 120 day lookbacks" stays values to try', () => {
    expect(specAfter(['momentum with 20, 60 or 120 day lookbacks on QQQ']).strategies.filter((strategy) => !strategy.baseline)).toHaveLength(3);
  });

  it.each(['Short positions also allow.', 'And allow the short positions.'])('"%s" allows shorting (before: not understood)', (text) => {
    expect(specAfter(['donchian on LTC from March 2019 to November 2022', text]).allow_short).toBe(true);
  });

  it('"which one is better by sortino?" ranks by Sortino', () => {
    expect(specAfter(['XRP MACD 12 26 9 and EMA cross 5 20, 2021 to 2023, which one is better by sortino?']).rank_by).toBe('sortino_ratio');
  });

  it('"find me the best period and standard deviation" optimises the Bollinger bands (before: not understood)', () => {
    const spec = specAfter(['bollinger 20 2 on eth 2022', 'Now find me the best period and standard deviation so the sharpe is over 1,3.']);
    expect([spec.optimization_required, spec.targets]).toEqual([true, { sharpe_ratio: { operator: '>', value: 1.3 } }]);
  });

  it('"Search EMA crossover settings" optimises', () => {
    expect(specAfter(['Search EMA crossover settings on LTC for 2022 through 2024.']).optimization_required).toBe(true);
  });
});

describe('more requests read in rounds twenty-one and twenty-two', () => {
  it('"half bitcoin, 30% ether, 20% solana" is 50/30/20 (before: bad_weights)', () => {
    expect(specAfter(['half bitcoin, 30% ether, 20% solana since 2021, rebalance monthly']).portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.3, SOL: 0.2 });
  });

  it('"from 2000 to 2020 (2020 included)" is one range, and "the S&P 500 ETF" is read whole (before: several_periods)', () => {
    const outcome = parseRequest('golden cross on the S&P 500 ETF from 2000 to 2020 (2020 included)', { today: TODAY });
    expect(outcome.ok && [outcome.spec.date_range, outcome.spec.symbols, outcome.spec.notes]).toEqual([{ start: '2000-01-01', end: '2020-12-31' }, ['SPY'], undefined]);
  });
});

describe('a parameter goes to the strategy with that name first', () => {
  it('"make the lookback 120 and compare against rsi too" sets momentum\'s lookback (before: the RSI\'s period became 120)', () => {
    expect(specAfter(['momentum on DOGE 2021-2024', 'lookback 45', 'actually make the lookback 120 and compare against rsi too']).strategies.slice(0, 2))
      .toEqual([{ name: 'momentum', params: { lookback: 120 } }, { name: 'rsi_mean_reversion' }]);
  });
});
