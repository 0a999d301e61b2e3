import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from './test_support/spec_of.js';

const held = ['hold 50% spy 30% qqq 20% gld 2020 to 2024'];
const coins = ['rsi on btc and eth 2022', 'add sol and ada'];
const tenK = ['eth momentum 30 day lookback, start with 10k'];

describe('a dropped holding leaves the portfolio before the new weights apply', () => {
  it.each([
    'drop gld, bump spy to 60% and qqq to 40%',
    'drop gld, bump spy to 60 and qqq to 40',
    'drop gld and make it spy 60 qqq 40',
    'remove gld and set spy to 60, qqq to 40',
    'drop gld, bump spy to 60%',
    'drop gld, bump spy to 60',
  ])('"%s" holds SPY 60 / QQQ 40', (text) => {
    const spec = specOf(text, held);
    expect(spec.symbols).toEqual(['SPY', 'QQQ']);
    expect(spec.portfolio?.weights).toEqual({ SPY: 0.6, QQQ: 0.4 });
  });

  it('a second holding after "and" shares the verb: "bump spy to 60 and qqq to 40" keeping GLD must add up', () => {
    const outcome = parseRequest('bump spy to 60 and qqq to 40', { today: PHRASE_TEST_TODAY, history: held });
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('bad_weights');
  });
});

describe('a held symbol judged in a follow-up is no new list', () => {
  it.each([
    'ADA was bad, drop it',
    'ADA was bad, the other coins were fine, drop ADA',
    'ada did terribly so remove it',
    'ADA looked awful, get rid of it',
    'ada has been really weak, just drop it',
  ])('"%s" runs BTC, ETH, SOL', (text) => {
    expect(specOf(text, coins).symbols).toEqual(['BTC', 'ETH', 'SOL']);
  });

  it('a judgement alone changes nothing and says so', () => {
    const outcome = parseRequest('ADA was bad', { today: PHRASE_TEST_TODAY, history: coins });
    expect(outcome.ok && outcome.spec.symbols).toEqual(['BTC', 'ETH', 'SOL', 'ADA']);
    expect(outcome.ok && outcome.notes.some((note) => note.includes('what you think of ADA'))).toBe(true);
  });
});

describe('"the cash" after a verb that changes it is the starting capital', () => {
  it.each<[string, number]>([
    ['bump the cash to 50k', 50000],
    ['up the starting cash to 20k', 20000],
    ['make the cash 25000', 25000],
    ['set my cash at 30k', 30000],
    ['raise the capital to 50k', 50000],
  ])('"%s" starts with %d', (text, capital) => {
    expect(specOf(text, tenK).initial_capital).toBe(capital);
  });
});

describe('must not change', () => {
  it('"drop ADA" alone drops ADA', () => {
    expect(specOf('drop ADA', coins).symbols).toEqual(['BTC', 'ETH', 'SOL']);
  });

  it('"bump gold to 30 and take spy down to 40" keeps QQQ at 30', () => {
    expect(specOf('bump gold to 30 and take spy down to 40', held).portfolio?.weights).toEqual({ SPY: 0.4, QQQ: 0.3, GLD: 0.3 });
  });

  it('"take sol down to 10" beside 50/30 is refused', () => {
    const outcome = parseRequest('take sol down to 10', { today: PHRASE_TEST_TODAY, history: ['btc 50 eth 30 sol 20, since 2022'] });
    expect(outcome.ok ? 'ok' : outcome.error.code).toBe('bad_weights');
  });

  it('"add sol at 20%" on a portfolio holding SOL at 20% leaves it as it was', () => {
    expect(specOf('add sol at 20%', ['btc 50 eth 30 sol 20, since 2022']).portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.3, SOL: 0.2 });
  });

  it('"drop gld" alone drops the portfolio', () => {
    const spec = specOf('drop gld', held);
    expect(spec.symbols).toEqual(['SPY', 'QQQ']);
    expect(spec.portfolio ?? null).toBeNull();
  });

  it('"bump spy to 40%" moves the others pro rata', () => {
    expect(specOf('bump spy to 40%', held).portfolio?.weights).toEqual({ SPY: 0.4, QQQ: 0.36, GLD: 0.24 });
  });

  it('a judged symbol in a first message is still the symbol: "BTC did well, run sma on it for 2022"', () => {
    expect(specOf('BTC did well, run sma on it for 2022').symbols).toEqual(['BTC']);
  });
});
