import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function optimisesWithNotes(text: string): { optimise: boolean; notes: readonly string[] } {
  const outcome = parseRequest(text, { today: TODAY });
  if (!outcome.ok) throw new Error(`refused: ${outcome.error.message}`);
  return { optimise: outcome.spec.optimization_required, notes: outcome.notes };
}

describe('spelling corrections reach grammar words, never everyday words beside them', () => {
  it.each(['I missed the whole thing, which still stings. Can you backtest MACD on SOL for 2023?', 'btc macd 2023, that stings', 'eth rsi 2022 once the dust settles'])(
    '"%s" searches nothing and corrects nothing', (text) => {
      const { optimise, notes } = optimisesWithNotes(text);
      expect(optimise).toBe(false);
      expect(notes.some((note) => note.startsWith('read '))).toBe(false);
    },
  );

  it('a real slip is still read: "find the best sma setings on btc 2022"', () => {
    const { optimise, notes } = optimisesWithNotes('find the best sma setings on btc 2022');
    expect(optimise).toBe(true);
    expect(notes).toContain("read 'setings' as 'settings'");
  });
});
