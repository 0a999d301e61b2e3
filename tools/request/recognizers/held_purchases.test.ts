import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

/** A purchase never sold, in everyday words, asks for buy and hold as the user's own strategy (strategies.ts HOLD_TAILS). */
describe('buy and hold described as a purchase never touched', () => {
  it.each([
    'hi, total newbie here. what would have happened if i just bought bitcoin at the beginning of 2020 and never touched it until today?',
    'bought and held ETH since 2019',
    'what if I bought SPY in 2008 and never sold',
    'say I bought some apple in 2015 and left it alone',
    "suppose I bought eth in 2018 and didn't touch it",
  ])('%s', (text) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.strategies).toEqual([{ name: 'buy_and_hold' }]);
    expect(outcome.ok && outcome.notes.join(' ')).not.toContain('no strategy named');
  });

  it('leaves someone else\'s purchase as background beside another strategy', () => {
    const outcome = parseRequest('my dad bought bitcoin in 2017 and never touched it. I want rsi on eth for 2023', { today: TODAY });
    expect(outcome.ok && outcome.spec.strategies.filter((entry) => !entry.baseline).map((entry) => entry.name)).toEqual(['rsi_mean_reversion']);
  });
});
