import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

function specOf(text: string): { targets: unknown; optimise: unknown } | string {
  const outcome = parseRequest(text, { today: '2025-11-20' });
  return outcome.ok ? { targets: outcome.spec.targets, optimise: outcome.spec.optimization_required } : outcome.error.code;
}

/**
 * Dread of the user's own money falling ("I'll lose sleep if the account drops more than 20%") is a
 * drawdown limit, max_drawdown >= -x, as a refusal of that fall is; a target turns the search on.
 */
describe('a drawdown limit said as a fear', () => {
  it.each([
    // Before: no target, and the words ignored.
    ["I'm fairly new to this so bear with me. I'd like to try a donchian breakout on ethereum for 2023, but honestly I'll lose sleep if the account ever drops more than 20% from its peak, so please keep that in mind when you pick the settings.", -0.2],
    ["sma on btc for 2022, I'd freak out if down more than 15%", -0.15],
    ["sma on btc for 2022, I'd panic below -25%", -0.25],
    ["sma on btc for 2022, I can't handle the account falling 30% from the top", -0.3],
    ["rsi on eth 2021, I'd get nervous if my portfolio sank more than a quarter off its high", -0.25],
    ['macd on spy 2020-2023, i would have a heart attack if we\'re ever down over 35%', -0.35],
    ["ema 12/26 on sol since 2022: if the account is down more than 30% from the top I'd honestly freak out", -0.3],
    ['bollinger on gold 2019-2021, my wife would go crazy if our savings ever fell by more than 10%', -0.1],
    ["sma on btc 2022, I'd hate it if my portfolio dropped more than 12%", -0.12],
    ["sma on btc 2022, I don't want the account to fall more than 20% from the top", -0.2],
    // A refusal to watch the fall: before, no target and "afford", "account" ignored.
    ["I'm saving for a house, so I can't afford to see my account drop by more than fifteen percent. Bollinger on SPY over the past five years.", -0.15],
    ["sma on btc 2022, I can't bear to watch my portfolio fall more than 20% from the top", -0.2],
  ])('"%s"', (text, depth) => {
    expect(specOf(text)).toEqual({ targets: { max_drawdown: { operator: '>=', value: depth } }, optimise: true });
  });

  it.each([
    // A price's fall is the market's, not the account's; a fall with no side and no peak sets no limit.
    ["sma on btc for 2022, I'd panic if BTC drops 20%"],
    ["sma on btc for 2022, if it drops 5% I'd panic"],
    ["sma on btc for 2022, I'd panic below 25"],
    ["sma on btc 2022, I can't afford to see BTC drop 20%"],
  ])('reads no limit where no fall of the account has a size: "%s"', (text) => {
    expect(specOf(text)).toEqual({ targets: {}, optimise: false });
  });

  it.each([
    ["sma on btc for 2022, I can't stomach a drawdown over 30%", -0.3],
    ['sma on btc for 2022, I never want to be down more than 25% from the high', -0.25],
    ['something on litecoin in 2022 that never fell more than 25% off its high', -0.25],
  ])('leaves the drawdown limits read before as they were: "%s"', (text, depth) => {
    expect(specOf(text)).toMatchObject({ targets: { max_drawdown: { operator: '>=', value: depth } } });
  });
});

/**
 * Dread of a metric crossing a line ("I'd lose sleep if the Sharpe fell below 1") refuses that side
 * of the line: the target is the other side, Sharpe >= 1, as "Sharpe below 1 is unacceptable" is.
 */
describe('a metric past a line, said as a fear', () => {
  it.each([
    // Before: not_understood, or no target and the words ignored.
    ["sma on btc 2022, I'd lose sleep if the sharpe fell below 1", { sharpe_ratio: { operator: '>=', value: 1 } }],
    ['sma on btc 2022, if the sharpe fell below 1 I would panic', { sharpe_ratio: { operator: '>=', value: 1 } }],
    ["rsi on eth 2023, I'd panic if the volatility went over 40%", { volatility: { operator: '<=', value: 0.4 } }],
    ["macd on spy since 2018, I'd get nervous if the win rate dropped under 40%", { win_rate: { operator: '>=', value: 0.4 } }],
    ['ema 9/21 on qqq 2021, i would freak out if its sortino ever slipped below 0.8', { sortino_ratio: { operator: '>=', value: 0.8 } }],
    ["donchian on sol 2024: if the profit factor sank under 1.2, I'd honestly lose sleep", { profit_factor: { operator: '>=', value: 1.2 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text)).toEqual({ targets, optimise: true });
  });

  it.each([
    // A past move told as a story, or asked about, is no target (the words stay reported as ignored).
    ['sma on btc 2022, the sharpe fell below 1 in march'],
    ['sma on btc 2022, what if the sharpe fell below 1?'],
  ])('reads no target where nothing is dreaded: "%s"', (text) => {
    expect(specOf(text)).toEqual({ targets: {}, optimise: false });
  });

  it.each([
    // Present tense, read before as a target or a refusal, stays as it was.
    ['sma on btc 2022, sharpe falls below 1', { sharpe_ratio: { operator: '<', value: 1 } }],
    ['sma on btc 2022, if the sharpe is below 1, forget it', { sharpe_ratio: { operator: '>=', value: 1 } }],
  ])('leaves targets read before as they were: "%s"', (text, targets) => {
    expect(specOf(text)).toMatchObject({ targets });
  });
});

describe('dislike of watching a fall is its refusal (before: no target, "hate" ignored)', () => {
  it.each([
    ["Could you try the RSI strategy on XRP for last year? I'd hate to see it drop more than a quarter.", -0.25],
    ["sma on btc 2022, I'd hate to see my account fall more than 25% from the top", -0.25],
    ["sma on btc 2022, I can't stand to see it drop more than 20%", -0.2],
    ["sma on btc 2022, I'd hate to watch the portfolio sink by more than a third", -0.333333333333],
  ])('"%s"', (text, depth) => {
    expect(specOf(text)).toEqual({ targets: { max_drawdown: { operator: '>=', value: depth } }, optimise: true });
  });

  it('must not change: a price falling is the market, not a limit', () => {
    expect(specOf("sma on btc 2022, I'd hate to see BTC drop 20%")).toMatchObject({ targets: {} });
  });
});
