import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/** The text limits the drawdown to `depth`: a shallower fall is accepted, a deeper one refused. */
function expectLimitAt(text: string, depth: number): void {
  const target = specOf(text).targets.max_drawdown!;
  expect(target).toEqual({ operator: '>=', value: -depth });
  expect(-depth / 2 >= target.value).toBe(true);
  expect(-depth * 1.5 >= target.value).toBe(false);
}

/** A fall the user says they can bear is the deepest drawdown accepted: max_drawdown >= -x, and a search. */
describe('a tolerated fall is a drawdown limit', () => {
  it.each([
    ['i can live with a 25% dip max. find me the best sma windows for btc since 2020', -0.25],
    ["a 30% dip is the most i'd sit through, sma on btc 2022", -0.3],
    ['i can stomach 20% down, sma on btc 2022', -0.2],
    ['sma on btc 2022, i can take a 15% drop at most', -0.15],
    ['sma on btc 2022, 20% down is my max', -0.2],
    ['sma on btc 2022, we can live with a quarter down', -0.25],
    ['sma on btc 2022, a 20% drop is the most we can stomach', -0.2],
    ["sma on btc 2022, i'm ok with a 35% pullback tops", -0.35],
    ["sma on btc 2022, i'd accept a 20% drop", -0.2],
    ['sma on btc 2022, we are fine with 10% down at most', -0.1],
  ])('"%s"', (text, depth) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual({ max_drawdown: { operator: '>=', value: depth } });
    expect(spec.optimization_required).toBe(true);
    expect(spec.notes ?? []).not.toContainEqual(expect.stringMatching(/ignored/));
  });

  it.each([
    // Must not change: abbreviations of metrics already read, and a dip as a price move.
    ['sma on btc 2022, DD no more than 15%', { max_drawdown: { operator: '>=', value: -0.15 } }],
    ['sma on btc 2022, PF above 1.5', { profit_factor: { operator: '>', value: 1.5 } }],
    ['sma on btc 2022, I can live with a 25% drawdown', { max_drawdown: { operator: '>=', value: -0.25 } }],
    ["sma on btc 2022, I can't stomach a drop bigger than 25%", { max_drawdown: { operator: '>=', value: -0.25 } }],
    ['buy a 5% dip with sma on btc 2022', {}],
  ])('"%s" reads as before', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});

/** "WR": desk shorthand for the win rate, as "SR" is the Sharpe ratio (before: 'WR', '60' ignored). */
describe('WR is the win rate', () => {
  it('"msft rsi 2 w 10/90 since 2015, want WR over 60%"', () => {
    const spec = specOf('msft rsi 2 w 10/90 since 2015, want WR over 60%');
    expect(spec.strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 2, lower: 10, upper: 90 } });
    expect(spec.targets).toEqual({ win_rate: { operator: '>', value: 0.6 } });
    expect(spec.optimization_required).toBe(true);
  });

  it.each([
    ['sma on btc 2022 WR>55%', { win_rate: { operator: '>', value: 0.55 } }],
    ['bb 20 2 on eth 2023, WR at least 50%, PF above 1.5', { win_rate: { operator: '>=', value: 0.5 }, profit_factor: { operator: '>', value: 1.5 } }],
    ['sma on btc 2022, win rate over 60%', { win_rate: { operator: '>', value: 0.6 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});

/**
 * A fall the writer would leave at, or that would ruin them, is the deepest drawdown they accept
 * (before: "ignored: 'past', '20', 'hole'"). Property: a run whose drawdown the sentence accepts passes.
 */
describe('a fall the writer would walk away at is a drawdown limit', () => {
  it.each([
    ["anything past a 20% hole and I'm out. golden cross on bitcoin, 2018 to 2024", 0.2],
    ["rsi on btc 2020 to 2023, if I'm ever 25% underwater I bail", 0.25],
    ['momentum on eth 2021 to 2023, a 30% dip would end me', 0.3],
    ["sma on btc 2021, if I'm ever down 25% I'm done", 0.25],
    ["sma on btc 2021, once my account is 30% in the red I'd sell everything", 0.3],
    ["sma on btc 2021, more than a 15% drop and honestly I'd panic", 0.15],
    ['sma on btc 2021, a 40% drawdown would kill me', 0.4],
    ["sma on btc 2021, I bail if I'm ever 25% underwater", 0.25],
    ["sma on btc 2021, I'm done once my account is 30% in the red", 0.3],
  ])('"%s"', expectLimitAt);

  it.each([
    // Must not change: a price move asked about, and a trade's own fall with an exit (a stop, position_exits.ts).
    ['sma on btc 2021, what if BTC drops 8%?', {}],
    ['buy a 5% dip with sma on btc 2022', {}],
    ["I lost 30% last year and I'm done with crypto, try sma on spy 2015 to 2020", {}],
  ])('"%s" is no drawdown limit', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});

/** A size with no fall word, borne and capped, is the deepest drawdown accepted (before: "stomach", "maybe", "25" ignored). */
describe('a borne size capped after it is a drawdown limit', () => {
  it.each([
    ['how deep would the worst drop have got running macd on qqq 2020 thru 2022? i can stomach maybe 25%, not more', -0.25],
    ['macd on qqq 2020. i could take about 20% at most', -0.2],
    ['rsi on spy 2019, we could tolerate around 15% and nothing more', -0.15],
    ["sma on btc 2022, i'd accept 30% max", -0.3],
    ['sma on btc 2022, i can handle roughly 10%, no more', -0.1],
  ])('"%s"', (text, depth) => {
    expect(specOf(text).targets).toEqual({ max_drawdown: { operator: '>=', value: depth } });
  });

  it.each([
    // Must not change: without a cap a bare size could be anything, so it stays unread.
    'macd on qqq 2020, i can take 25%',
    'sma on btc 2022, i can handle 10% fees',
  ])('"%s" sets no target', (text) => {
    expect(specOf(text).targets).toEqual({});
  });
});

/**
 * A feeling the writer would have past a fall ("I'd lose sleep past a 15% drop", "anything deeper than
 * a 25% hole would make me sick") is the deepest drawdown they accept: a limit, max_drawdown >= -x,
 * never a wish for the fall (before: no target, the feeling's words ignored).
 */
describe('a fall past which the writer would feel bad is a drawdown limit', () => {
  it.each([
    ["I'd lose sleep past a 15% drop, honestly. Can you test a 30/100 SMA crossover on Apple from 2012 to 2019 and tell me whether it stays inside that?", 0.15],
    ["I'm fine with ups and downs, but anything deeper than a 25% hole would make me physically sick. Apple and Microsoft 50/50, buy and hold, from late 2023 to today.", 0.25],
    ["sma on btc 2022, I can't handle anything past a 20% drop", 0.2],
    ["sma on btc 2022, I'd freak out at anything deeper than 30%", 0.3],
    ['sma on btc 2022, anything worse than a 20% loss would kill me', 0.2],
    ["sma on btc 2022, anything bigger than a 10% drawdown and I'd cry", 0.1],
    ["sma on btc 2022, I'd panic beyond an 18% fall", 0.18],
    ['sma on btc 2022, we couldn\'t stomach anything deeper than 25%', 0.25],
  ])('"%s"', expectLimitAt);

  it.each([
    // Must not change: a fall in a story, felt or acted on then, sets no limit.
    'sma on btc 2022, a 15% drop in 2022 made me sell',
    'sma on btc 2022, a 15% drop made me sick',
    'sma on btc 2022, I panicked past a 15% drop',
  ])('"%s" is no drawdown limit', (text) => {
    expect(specOf(text).targets).toEqual({});
  });
});
