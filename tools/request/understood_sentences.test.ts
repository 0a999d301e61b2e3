import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf } from './test_support/spec_of.js';

const TODAY = '2026-01-10';

describe('a follow-up whose request sentence was understood is run, its story noted as ignored', () => {
  it('"A patient of mine (he\'s 70…) asked… Add 10 bps fees and 15 bps slippage" changes the costs', () => {
    const spec = specOf("Interesting. A patient of mine (he's 70, lost 45% in 2008 and never got over it) asked how it would look with real-world costs. Add 10 bps fees and 15 bps slippage, and keep everything else the same.",
      ['Run a Donchian breakout 20/10 on BNB from 2019 to 2023 please.']);
    expect(spec).toMatchObject({ symbols: ['BNB'], fees_bps: 10, slippage_bps: 15, date_range: { start: '2019-01-01', end: '2023-12-31' } });
    expect(spec.notes?.join(' ')).toMatch(/ignored: .*'patient'/);
  });

  it.each([
    ['My buddy Dave has 4 rigs in his garage and swears by mining. Swap the coin to XRP and keep the rest.', ['XRP']],
    ['My sister, who is a dentist with two cats, keeps nagging me. Change the ticker to ETH.', ['ETH']],
    ['Lovely. My neighbour grows tomatoes and thinks crypto is silly. Now try it on SOL.', ['SOL']],
  ])('"%s"', (text, symbols) => {
    expect(specOf(text, ['Test MACD with default settings on LTC since 2019.']).symbols).toEqual(symbols);
  });

  it('a message where nothing meaningful was understood is still not understood', () => {
    const outcome = parseRequest('My neighbour grows tomatoes and his dog barks all night. Wobble the frobnicator gently.', { today: TODAY, history: ['sma on BTC 2022'] });
    expect(!outcome.ok && outcome.error.code).toBe('not_understood');
  });
});
