import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function notesOf(text: string): readonly string[] {
  const outcome = parseRequest(text, { today: TODAY });
  if (!outcome.ok) throw new Error(`${text}: ${outcome.error.message}`);
  return outcome.notes;
}

describe('numbers no strategy takes are noted with what each strategy takes (before: "none of the strategies takes 4 parameter(s)")', () => {
  it.each<[string, string]>([
    ['rsi on btc 2022, both 1/2/3/4', "ignored: '1/2/3/4': rsi_mean_reversion takes 3 (period, lower, upper), not 4"],
    ['rsi and macd on btc 2022, each 1/2/3/4/5', "ignored: '1/2/3/4/5': none of the strategies takes 5 (rsi_mean_reversion: period, lower, upper; macd: fast, slow, signal)"],
    ['sma 20/50 and ema 12/26 on btc 2022, both 5/6/7/8/9', "ignored: '5/6/7/8/9': none of the strategies takes 5 (sma_crossover: short, long; ema_crossover: short, long)"],
  ])('"%s"', (text, note) => expect(notesOf(text)).toContain(note));

  it('numbers a strategy takes are applied, with no such note', () => {
    expect(notesOf('sma and ema on btc 2022, both 30/90').filter((note) => note.includes('takes'))).toEqual([]);
  });
});
