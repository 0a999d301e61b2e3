import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

/**
 * Follow-ups that point at a holding's weight ("give its 10% to BTC") or at earlier numbers ("the
 * first numbers were better. go back to those"), and holdings named beside such words ("keep spy at
 * 60% and qqq at 40%", "add tlt at 20%").
 */
const specAfter = specsAfterTurnsOn('2025-11-20');
const errorAfter = (messages: readonly string[]): string | undefined => {
  const outcome = parseRequest(messages.at(-1)!, { today: '2025-11-20', history: messages.slice(0, -1) });
  return outcome.ok ? undefined : outcome.error.code;
};
const notesAfter = (messages: readonly string[]): string[] => {
  const outcome = parseRequest(messages.at(-1)!, { today: '2025-11-20', history: messages.slice(0, -1) });
  return outcome.ok ? outcome.notes : [];
};

const crypto = 'BTC 40% ETH 30% SOL 20% DOGE 10%, default ema crossover, from 2021';
const stocks = 'hold 50% spy 30% qqq 20% gld 2020 to 2024';
const emaTurns = ['ema cross 9/21 on ETH, 4h candles, since the start of 2025', 'now try 20/50'];

describe('a dropped holding\'s weight handed to one holding goes to that one only', () => {
  it.each([
    ['drop DOGE and give its 10% to BTC', { BTC: 0.5, ETH: 0.3, SOL: 0.2 }],
    ['drop doge and give its weight to btc', { BTC: 0.5, ETH: 0.3, SOL: 0.2 }],
    ['move doge\'s share to btc', { BTC: 0.5, ETH: 0.3, SOL: 0.2 }],
    ['move doge\'s 10% to btc', { BTC: 0.5, ETH: 0.3, SOL: 0.2 }],
    ['put what doge had into eth', { BTC: 0.4, ETH: 0.4, SOL: 0.2 }],
    ['drop doge, its 10% goes to sol', { BTC: 0.4, ETH: 0.3, SOL: 0.3 }],
    ['drop doge and btc gets its share', { BTC: 0.5, ETH: 0.3, SOL: 0.2 }],
  ])('"%s"', (text, weights) => {
    const spec = specAfter([crypto, text]);
    expect(spec.symbols).toEqual(Object.keys(weights));
    expect(spec.portfolio?.weights).toEqual(weights);
    expect(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name)).toEqual(['ema_crossover']);
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2025-11-20' });
  });

  it('a weight written that the holding does not have is refused, not guessed', () => {
    expect(errorAfter([crypto, 'remove doge and give its 15% to BTC'])).toBe('bad_weights');
  });

  it('"its" with no holding dropped changes nothing, and says so', () => {
    expect(specAfter([crypto, 'give its 10% to BTC']).portfolio?.weights).toEqual({ BTC: 0.4, ETH: 0.3, SOL: 0.2, DOGE: 0.1 });
    expect(notesAfter([crypto, 'give its 10% to BTC']).join(' ')).toMatch(/no holding was dropped/);
  });

  it('a receiver we have no data for is named (validation answers unknown_symbol), not ignored', () => {
    expect(specAfter([crypto, 'give doge\'s share to tlt']).portfolio?.weights).toEqual({ BTC: 0.4, ETH: 0.3, SOL: 0.2, TLT: 0.1 });
  });
});

describe('"the first numbers were better" takes the strategy numbers back', () => {
  it.each([
    'meh, the first numbers were better. go back to those',
    'the first numbers were better',
    'the original numbers were better, let\'s go back to them',
    'i liked the original parameters better',
    'hmm the earlier numbers were better. use those again',
    'the previous numbers looked better, put them back',
    'the first settings were better, go back to that',
  ])('"%s"', (text) => {
    const spec = specAfter([...emaTurns, text]);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'ema_crossover', params: { short: 9, long: 21 } }]);
    expect(spec.interval).toBe('4h');
    expect(spec.date_range).toEqual({ start: '2025-01-01', end: '2025-11-20' });
  });

  it('"the earlier dates were better, go back to those" reads the pointing words with the judgement', () => {
    const turns = ['sma crossover on BTC 2020 to 2022', 'now 2023 to 2024'];
    expect(specAfter([...turns, 'the earlier dates were better, go back to those']).date_range).toEqual({ start: '2020-01-01', end: '2022-12-31' });
    expect(notesAfter([...turns, 'the earlier dates were better, go back to those']).join(' ')).not.toMatch(/ignored/);
  });
});

describe('a second holding after "and" shares "keep X at"', () => {
  it('"keep spy at 60% and qqq at 40%" with GLD kept at 20 adds up to 120%: refused', () => {
    expect(errorAfter([stocks, 'keep spy at 60% and qqq at 40%'])).toBe('bad_weights');
    expect(errorAfter([stocks, 'keep spy at 60% and qqq at 40'])).toBe('bad_weights');
  });

  it.each([
    ['drop gld, keep spy at 60% and qqq at 40%', { SPY: 0.6, QQQ: 0.4 }],
    ['keep spy at 60%, qqq at 20%', { SPY: 0.6, QQQ: 0.2, GLD: 0.2 }],
    ['keep spy at 50% and qqq at 30%', { SPY: 0.5, QQQ: 0.3, GLD: 0.2 }],
  ])('"%s"', (text, weights) => {
    expect(specAfter([stocks, text]).portfolio?.weights).toEqual(weights);
  });
});

describe('a ticker-shaped word after "add" in a portfolio follow-up is a symbol', () => {
  it.each(['drop gld, add tlt at 20%', 'add tlt at 20%', 'add 20% tlt', 'include tlt with 10%'])('"%s" names TLT (validation answers unknown_symbol)', (text) => {
    expect(specAfter([stocks, text]).symbols).toContain('TLT');
  });

  it.each(['add cash at 20%', 'add bonds at 20%', 'add more at 20%'])('"%s" names no ticker', (text) => {
    expect(specAfter([stocks, text]).symbols).toEqual(['SPY', 'QQQ', 'GLD']);
  });
});

describe('must not change', () => {
  it('"drop DOGE" alone drops the portfolio, with a note', () => {
    const spec = specAfter([crypto, 'drop DOGE']);
    expect(spec.symbols).toEqual(['BTC', 'ETH', 'SOL']);
    expect(spec.portfolio ?? null).toBeNull();
  });

  it('"bump gold to 30 and take spy down to 40" keeps QQQ at 30', () => {
    expect(specAfter([stocks, 'bump gold to 30 and take spy down to 40']).portfolio?.weights).toEqual({ SPY: 0.4, QQQ: 0.3, GLD: 0.3 });
  });

  it('"add sol at 20%" shrinks the others pro rata', () => {
    expect(specAfter([stocks, 'add sol at 20%']).portfolio?.weights).toEqual({ SPY: 0.4, QQQ: 0.24, GLD: 0.16, SOL: 0.2 });
  });

  it('"the earlier dates were better" and "the old dates were fine" take the window back', () => {
    const turns = ['sma crossover on BTC 2020 to 2022', 'now 2023 to 2024'];
    expect(specAfter([...turns, 'the earlier dates were better']).date_range).toEqual({ start: '2020-01-01', end: '2022-12-31' });
    expect(specAfter([...turns, 'the old dates were fine']).date_range).toEqual({ start: '2020-01-01', end: '2022-12-31' });
  });

  it('"put them back" alone is not read as bringing numbers back', () => {
    expect(specAfter([...emaTurns, 'put them back']).strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'ema_crossover', params: { short: 20, long: 50 } }]);
  });

  it('"add QQQ at 20%, keep SPY at 60 and GLD at 40" keeps the 120% as written', () => {
    expect(specAfter(['hold 60% spy 40% gld 2020 to 2024', 'add QQQ at 20%, keep SPY at 60 and GLD at 40']).portfolio?.weights).toEqual({ SPY: 0.6, GLD: 0.4, QQQ: 0.2 });
  });
});
