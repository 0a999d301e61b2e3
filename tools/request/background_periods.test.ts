import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function outcomeOf(text: string, today = TODAY) {
  return parseRequest(text, { today });
}

function windowOf(text: string, today = TODAY) {
  const outcome = outcomeOf(text, today);
  return outcome.ok ? outcome.spec.date_range : outcome.error.code;
}

describe('a period said about someone\'s own life is background beside the one window asked for', () => {
  it.each([
    ["I've traded BNB since 2019, roughly 100 trades a year. Could you run RSI on BNB year-to-date?", { start: '2025-01-01', end: TODAY }, "read 'since 2019' as background"],
    ['RSI on BTC selling at 80, 75 was my old setting from last year. Period should be January 2022 to June 2024.', { start: '2022-01-01', end: '2024-06-30' }, "read 'last year' as background"],
    ['Our quant left in September and I am covering for him. Could you optimise momentum on QQQ from 2010 to 2020?', { start: '2010-01-01', end: '2020-12-31' }, "read 'in September' as background"],
    ['My grandfather (92 this year!) asks me about Apple. Run an EMA crossover on AAPL since 2007.', { start: '2007-01-01', end: TODAY }, "read 'this year' as background"],
    ['My brother (hes 42, at the same bank since 2009) says gold is safe. Can you test buy and hold on GLD from 2006 to 2016?', { start: '2006-01-01', end: '2016-12-31' }, "read 'since 2009' as background"],
    ['My dad bought Solana at the very beginning, in January 2019, and is proud of it. Show me buy and hold of SOL from 2020 to 2023.', { start: '2020-01-01', end: '2023-12-31' }, "read 'in January 2019' as background"],
  ])('%s', (text, window, note) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec.date_range).toEqual(window);
    expect(outcome.ok && outcome.notes.join('\n')).toContain(note);
  });

  it('leaves the real range to be judged on its own (a future end is then refused by validation)', () => {
    expect(windowOf("I'm planning for my retirement in 2030. Can you backtest SMA on BTC from January 2023 through December 2025?")).toEqual({ start: '2023-01-01', end: '2025-12-31' });
  });

  it('is the window when it is the only period written', () => {
    expect(windowOf("I've traded BNB since 2019. Run RSI on BNB.")).toEqual({ start: '2019-01-01', end: TODAY });
  });

  it.each([
    // The clause asks for the run: a wish for a test, a window noun, the assistant addressed.
    'I want to test SMA on BTC for 2022, and my colleague wants 2023.',
    'SMA on BTC 2019. I think 2021 is better.',
    'SMA on BTC 2019, my test period is 2021.',
    "I'd like to see SMA on BTC for 2020, and could you run 2022 as well?",
    // A parenthesis is read with its clause: here one that asks for the run.
    'Run SMA on BTC for 2019 (and I want 2021 too)',
    // Two periods in clauses that both ask for something.
    'SMA on BTC in 2019 and 2022',
    'RSI on ETH for H1 2021 and H1 2023',
  ])('two periods the request asks for stay refused: %s', (text) => {
    expect(windowOf(text)).toBe('several_periods');
  });

  it('sets nothing aside when the window is written only as one edge', () => {
    // "since 2019" may be where the run starts: applied together, they make one window.
    expect(windowOf("I've held BNB since 2019. Run RSI on BNB until 2022.")).toEqual({ start: '2019-01-01', end: '2022-12-31' });
  });
});

describe('a period still to come is background when another sentence gives the window', () => {
  it.each([
    ["We're looking at a crypto sleeve for next year. Use buy and hold on BTC 2021 through 2024.", "read 'for next year' as background, not the test period: it is still to come"],
    ['Our club votes next month on crypto. Please compare SMA and MACD on BTC from 2020 through 2024.', "read 'next month' as background"],
  ])('%s', (text, note) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: text.includes('2021') ? '2021-01-01' : '2020-01-01', end: '2024-12-31' });
    expect(outcome.ok && outcome.notes.join('\n')).toContain(note);
  });

  it('in the window\'s own sentence it is a second period, refused', () => {
    expect(windowOf('SMA on BTC for 2024 and the next 6 months')).toBe('several_periods');
  });

  it('alone it is the window (refused by validation as future dates)', () => {
    expect(windowOf('SMA on BTC next year. Use 20/50.')).toEqual({ start: '2025-11-21', end: '2026-11-20' });
  });
});

describe('an event named by its year after "the" is background inside the window', () => {
  it.each([
    ['SMA on SPY from 2000 to 2020, to see whether it kept me out of the 2008 mess', '2008 mess'],
    ['btc golden cross 2016-2020, want to see the 2017 run', '2017 run'],
    ['SMA on SPY from 2000 to 2020 through the 2008 financial crisis', '2008 financial crisis'],
  ])('%s', (text, event) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.notes).toContain(`read '${event}' as background: it lies inside the window asked for`);
  });

  it('outside the window it is a second period, and without "the" the word is no event', () => {
    expect(windowOf('SMA on SPY 2010-2015 and the 2008 mess')).toBe('several_periods');
    expect(windowOf('SMA on SPY 2017, run it with 20/50')).toEqual({ start: '2017-01-01', end: '2017-12-31' });
  });
});
