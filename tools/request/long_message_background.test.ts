import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { parseMemoryQuestion } from './recognizers/memory_question.js';

const TODAY = '2025-11-20';

function outcomeOf(text: string, history: string[] = []) {
  return parseRequest(text, { today: TODAY, history });
}

describe('an unknown word in capitals beside a named instrument is background, not a ticker', () => {
  it('"a bot running on a VPS … trades ETH" runs ETH and notes VPS as ignored (before: unknown symbol VPS)', () => {
    const outcome = outcomeOf('I have a bot running on a VPS and it trades ETH. Test SMA on ETH for 2024.');
    expect(outcome).toMatchObject({ ok: true, spec: { symbols: ['ETH'] } });
    expect(outcome.ok && outcome.notes.join(' ')).toContain('VPS');
  });

  it.each([
    ['SMA on PEPE for 2024', ['PEPE']],
    ['compare SMA on PEPE and ETH for 2024', ['PEPE', 'ETH']],
    ['test PEPE with sma for 2024', ['PEPE']],
  ])('"%s" keeps the unknown ticker where a symbol stands', (text, symbols) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { symbols } });
  });
});

describe('a sentence of background beside a follow-up does not make it not understood', () => {
  it('"also run it on Nvidia for the same year? Everyone at work is obsessed with that stock." runs NVDA', () => {
    expect(outcomeOf('Nice, could you also run it on Nvidia for the same year? Everyone at work (there are 14 of us) is obsessed with that stock.', ['Run a 12/26 ema crossover on ETH in 2021']))
      .toMatchObject({ ok: true, spec: { symbols: ['ETH', 'NVDA'] } });
  });

  it('"the 4 hour chart? Daily is too slow" asks for 4h bars; the judged "daily" sets no interval', () => {
    const outcome = outcomeOf('Now could you do the same thing on the 4 hour chart? Daily is too slow for what I am planning.', ['SMA 20/50 on ETH 2019-2023']);
    expect(outcome).toMatchObject({ ok: true, spec: { interval: '4h' } });
  });

  it('"daily bars" alone still asks for daily bars', () => {
    expect(outcomeOf('SMA on ETH 2023 on daily bars')).toMatchObject({ ok: true, spec: { symbols: ['ETH'] } });
    expect(outcomeOf('SMA on ETH 2023 on daily bars, hourly is too noisy')).toMatchObject({ ok: true });
  });
});

describe('life-story words are not strategy names', () => {
  it('"I personally can\'t handle strategies with low win rates" names no strategy "handle"', () => {
    const outcome = outcomeOf("I can't handle strategies with low win rates. Tune RSI on MSFT from 2010 to 2020.");
    expect(outcome.ok && outcome.spec.strategies.map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion', 'buy_and_hold']);
  });

  it('"test the ichimoku strategy" still names an unknown strategy', () => {
    const outcome = outcomeOf('test the ichimoku strategy on BTC 2022');
    expect(outcome.ok && outcome.spec.strategies[0]?.name).toBe('ichimoku');
  });
});

describe('a correction whose reason names the value taken back', () => {
  it('"from 2015 — no wait, from 2016, 2015 was a weird year — until the end of 2020" runs 2016 to 2020', () => {
    expect(outcomeOf('Test Bollinger bands on GLD from 2015 — no wait, from 2016, 2015 was a weird year for gold — until the end of 2020.'))
      .toMatchObject({ ok: true, spec: { date_range: { start: '2016-01-01', end: '2020-12-31' } } });
  });

  it('another year after the correction is still read as a period', () => {
    expect(outcomeOf('SMA on GLD from 2015 — no wait, from 2016, and 2018 too')).toMatchObject({ ok: true });
  });
});

describe('a value given to a parameter named after it', () => {
  it.each([
    ['Bollinger on XRP in 2021. Please use 1.5 for the standard deviation.', { std_dev: 1.5 }],
    ['Bollinger on XRP in 2021, set 25 for the period', { period: 25 }],
  ])('"%s"', (text, params) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec.strategies[0]?.params).toEqual(params);
  });

  it('"1.5 for the std" without a verb of choosing is not read as a setting', () => {
    const outcome = outcomeOf('Bollinger on XRP in 2021, 1.5 for the std');
    expect(outcome.ok && outcome.spec.strategies[0]?.params).toBeUndefined();
  });
});

describe('costs said as what a bank or broker charges', () => {
  it.each([
    ['SMA on ETH 2022. My bank charges 0.15% for each trade.', 15],
    ['SMA on ETH 2022, my broker charges 5 bps per trade', 5],
    ['SMA on ETH 2022, I pay 0.1% a trade', 10],
  ])('"%s" → %i bps', (text, bps) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { fees_bps: bps } });
  });
});

describe('dates after "instead of" are the ones replaced', () => {
  it('"make the end date 2024 instead of 2023" keeps the start and moves the end', () => {
    expect(outcomeOf('make the end date 2024 instead of 2023', ['RSI on QQQ from 2018 to 2023']))
      .toMatchObject({ ok: true, spec: { date_range: { start: '2018-01-01', end: '2024-12-31' } } });
  });
});

describe('optimisation requests around a life story are not memory questions', () => {
  it.each([
    'Long story short, my planner says I need 12% a year. Is there a MACD setting on QQQ since 2005 with a CAGR of at least 12%? Please find the best settings.',
    'I lost about a third of my account in 2022. So please find the best Bollinger settings on ETH from 2023 to 2025.',
    "I've held Ether for 3 years; what's the best RSI setting on ETH in 2024?",
  ])('"%s" stays a request', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });

  it.each([
    ['my best MACD run on ETH', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'ETH', strategy: 'macd' } }],
    ["what's the highest calmar I've gotten in the past 30 days?", { tool: 'best_experiment', args: { metric: 'calmar_ratio', days: 30 } }],
  ])('"%s" is still a memory question', (text, question) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(question);
  });

  it('recency comes from the sentence that asks, not from the story after it', () => {
    expect(parseMemoryQuestion('Could you list my last 5 experiments on bitcoin? I think I made about 30 in total this year.', TODAY))
      .toStrictEqual({ tool: 'list_experiments', args: { limit: 5, symbol: 'BTC' } });
    expect(parseMemoryQuestion('list my bitcoin experiments from this year', TODAY))
      .toStrictEqual({ tool: 'list_experiments', args: { limit: 10, symbol: 'BTC', days: 365 } });
  });
});

describe('"SR" is the Sharpe ratio, not a ticker', () => {
  it('"optimise sma on btc 2020-2023. max dd 25%, SR>=1.2" targets both', () => {
    expect(outcomeOf('optimise sma on btc 2020-2023. max dd 25%, SR>=1.2')).toMatchObject({
      ok: true, spec: { symbols: ['BTC'], targets: { max_drawdown: { operator: '>=', value: -0.25 }, sharpe_ratio: { operator: '>=', value: 1.2 } } },
    });
  });
});
