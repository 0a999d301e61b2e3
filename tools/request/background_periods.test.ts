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

describe('a period told as part of the story is background beside the window the request asks for', () => {
  it.each([
    // What happened, to the writer, to someone else or to a market, in a clause that asks for nothing.
    ['A couple of my clients got burned in 2022 when the Nasdaq fell 33%. Please run EMA 10/30 on QQQ from 2007 to 2023.', { start: '2007-01-01', end: '2023-12-31' }, 'in 2022'],
    ['The market crashed in March 2020 and never looked back. Could you test SMA on SPY from 2015 to 2019?', { start: '2015-01-01', end: '2019-12-31' }, 'in March 2020'],
    ['Bitcoin tanked in 2022, so please try RSI on BTC from 2019 to 2024.', { start: '2019-01-01', end: '2024-12-31' }, 'in 2022'],
    ['He never sold once, not even in March 2020 when it dropped 34%. Could you test buy and hold on SPY from 2005 to 2024?', { start: '2005-01-01', end: '2024-12-31' }, 'in March 2020'],
    ['I lost a lot in the 2008 crash. Run SMA on SPY from 2010 to 2015.', { start: '2010-01-01', end: '2015-12-31' }, '2008 crash'],
    // A new subject after "and" starts a clause of its own; so does a parenthesis with one.
    ["I read about it in a book from 1987 and I'd like to try it. Run RSI on SPY for 2022.", { start: '2022-01-01', end: '2022-12-31' }, 'from 1987'],
    ["My mentor (he's traded since 1995 and ran a desk for years) told me to test SMA on MSFT from 2012 through 2022.", { start: '2012-01-01', end: '2022-12-31' }, 'since 1995'],
    // A sentence that speaks of someone and names nothing to run.
    ['Our meeting this month is all about Apple, and we lost money in 2022. Optimise Bollinger on AAPL over the last 5 years.', { start: '2020-11-20', end: TODAY }, 'this month'],
  ])('%s', (text, window, written) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec.date_range).toEqual(window);
    expect(outcome.ok && outcome.notes).toContain(`read '${written}' as background, not the test period: it is part of the story you tell, not of what to run`);
  });

  it.each([
    ['A client sold her house in 2021 and wants to understand the risk. Please backtest SMA on MSFT from 2010 to 2024.', { start: '2010-01-01', end: '2024-12-31' }, 'in 2021'],
    ['One of my clients wants to know how momentum would have handled 2008, when his 401(k) fell 40%. Please run momentum on SPY from 2007-07-01 to 2009-12-31.', { start: '2007-07-01', end: '2009-12-31' }, '2008'],
  ])('told beside a word that may ask, it is background inside the window of another sentence: %s', (text, window, written) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec.date_range).toEqual(window);
    expect(outcome.ok && outcome.notes).toContain(`read '${written}' as background, not the test period: it is part of the story you tell, not of what to run, and it lies inside the window asked for`);
  });

  it.each([
    // Asked about, not told: no narrative verb ("did"), or in the window's own sentence.
    'A client wants to know how SMA did in 2008. Please run it on SPY from 2010 to 2012.',
    'Please run SMA on SPY from 2007 to 2009 and show me how it did when it crashed in 2008',
    // Listed beside another period, or asked as a question.
    'SMA on BTC for 2019, and 2021 when it crashed',
    'Which was better for SMA on BTC, 2021 when it crashed or 2022?',
    'Compare MACD on BTC in 2021 and in 2022, which year is better?',
    // Told beside a word that may ask, outside the window.
    'A client sold her house in 2005 and wants to understand the risk. Please backtest SMA on MSFT from 2010 to 2024.',
  ])('periods the request asks for stay several: %s', (text) => {
    expect(windowOf(text)).toBe('several_periods');
  });
});

describe('a follow-up that writes no window keeps the conversation\'s beside a period of someone\'s story', () => {
  function followUpOf(text: string, history: string[]) {
    return parseRequest(text, { today: TODAY, history });
  }

  it.each([
    ['Add a max drawdown of 20%, since I panicked and sold at the bottom in 2008.', ['Run golden cross on SPY from 2000 to 2024'], { start: '2000-01-01', end: '2024-12-31' }, 'in 2008'],
    ['He always said the 1980 top took 28 years to get back to. Try Bollinger instead.', ['RSI on GLD from 2015 through 2024'], { start: '2015-01-01', end: '2024-12-31' }, '1980 top'],
    ['My brother lost a lot in 2021. Run it on BTC.', ['SMA on ETH 2022'], { start: '2022-01-01', end: '2022-12-31' }, 'in 2021'],
    ["My buddy, who's been mining since 2014 and has 4 rigs in his garage, says to look at XRP. Run it on XRP.", ['SMA on ETH 2022'], { start: '2022-01-01', end: '2022-12-31' }, 'since 2014'],
  ])('%s', (text, history, window, written) => {
    const outcome = followUpOf(text, history);
    expect(outcome.ok && outcome.spec.date_range).toEqual(window);
    expect(outcome.ok && outcome.notes).toContain(`read '${written}' as background, not the test period: it is part of the story you tell, not of what to run`);
  });

  it.each([
    ['Now show me how it did when it crashed in 2021', { start: '2021-01-01', end: '2021-12-31' }],
    ['now 2019', { start: '2019-01-01', end: '2019-12-31' }],
    ['I traded it in 2019. now 2020', { start: '2020-01-01', end: '2020-12-31' }],
  ])('a period the follow-up asks for still moves the window: %s', (text, window) => {
    expect(followUpOf(text, ['SMA on ETH 2022'])).toMatchObject({ ok: true, spec: { date_range: window } });
  });
});

describe('a period turned down beside one window written as its two edges (after a correction) is background', () => {
  it.each([
    ["BNB was around $30 when I first heard of it, and my old colleague said exchange tokens were a scam. I'm not interested in the 2017 or 2018 years, the data back then is thin anyway. Run bollinger bands with a 20 period and 2.5 standard deviations on BNB from 2019 — actually, make that 2020 — up to now.", { start: '2020-01-01', end: TODAY }],
    ["I'm not interested in 2017 or 2018. Run bollinger bands on BNB from 2019 — actually, make that 2020 — up to now.", { start: '2020-01-01', end: TODAY }],
    ['I do not want 2017 or 2018. Run RSI on ETH since 2019, no wait, since 2020, up to today.', { start: '2020-01-01', end: TODAY }],
  ])('"%s" runs over %j', (text, window) => {
    expect(windowOf(text)).toEqual(window);
  });

  it('must not change: two periods asked for are still several', () => {
    expect(windowOf('Run SMA on ETH for 2021 vs 2022.')).toBe('several_periods');
  });
});

describe('one word of holding in a story ("has held Microsoft since 2005") tells what someone did, so its period is background', () => {
  it.each([
    ["My colleague, 50, has held Microsoft since 2005 and thinks intraday trading is a mug's game. I don't want daily results, I've already seen those. Run a 20/50 SMA crossover on MSFT for 2024.", { start: '2024-01-01', end: '2024-12-31' }],
    ['My dad, 70, has held gold since 2008 and never sold. Run RSI on GLD for 2023.', { start: '2023-01-01', end: '2023-12-31' }],
    ['My aunt has held Apple since 2010 and loves it. Test MACD on AAPL for 2022.', { start: '2022-01-01', end: '2022-12-31' }],
  ])('"%s" runs over %j', (text, window) => {
    expect(windowOf(text)).toEqual(window);
  });

  it('must not change: buy and hold named in a story sentence keeps its period', () => {
    expect(windowOf('Buy and hold on BTC from 2019 to 2021 is what I mean. Compare it with SMA.')).toEqual({ start: '2019-01-01', end: '2021-12-31' });
  });
});

describe('a story period beside the window keeps its own note', () => {
  it('"how it handled the 2022 crash" is read inside the window', () => {
    expect(windowOf('ema cross on qqq 2018 through 2024, I want to see how it handled the 2022 crash')).toEqual({ start: '2018-01-01', end: '2024-12-31' });
  });
});
