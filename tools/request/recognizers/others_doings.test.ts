import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function outcomeOf(text: string, history: string[] = []) {
  return parseRequest(text, { today: TODAY, history });
}

function windowOf(text: string) {
  const outcome = outcomeOf(text);
  return outcome.ok ? outcome.spec.date_range : outcome.error.code;
}

describe('what someone else does ("who runs a group", "runs a grid bot") asks for nothing: their period is the story\'s', () => {
  it.each([
    ['My friend who runs a Telegram signals group swears shorting SOL in 2023 was free money. I don\'t want shorts at all, long only, because my account doesn\'t allow it. Run donchian breakout with the standard 20/10 on solana for H1 2023.', { start: '2023-01-01', end: '2023-06-30' }],
    // Neighbours.
    ['A trader who uses MACD swears ETH doubled in 2021. Run RSI on ETH for Q1 2021.', { start: '2021-01-01', end: '2021-03-31' }],
    ['My brother who tests everything claims BTC was easy money in 2020. Test SMA 20/50 on BTC for H2 2020.', { start: '2020-07-01', end: '2020-12-31' }],
    ['My neighbour runs a hedge fund and says 2022 was brutal. Run MACD on SPY for Q4 2022.', { start: '2022-10-01', end: '2022-12-31' }],
  ])('"%s" runs over %j', (text, window) => {
    expect(windowOf(text)).toEqual(window);
  });

  it('a clause opened by "who\'s" is told of someone else, and its words do not make the follow-up not understood', () => {
    const outcome = outcomeOf("My partner, who's been skeptical ever since she watched me lose $3k on LUNA in 2022, asked what happens if we do the exact same thing on ether instead. I don't want to change the dates or the settings. Just swap the coin.", ['run sma 20/50 on btc for 2023']);
    expect(outcome).toMatchObject({ ok: true, spec: { symbols: ['ETH'], strategies: [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, {}], date_range: { start: '2023-01-01', end: '2023-12-31' } } });
  });

  it('neighbour: "whos" without the apostrophe', () => {
    expect(outcomeOf('My uncle, whos been holding DOGE since 2021, laughed. Run RSI on ETH for 2023.')).toMatchObject({ ok: true, spec: { symbols: ['ETH'] } });
  });
});

describe('must not change: the writer asks', () => {
  it.each([
    ['I have a friend who wants me to test ETH. Run SMA 20/50 on it for 2022.', ['ETH']],
    ['Run SMA 20/50 on BTC for 2022.', ['BTC']],
  ])('"%s" runs %j', (text, symbols) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { symbols } });
  });
  it('a lone period in a story about someone is still the window when nothing else names one', () => {
    expect(windowOf('My friend who runs a fund wants SMA 20/50 on BTC in 2021.')).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
});
