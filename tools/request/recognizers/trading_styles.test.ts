import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

describe('trading-style words beside a strategy we have', () => {
  it.each([
    ['scalping eth on the 4h, ema 9/21 since march 2024. taker fee is 0.075% so bake that in', 'ema_crossover'],
    ["I'm scalping btc, test rsi on it for 2024", 'rsi_mean_reversion'],
    ['mostly scalping these days: macd on spy for 2023', 'macd'],
    ['for my scalping, try bollinger bands on eth in 2022', 'bollinger_bands'],
  ])('%s runs the named strategy', (text, strategy) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.spec.strategies.filter((entry) => !entry.baseline).map((entry) => entry.name)).toEqual([strategy]);
    expect(outcome.notes.join(' ')).toContain("'scalping'");
  });

  it('keeps the taker fee beside the style word', () => {
    const outcome = parseRequest('scalping eth on the 4h, ema 9/21 since march 2024. taker fee is 0.075% so bake that in', { today: TODAY });
    expect(outcome.ok && outcome.spec.fees_bps).toBe(7.5);
  });

  it.each([
    'scalping eth 2024',
    'scalping vs buy and hold on btc 2023',
    'a scalping strategy on btc, with macd 2023',
  ])('%s still asks for a strategy we lack (refused as unknown_strategy by validation)', (text) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.strategies.map((entry) => entry.name)).toContain('scalping');
  });
});
