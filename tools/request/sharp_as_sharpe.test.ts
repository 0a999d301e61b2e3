import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { readSharpAsSharpe } from './sharp_as_sharpe.js';
import { tokenize } from './tokenizer.js';

const TODAY = '2025-11-20';

function read(text: string): { targets: Record<string, unknown>; optimise: boolean } {
  const outcome = parseRequest(text, { today: TODAY });
  if (!outcome.ok) throw new Error(`refused: ${outcome.error.message}`);
  return { targets: outcome.spec.targets, optimise: outcome.spec.optimization_required };
}

const sharpened = (text: string) => readSharpAsSharpe(tokenize(text)).tokens.some((token) => token.norm === 'sharpe');

describe('"sharp" before a bound is the Sharpe ratio', () => {
  it.each([
    ['rsi 14 on bitcon with 20/80 levles, last 2 yeras, sharp above 1', '>', 1],
    ['sma 20 50 on btc 2022, sharp > 1.2', '>', 1.2],
    ['sma 20 50 on btc 2022 sharp at least 1.5', '>=', 1.5],
    ['sma 20 50 on btc 2022 with sharp over 2', '>', 2],
    ['sma 20 50 on btc 2022, sharp ratio greater than 1', '>', 1],
    ['sma 20 50 on btc 2022, i want sharp bigger than 0.8', '>', 0.8],
  ])('"%s": sharpe_ratio %s %s, searched for', (text, operator, value) => {
    const { targets, optimise } = read(text);
    expect(targets).toEqual({ sharpe_ratio: { operator, value } });
    expect(optimise).toBe(true);
  });

  it.each([
    'sma 20 50 on btc 2022, exit on a sharp drop',
    'rsi on eth 2023, sell after a sharp fall of 10%',
    'buy btc after a sharp 10% drop in 2022',
    'sma on btc 2022, sharp drop over 20% then exit',
    'the fall was sharp over the summer',
    'btc sharp falls below 30k',
    'a very sharp 5 day rally',
  ])('the adjective stays: "%s"', (text) => {
    expect(sharpened(text)).toBe(false);
  });

  it('the adjective sets no target: "sma 20 50 on btc 2022, exit on a sharp drop"', () => {
    expect(read('sma 20 50 on btc 2022, exit on a sharp drop').targets).toEqual({});
  });
});
