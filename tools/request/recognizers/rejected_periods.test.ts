import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { PHRASE_TEST_TODAY } from '../test_support/spec_of.js';

function windowOf(text: string) {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY });
  return outcome.ok ? outcome.spec.date_range : outcome.error.code;
}

describe('a period in a sentence that tells a story and asks nothing is background', () => {
  it.each([
    ['Hi Dana,\n\nThanks for sending over the Q3 deck, the slide on rates was great. Quick ask: could you run the standard MACD on QQQ from 2015 through 2020?', '2015-01-01', '2020-12-31'],
    ['Loved the 2023 review, the charts were great. Could you run RSI on SPY for 2019?', '2019-01-01', '2019-12-31'],
    ['The January numbers were rough for the team. Please backtest EMA 12/26 on BTC from 2020 to 2022.', '2020-01-01', '2022-12-31'],
    ['Last meeting Bob pitched microsoft with a golden cross and got laughed out of the room because of the 2022 drawdown. RSI on MSFT for Q2 2023, please.', '2023-04-01', '2023-06-30'],
    ['My coworker swears the death cross on ether called the exact bottom in June 2022. Can you run the death cross on ETH for 2023?', '2023-01-01', '2023-12-31'],
    ['I know it sounds silly, but my brother claims SMA nailed 2020. Test SMA 20/50 on BTC for 2021.', '2021-01-01', '2021-12-31'],
  ])('%s', (text, start, end) => {
    expect(windowOf(text)).toEqual({ start, end });
  });
});

describe('a period the writer turns down is not asked for', () => {
  it.each([
    ["I don't want to look at 2022 again, too painful. Can you run the death cross on ETH for 2023 instead?", '2023-01-01', '2023-12-31'],
    ["I never want to see 2008 again. Run buy and hold on SPY from 2010 to 2015.", '2010-01-01', '2015-12-31'],
    ["I'm not interested in 2020. Backtest RSI on ETH for 2021.", '2021-01-01', '2021-12-31'],
    ["Honestly I don't really want to test 2018, run MACD on BTC for 2019.", '2019-01-01', '2019-12-31'],
  ])('%s', (text, start, end) => {
    expect(windowOf(text)).toEqual({ start, end });
  });

  it('notes the period set aside', () => {
    const outcome = parseRequest("I don't want to look at 2022 again. Run SMA on ETH for 2023.", { today: PHRASE_TEST_TODAY });
    expect(outcome.ok && outcome.notes.join('\n')).toContain("read '2022' as background, not the test period: you said you do not want it");
  });
});

describe('must not change: periods the request asks for', () => {
  it.each([
    // The story sentence names the strategy to run: its period is the request's.
    ["My grandpa, who's been investing since the 70s, only looks at weekly charts. I'm not that patient, so keep it on daily bars: SMA 10/40 on gold from 2010 to 2020.", { start: '2010-01-01', end: '2020-12-31' }],
    // A clause that asks is the writer's, whatever it quotes ("his claims").
    ["He posted his system: a channel breakout on BNB. I'd like to check his claims for H2 2024 specifically.", { start: '2024-07-01', end: '2024-12-31' }],
    // A period turned down with nothing else written stays the one window.
    ["I don't want to look at 2022 with SMA on BTC.", { start: '2022-01-01', end: '2022-12-31' }],
  ])('%s', (text, window) => {
    expect(windowOf(text)).toEqual(window);
  });

  it.each([
    'SMA on BTC in 2019 and 2022',
    'I want to test SMA on BTC for 2022, and my colleague wants 2023.',
    'Run SMA on BTC for 2019 (and I want 2021 too)',
  ])('two periods asked for stay refused: %s', (text) => {
    expect(windowOf(text)).toBe('several_periods');
  });
});
