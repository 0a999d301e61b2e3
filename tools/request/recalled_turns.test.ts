import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

const TODAY = '2025-11-20';

const specAfter = specsAfterTurnsOn(TODAY);

const userStrategies = (spec: ReturnType<typeof specAfter>) => spec.strategies.filter((strategy) => !('baseline' in strategy));

describe('what the first message set, pointed back to, comes back, and the rest of the message applies on top', () => {
  const donchianThenHold = ['donchian 55/20 on btc 2020-2022, 10k starting capital, 10 bps fees', 'try buy and hold on spy for 2015 instead'];

  it.each([
    'ok use the settings from my first message but on eth',
    'use the setup from the first one, on eth',
    'same as the original request but on eth',
    'go back to the settings in my original message but on eth',
    'everything from my first message, on eth',
  ])('"%s": the first run\'s strategy, window and costs, on ETH (before: not understood)', (text) => {
    const spec = specAfter([...donchianThenHold, text]);
    expect([spec.symbols, userStrategies(spec), spec.date_range, spec.initial_capital, spec.fees_bps]).toEqual([
      ['ETH'], [{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }], { start: '2020-01-01', end: '2022-12-31' }, 10000, 10,
    ]);
  });

  const emaThenSma = ['ema 9/21 on btc 1h for january 2024', 'try sma 20/50', 'now on eth'];

  it.each([
    'ok back to the ema from my first message, keep eth',
    'use the ema from the original request',
    'go back to the ema from my first msg',
  ])('"%s": the ema with the first message\'s numbers and bars, not the sma\'s (before: ema 20/50)', (text) => {
    const spec = specAfter([...emaThenSma, text]);
    expect([spec.symbols, userStrategies(spec), spec.interval, spec.date_range]).toEqual([
      ['ETH'], [{ name: 'ema_crossover', params: { short: 9, long: 21 } }], '1h', { start: '2024-01-01', end: '2024-01-31' },
    ]);
  });

  it('"the strategy from the original request" brings back its strategy and bars, not its symbol', () => {
    const spec = specAfter(['ema 9/21 on btc 1h for january 2024', 'try sma 20/50 on 4h', 'now on eth', 'use the strategy from the original request']);
    expect([spec.symbols, userStrategies(spec), spec.interval]).toEqual([['ETH'], [{ name: 'ema_crossover', params: { short: 9, long: 21 } }], '1h']);
  });

  it('a strategy the first message did not run keeps its settings, and says so', () => {
    const outcome = parseRequest('the macd from my first message', { today: TODAY, history: emaThenSma });
    expect(outcome.ok && outcome.notes).toContain('the first message did not run macd: it keeps the settings it has now');
  });

  const momentumWindows = ['momentum 90 on spy 2000-2010', 'now 2010-2020', '2020-2024 on qqq'];

  it.each([
    ['hmm go back to the first period but with a 120 day lookback', ['QQQ'], { lookback: 120 }],
    ['use the original dates again', ['QQQ'], { lookback: 90 }],
    ['the dates from my first message, on spy', ['SPY'], { lookback: 90 }],
    ['back to the initial window', ['QQQ'], { lookback: 90 }],
  ])('"%s": the first message\'s window, not the one before the last change (before: first ignored)', (text, symbols, params) => {
    const spec = specAfter([...momentumWindows, text]);
    expect([spec.symbols, userStrategies(spec)[0]?.params, spec.date_range]).toEqual([symbols, params, { start: '2000-01-01', end: '2010-12-31' }]);
  });

  it('"back to the coin from the first one" brings back the first symbols only', () => {
    const spec = specAfter(['momentum 90 on spy 2000-2010', 'now qqq 2010-2020', 'back to the coin from the first one']);
    expect([spec.symbols, spec.date_range]).toEqual([['SPY'], { start: '2010-01-01', end: '2020-12-31' }]);
  });
});

describe('neighbours that keep reading as before', () => {
  it('"go back to the previous settings" still undoes only the last message', () => {
    const spec = specAfter(['sma 20/50 on btc 2022', 'make it 10/30', 'now 2023', 'go back to the previous settings']);
    expect([userStrategies(spec)[0]?.params, spec.date_range?.start]).toEqual([{ short: 10, long: 30 }, '2022-01-01']);
  });

  it('"the first one 8/21" is still a place in the list of strategies', () => {
    const spec = specAfter(['sma 20/50 vs ema 12/26 on btc 2022', 'the first one 8/21']);
    expect(userStrategies(spec)).toEqual([{ name: 'sma_crossover', params: { short: 8, long: 21 } }, { name: 'ema_crossover', params: { short: 12, long: 26 } }]);
  });

  it('in a first message there is nothing to bring back, and a note says so', () => {
    const outcome = parseRequest('sma on btc 2022 with the settings from my first message', { today: TODAY });
    expect(outcome.ok && outcome.notes.some((note) => note.includes('there is no earlier message'))).toBe(true);
  });
});
