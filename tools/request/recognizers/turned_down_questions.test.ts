import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function runOf(text: string) {
  const outcome = parseRequest(text, { today: TODAY });
  if (!outcome.ok) return outcome.error.code;
  const { symbols, strategies, date_range: dates } = outcome.spec;
  return { symbols, strategies: strategies.filter((strategy) => !strategy.baseline).map(({ name }) => name), dates };
}

const ETH_SMA_2023 = { symbols: ['ETH'], strategies: ['sma_crossover'], dates: { start: '2023-01-01', end: '2023-12-31' } };

/** A question the writer turns down ("X? no, just Y"): what it named is not run (before: BTC ran beside ETH). */
describe('a question turned down is set aside', () => {
  it.each([
    'get out of crypto the moment btc drops 50%? no just run sma on eth 2023',
    'get out of crypto the moment btc drops 50%? no, just run sma on eth 2023',
    'get out of crypto the moment btc drops 50%? nah, just do sma on eth 2023',
    'get out of crypto the moment btc drops 50%? never mind, just sma on eth 2023',
    // Its rules are declined, not refused.
    'should I add a 5% stop loss on btc? no, just run sma on eth 2023',
    'maybe macd on btc with a trailing stop? forget it, just sma on eth 2023',
    'what about rsi on sol? nah just do sma on eth 2023',
  ])('"%s"', (text) => {
    expect(runOf(text)).toEqual(ETH_SMA_2023);
  });

  it('says what it set aside, and reads the turning-down words', () => {
    const outcome = parseRequest('get out of crypto the moment btc drops 50%? never mind, just sma on eth 2023', { today: TODAY });
    expect(outcome.ok && outcome.notes).toEqual(["read 'btc' as a symbol you turn down: no run uses it"]);
  });

  it.each([
    // Must not change: "no" that asks for nothing instead, or a question answered yes.
    ['is sma any good on btc? no idea, try it 2023', { symbols: ['BTC'], strategies: ['sma_crossover'], dates: { start: '2023-01-01', end: '2023-12-31' } }],
    ['sma on btc 2023? yes, and eth too', { symbols: ['BTC', 'ETH'], strategies: ['sma_crossover'], dates: { start: '2023-01-01', end: '2023-12-31' } }],
  ])('"%s" keeps its reading', (text, run) => {
    expect(runOf(text)).toEqual(run);
  });
});
