import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricKey } from '../risk/types.js';
import { parseRequest } from './parse_request.js';
import type { MetricTarget } from './request_spec.js';

/**
 * The direction of every target, as a property: for every metric and every way of writing a
 * limit, the parsed target accepts exactly the values the sentence accepts (away from the
 * boundary itself, where "under" and "at most" rightly differ). A drawdown is written as a size
 * ("30%") and the metric is negative, so the sentence's side is judged on the depth.
 */
const TODAY = '2026-11-24';

interface MetricWriting {
  metric: MetricKey;
  names: readonly string[];
  /** The value as written and as the metric holds it. */
  value: fc.Arbitrary<{ written: string; threshold: number }>;
  /** A metric value to test against the threshold. */
  sample: fc.Arbitrary<number>;
}

const percent = (low: number, high: number) => fc.integer({ min: low, max: high }).map((whole) => ({ written: `${whole}%`, threshold: whole / 100 }));
const ratio = fc.integer({ min: 5, max: 40 }).map((tenths) => ({ written: (tenths / 10).toFixed(1), threshold: tenths / 10 }));

const METRICS: readonly MetricWriting[] = [
  { metric: 'sharpe_ratio', names: ['Sharpe', 'Sharpe ratio'], value: ratio, sample: fc.double({ min: -2, max: 5, noNaN: true }) },
  { metric: 'sortino_ratio', names: ['Sortino', 'Sortino ratio'], value: ratio, sample: fc.double({ min: -2, max: 6, noNaN: true }) },
  { metric: 'calmar_ratio', names: ['Calmar ratio'], value: ratio, sample: fc.double({ min: -2, max: 6, noNaN: true }) },
  { metric: 'profit_factor', names: ['profit factor'], value: ratio, sample: fc.double({ min: 0, max: 6, noNaN: true }) },
  { metric: 'cagr', names: ['CAGR', 'annual return'], value: percent(5, 90), sample: fc.double({ min: -0.9, max: 2, noNaN: true }) },
  { metric: 'total_return', names: ['total return'], value: percent(5, 300), sample: fc.double({ min: -0.9, max: 4, noNaN: true }) },
  { metric: 'volatility', names: ['volatility', 'annualised volatility'], value: percent(5, 90), sample: fc.double({ min: 0, max: 2, noNaN: true }) },
  { metric: 'win_rate', names: ['win rate'], value: percent(20, 80), sample: fc.double({ min: 0, max: 1, noNaN: true }) },
  { metric: 'exposure', names: ['exposure', 'time in market'], value: percent(10, 90), sample: fc.double({ min: 0, max: 1, noNaN: true }) },
  { metric: 'num_trades', names: ['number of trades'], value: fc.integer({ min: 3, max: 200 }).map((count) => ({ written: String(count), threshold: count })), sample: fc.integer({ min: 0, max: 300 }) },
];

type Side = 'above' | 'at_least' | 'below' | 'at_most';

/** How people write "the metric must be <side> x"; `{m}` is the metric's name, `{x}` the value. */
const PHRASINGS: ReadonlyArray<{ side: Side; text: string }> = [
  { side: 'above', text: '{m} above {x}' }, { side: 'above', text: '{m} > {x}' }, { side: 'above', text: '{m} greater than {x}' },
  { side: 'at_least', text: '{m} of at least {x}' }, { side: 'at_least', text: 'at least {x} {m}' }, { side: 'at_least', text: '{m} >= {x}' },
  { side: 'at_least', text: '{m} {x} or more' }, { side: 'at_least', text: '{m} must not be below {x}' }, { side: 'at_least', text: '{m} under {x} is unacceptable' },
  { side: 'at_least', text: "I can't accept a {m} below {x}" }, { side: 'at_least', text: '{m} no lower than {x}' }, { side: 'at_least', text: '{m} not below {x}' },
  { side: 'below', text: '{m} below {x}' }, { side: 'below', text: '{m} < {x}' }, { side: 'below', text: '{m} less than {x}' },
  { side: 'at_most', text: '{m} of at most {x}' }, { side: 'at_most', text: 'no more than {x} {m}' }, { side: 'at_most', text: '{m} <= {x}' },
  { side: 'at_most', text: '{m} must not exceed {x}' }, { side: 'at_most', text: '{m} over {x} is unacceptable' }, { side: 'at_most', text: "I can't stomach a {m} above {x}" },
  { side: 'at_most', text: '{m} {x} or less' }, { side: 'at_most', text: '{m} above {x} is a deal breaker' }, { side: 'at_most', text: "{m} can't be more than {x}" },
  { side: 'at_least', text: 'anything with a {m} below {x} is useless to me' }, { side: 'at_most', text: 'a {m} over {x} is pointless' },
  { side: 'at_least', text: '{m} under {x} is not worth it' },
  // A preference for the limit not to be crossed: "I'd rather the Sharpe not be more than 2".
  { side: 'at_most', text: "I'd rather the {m} not be more than {x}" }, { side: 'at_most', text: "I'd rather not have a {m} above {x}" },
  { side: 'at_least', text: "I'd prefer it not to have a {m} below {x}" },
  // Refusals written as verbs or idioms: each read as the other side before them.
  // A comparator before the metric named with its size: "it should beat a Sharpe ratio of 1".
  { side: 'above', text: 'it should beat a {m} of {x}' }, { side: 'above', text: "I'd like it to exceed a {m} of {x}" },
  { side: 'below', text: 'stay under a {m} of {x}' },
  { side: 'at_least', text: '{m} under {x} rules it out' }, { side: 'at_most', text: '{m} above {x} would rule it out for me' },
  { side: 'at_least', text: "{m} below {x} doesn't cut it" }, { side: 'at_least', text: '{m} below {x} is a waste of my time' },
  { side: 'at_most', text: '{m} over {x} is a dealbreaker' }, { side: 'at_least', text: '{m} below {x} is not worth bothering with' },
  { side: 'at_least', text: "{m} below {x} and I'm out" }, { side: 'at_most', text: '{m} above {x} disqualifies it' },
  { side: 'at_least', text: '{m} under {x} is no use to me' }, { side: 'at_least', text: '{m} below {x} is too low' },
  // A condition, then a consequence that says it fails: "if the Sharpe doesn't clear 1, I win the bet" (read as Sharpe <= 1 before).
  { side: 'above', text: "if the {m} doesn't clear {x}, I win the bet" }, { side: 'at_least', text: 'if the {m} is below {x}, forget it' },
  { side: 'at_least', text: '{m} under {x} then we pass' }, { side: 'at_most', text: 'if the {m} is above {x} it fails' },
  { side: 'at_least', text: "if the {m} lands below {x} we'll wind the sleeve down" },
  // What to be warned about is what is refused: before, "flag it if volatility is higher than 25%" was volatility > 25 %.
  { side: 'at_most', text: 'please flag it if the {m} is higher than {x}' }, { side: 'at_least', text: 'warn me if the {m} is below {x}' },
  { side: 'at_most', text: 'alert me if the {m} goes past {x}' }, { side: 'at_least', text: 'notify me if the {m} drops under {x}' },
  { side: 'above', text: "if the {m} isn't above {x} i'm uninstalling tradingview" }, { side: 'at_most', text: '{m} constraint of {x} at most' },
  // Verbs of arriving between the metric and its comparator, and "pass" for "exceed".
  { side: 'above', text: 'the {m} should lie over {x}' }, { side: 'at_most', text: 'the {m} cannot pass {x}' },
  // A size first, limited by the words after it.
  { side: 'at_least', text: '{x} {m} or more' }, { side: 'at_most', text: '{x} {m} at most' }, { side: 'at_most', text: 'cap the {m} at {x}' },
  // Dread of the metric crossing a line refuses that side of it (before: no target, or the side as written).
  { side: 'at_least', text: "I'd lose sleep if the {m} fell below {x}" }, { side: 'at_most', text: "I'd panic if the {m} went above {x}" },
  { side: 'at_least', text: "if the {m} dropped under {x} I'd freak out" }, { side: 'at_most', text: 'i would get nervous if my {m} ever rose over {x}' },
  // A dislike of the result refuses its side (before: no target, or the refused side itself).
  { side: 'at_most', text: "{m} over {x} and I'm not interested" }, { side: 'at_least', text: "if the {m} is under {x} I don't want it" },
  { side: 'at_most', text: "what's the {m}? if it's more than {x} I don't want it" }, { side: 'at_least', text: 'if the {m} is below {x}, count me out' },
  // A question asking the metric to have stayed within a line.
  { side: 'below', text: 'would the {m} have stayed under {x}?' },
];

/** Every way of limiting a drawdown, written as a size: all of them accept depths up to x. */
const DRAWDOWN_LIMITS: readonly string[] = [
  "I can't accept a drawdown over {x}", 'drawdown over {x} is unacceptable', 'drawdown above {x} is unacceptable', 'a drawdown of more than {x} is unacceptable',
  "can't stomach a drawdown over {x}", "I can't tolerate drawdowns above {x}", 'keep drawdown under {x}', 'drawdown no worse than {x}', 'losses capped at {x}',
  'max drawdown under {x}', 'max drawdown below {x}', 'max drawdown at most {x}', 'max drawdown {x}', 'max dd {x}', 'drawdown limit of {x}', 'drawdown within {x}',
  'max drawdown must not exceed {x}', "I won't accept more than a {x} drawdown", 'no more than {x} drawdown', "I don't want to lose more than {x}",
  'drawdown more than {x} is not good for me', "dd can't be more than {x}", 'max drawdown no worse than -{x}', 'max drawdown > -{x}', 'max drawdown >= -{x}',
  'max loss from peak no more than {x}', 'I never want to be down more than {x} from the high', "don't wanna lose more than {x} of my money peak to trough",
  'no more than {x} off the highs',
  'I refuse to sit through more than a {x} drop from the top', 'I can take at most a {x} hit from the top', 'never more than a {x} decline from the peak',
  'I can take a {x} drawdown',
  // A fall named with where it is measured from is the drawdown, whatever frames it.
  'I refuse to see a {x} drop from the top', 'a {x} drop from the top is unacceptable', '{x} drop from the top at most', 'cap the drop from the top at {x}',
  'a fall from the peak of more than {x} is a deal breaker', 'I can tolerate a {x} slide from the highs', 'peak-to-trough under {x}', 'no more than a {x} peak to trough fall',
  'max {x} pullback from the high', 'I can stomach a {x} hit from the top, no more', 'a {x} loss from the peak or more is unacceptable',
  "I won't ride out more than a {x} decline from the all-time high",
  // A size first framed by a refusal or a limit after it.
  'a {x} drawdown is unacceptable', "I can't stomach a {x} drawdown", '{x} drawdown at most', 'cap the drawdown at {x}',
  // Dread of the account falling: what the user fears is what they refuse.
  "I'll lose sleep if the account ever drops more than {x} from its peak", "I'd freak out if down more than {x}", "I'd panic below -{x}",
  "I can't handle the account falling {x} from the top", "if we're down over {x} I'd panic",
  // Being down is having fallen: "it should never be down more than 25% from its peak".
  'it should never be down more than {x} from its peak', 'without ever being down more than {x} from the top', 'it must not get down more than {x} off its high',
  // A bare size borne and capped, a limit disliked, a question of staying within.
  'I can stomach maybe {x}, not more', "if the drawdown is over {x} I don't want it", 'would the drawdown have stayed under {x}?',
];

function accepts(target: MetricTarget, value: number): boolean {
  switch (target.operator) {
    case '>': return value > target.value;
    case '>=': return value >= target.value;
    case '<': return value < target.value;
    case '<=': return value <= target.value;
  }
}

function sentenceAccepts(side: Side, value: number, threshold: number): boolean {
  return side === 'above' ? value > threshold : side === 'at_least' ? value >= threshold : side === 'below' ? value < threshold : value <= threshold;
}

function targetOf(text: string, metric: MetricKey): MetricTarget | undefined {
  const outcome = parseRequest(`SMA on BTC for 2022, ${text}`, { today: TODAY });
  if (!outcome.ok) throw new Error(`${text}: ${outcome.error.message}`);
  return outcome.spec.targets[metric];
}

describe('every target metric, every direction of writing it', () => {
  for (const writing of METRICS) {
    it(`${writing.metric}: the parsed target accepts what the sentence accepts`, () => {
      fc.assert(fc.property(fc.constantFrom(...PHRASINGS), fc.constantFrom(...writing.names), writing.value, writing.sample, (phrasing, name, value, sample) => {
        fc.pre(Math.abs(sample - value.threshold) > 1e-9);
        const text = phrasing.text.replace('{m}', name).replace('{x}', value.written);
        const target = targetOf(text, writing.metric);
        expect(target, text).toBeDefined();
        expect(accepts(target!, sample), `${text} → ${JSON.stringify(target)} on ${sample}`).toBe(sentenceAccepts(phrasing.side, sample, value.threshold));
      }), { numRuns: 300 });
    });
  }

  it('max_drawdown: every limit, however written, accepts the shallower drawdowns and refuses the deeper ones', () => {
    fc.assert(fc.property(fc.constantFrom(...DRAWDOWN_LIMITS), fc.integer({ min: 5, max: 80 }), fc.double({ min: 0, max: 1, noNaN: true }), (phrasing, size, depth) => {
      fc.pre(Math.abs(depth - size / 100) > 1e-9);
      const text = phrasing.replace('{x}', `${size}%`);
      const target = targetOf(text, 'max_drawdown');
      expect(target, text).toBeDefined();
      // The metric is the negative depth: -0.25 for a 25 % drawdown.
      expect(accepts(target!, -depth), `${text} → ${JSON.stringify(target)} on a ${depth} drawdown`).toBe(depth < size / 100);
    }), { numRuns: 500 });
  });

  it('win_rate: a share of winning or losing trades limits the win rate from the side the sentence says', () => {
    const shares: ReadonlyArray<{ text: string; accepts: (winRate: number, x: number) => boolean }> = [
      { text: "I don't want to lose on more than {x} of trades", accepts: (winRate, x) => 1 - winRate <= x },
      { text: 'lose on at most {x} of my trades', accepts: (winRate, x) => 1 - winRate <= x },
      { text: 'lose in {x} of trades at most', accepts: (winRate, x) => 1 - winRate <= x },
      { text: 'win on at least {x} of trades', accepts: (winRate, x) => winRate >= x },
      { text: 'winning in more than {x} of the trades', accepts: (winRate, x) => winRate > x },
      // The trades named instead of the metric: winners and losers, before or after the share.
      { text: 'I need at least {x} winners', accepts: (winRate, x) => winRate >= x },
      { text: '{x} winners or better', accepts: (winRate, x) => winRate >= x },
      { text: 'winning trades above {x}', accepts: (winRate, x) => winRate > x },
      { text: 'at least {x} of trades should be winners', accepts: (winRate, x) => winRate >= x },
      { text: 'the share of winners must not be below {x}', accepts: (winRate, x) => winRate >= x },
      { text: 'fewer than {x} losers', accepts: (winRate, x) => 1 - winRate < x },
      { text: 'at most {x} losing trades', accepts: (winRate, x) => 1 - winRate <= x },
      { text: 'losers must not exceed {x}', accepts: (winRate, x) => 1 - winRate <= x },
      { text: '{x} losers is unacceptable', accepts: (winRate, x) => 1 - winRate <= x },
      { text: 'I can live with {x} losers', accepts: (winRate, x) => 1 - winRate <= x },
      { text: 'I want to be right {x} of the time', accepts: (winRate, x) => winRate >= x },
      { text: 'win {x} of the time', accepts: (winRate, x) => winRate >= x },
      { text: 'a hit rate of at least {x}', accepts: (winRate, x) => winRate >= x },
    ];
    fc.assert(fc.property(fc.constantFrom(...shares), fc.integer({ min: 10, max: 90 }), fc.double({ min: 0, max: 1, noNaN: true }), (share, size, winRate) => {
      fc.pre(Math.abs(winRate - size / 100) > 1e-9 && Math.abs(1 - winRate - size / 100) > 1e-9);
      const text = share.text.replace('{x}', `${size}%`);
      const target = targetOf(text, 'win_rate');
      expect(target, text).toBeDefined();
      expect(accepts(target!, winRate), `${text} → ${JSON.stringify(target)} on ${winRate}`).toBe(share.accepts(winRate, size / 100));
    }), { numRuns: 300 });
  });
});

/**
 * "Better" and "worse" say which way is good, not which way is up: the side follows the metric
 * (higher is better for all but volatility; a drawdown is a limit whatever the wording).
 */
describe('"no worse than" and "better than" follow the metric\'s good side', () => {
  it.each([
    ['profit factor no worse than 1.3', 'profit_factor', { operator: '>=', value: 1.3 }],
    ['a Sharpe not worse than 0.8', 'sharpe_ratio', { operator: '>=', value: 0.8 }],
    ['win rate no worse than 45%', 'win_rate', { operator: '>=', value: 0.45 }],
    ['max drawdown no worse than 25%', 'max_drawdown', { operator: '>=', value: -0.25 }],
    ['volatility no worse than 20%', 'volatility', { operator: '<=', value: 0.2 }],
    ['Sortino better than 1.5', 'sortino_ratio', { operator: '>', value: 1.5 }],
    ['volatility better than 30%', 'volatility', { operator: '<', value: 0.3 }],
    ['a Sharpe worse than 1 is unacceptable', 'sharpe_ratio', { operator: '>=', value: 1 }],
    ['a profit factor no better than 1 is pointless', 'profit_factor', { operator: '>', value: 1 }],
  ] as const)('"%s" is %s %o', (text, metric, expected) => {
    expect(targetOf(text, metric)).toStrictEqual(expected);
  });
});

describe('shares and multiples written in words', () => {
  it.each([
    ["I don't want to lose more than a fifth peak to trough", 'max_drawdown', { operator: '>=', value: -0.2 }],
    ['drawdown no more than a third', 'max_drawdown', { operator: '>=', value: -0.333333333333 }],
    ['win on at least half of trades', 'win_rate', { operator: '>=', value: 0.5 }],
    ['should at least double my money', 'total_return', { operator: '>=', value: 1 }],
    ['I want to triple my capital', 'total_return', { operator: '>=', value: 2 }],
    ['target 3x my money', 'total_return', { operator: '>=', value: 2 }],
    ['target: double my money', 'total_return', { operator: '>=', value: 1 }],
    // A fraction as the size of a fall: "never be down more than a quarter from its peak".
    ['it should never be down more than a quarter from its peak', 'max_drawdown', { operator: '>=', value: -0.25 }],
    ['never be down more than a fifth from the high', 'max_drawdown', { operator: '>=', value: -0.2 }],
    ['the account must not get down more than a third off its peak', 'max_drawdown', { operator: '>=', value: -0.333333333333 }],
    ['without ever being down more than half from the top', 'max_drawdown', { operator: '>=', value: -0.5 }],
    // "one" as a size where the clause ends after it.
    ["I'd like it to beat a Sharpe ratio of one", 'sharpe_ratio', { operator: '>', value: 1 }],
    ['Sortino above one, please', 'sortino_ratio', { operator: '>', value: 1 }],
    ['profit factor of at least one', 'profit_factor', { operator: '>=', value: 1 }],
    // A multiple with its side, the money said or left out, past or present.
    ['a setup that at least doubled the money', 'total_return', { operator: '>=', value: 1 }],
    ['and it more than doubles over the period', 'total_return', { operator: '>', value: 1 }],
    ['I want it to at least triple', 'total_return', { operator: '>=', value: 2 }],
    ['it should at least break even', 'total_return', { operator: '>=', value: 0 }],
    ['where more than half the trades win', 'win_rate', { operator: '>', value: 0.5 }],
    // A sign in words is a side of zero.
    ['the sharpe should at least come out positive', 'sharpe_ratio', { operator: '>', value: 0 }],
    ['total return must not be negative', 'total_return', { operator: '>=', value: 0 }],
  ] as const)('"%s" is %s %o', (text, metric, expected) => {
    expect(targetOf(text, metric)).toStrictEqual(expected);
  });

  it.each([
    // A share of trades is never a count of them: unread (and so reported), not num_trades > 0.6.
    ['more than 60% of trades', 'num_trades'],
    // An instruction about the capital is not a return target.
    ['double the capital', 'total_return'],
    ['with fees of 10 bps, double my capital', 'total_return'],
    // A multiple with no side and no goal, or with an object that is not the money, asks nothing.
    ['at least double the lookback', 'total_return'],
    ['ok that doubled the money', 'total_return'],
    // "one" before more words is a pronoun or a count, not a size.
    ['the Sharpe is one of the metrics I watch', 'sharpe_ratio'],
    ['a Sharpe of one of the best runs', 'sharpe_ratio'],
  ] as const)('"%s" sets no %s target', (text, metric) => {
    expect(targetOf(text, metric)).toBeUndefined();
  });
});

describe('a size written before its metric', () => {
  it.each([
    // After a goal the size is the goal, in the metric's own direction (these were "Sharpe <= 2" or unread).
    ['I want a 2 sharpe', 'sharpe_ratio', { operator: '>=', value: 2 }],
    ['targeting a 1.5 sortino', 'sortino_ratio', { operator: '>=', value: 1.5 }],
    ['target 50% profit', 'total_return', { operator: '>=', value: 0.5 }],
    ['target a 50% return', 'total_return', { operator: '>=', value: 0.5 }],
    ['aiming for a 50% gain', 'total_return', { operator: '>=', value: 0.5 }],
    ['looking for 30% annual return', 'cagr', { operator: '>=', value: 0.3 }],
    // After a tolerance it is the most the user accepts.
    ['I can live with a 25% drawdown', 'max_drawdown', { operator: '>=', value: -0.25 }],
    ['I can live with a volatility of 40%', 'volatility', { operator: '<=', value: 0.4 }],
    // A tolerance of a metric where more is better is its least, not its most (these were "Sharpe <= 1.5").
    ['I can live with a 1.5 sharpe', 'sharpe_ratio', { operator: '>=', value: 1.5 }],
    ['I can live with a 40% win rate', 'win_rate', { operator: '>=', value: 0.4 }],
    // After a refusal the size is the line not to cross.
    ["I can't stomach a 25% drawdown", 'max_drawdown', { operator: '>=', value: -0.25 }],
    ['I refuse to see a 25% drop from the top', 'max_drawdown', { operator: '>=', value: -0.25 }],
    // With no lead-in, the words after the size make it a target.
    ['20% drawdown at most', 'max_drawdown', { operator: '>=', value: -0.2 }],
    ['a 25% drop from the top is unacceptable', 'max_drawdown', { operator: '>=', value: -0.25 }],
    ['70% winners or better', 'win_rate', { operator: '>=', value: 0.7 }],
    ['60% hit rate minimum', 'win_rate', { operator: '>=', value: 0.6 }],
    ['50% profit or more', 'total_return', { operator: '>=', value: 0.5 }],
  ] as const)('"%s" is %s %o', (text, metric, expected) => {
    expect(targetOf(text, metric)).toStrictEqual(expected);
  });
});

describe('a fall told as the moment to sell', () => {
  // A stop, not a limit on the run's drawdown: refused (recognizers/loss_exits.ts), never a target nor ignored.
  it.each(['sell after a 10% drop from the high', 'exit on a 5% loss or more'])('"%s" is unsupported_rule', (text) => {
    const outcome = parseRequest(`SMA on BTC for 2022, ${text}`, { today: TODAY });
    expect(outcome.ok ? outcome.spec.targets : outcome.error.code).toBe('unsupported_rule');
  });
});

describe('words near a target class that set no target', () => {
  function readingOf(text: string): { targets: unknown; rankBy: unknown; ignored: boolean } {
    const outcome = parseRequest(`SMA on BTC for 2022, ${text}`, { today: TODAY });
    if (!outcome.ok) return { targets: outcome.error.code, rankBy: undefined, ignored: false };
    return { targets: outcome.spec.targets, rankBy: outcome.spec.rank_by, ignored: outcome.notes.some((note) => note.startsWith('ignored')) };
  }

  it.each([
    // A fall with no size, or a size of something to act on, is no drawdown limit (the words stay reported as ignored).
    'the drop from the top of the range',
    'buy the 5% drop from the high',
    'buy after a 10% dip from the peak',
    'a 5% drop from the high is a buy signal',
    // A size alone says nothing of a side.
    'a 25% drawdown',
    '70% winners',
    // A share of the capital, or a count of winners, is no win rate.
    'put 70% of my capital in it',
    'winners 70% of my capital',
    'at least 30 winning trades',
    'more than 60% of trades',
  ])('"%s" sets no target', (text) => {
    const reading = readingOf(text);
    expect(reading.targets).toStrictEqual({});
    expect(reading.ignored).toBe(true);
  });

  it.each([
    // Not a refusal: "out of sample" and "is fine" keep the side as written.
    ['sharpe above 1 out of sample', { sharpe_ratio: { operator: '>', value: 1 } }],
    ['sharpe below 0.8 is fine', { sharpe_ratio: { operator: '<', value: 0.8 } }],
  ])('%s', (text, expected) => {
    expect(readingOf(text).targets).toStrictEqual(expected);
  });

  it.each([
    'show me the drawdown for the ranking period',
    'show the sortino for each year',
  ])('"%s" keeps the ranking by Sharpe', (text) => {
    expect(readingOf(text).rankBy).toBe('sharpe_ratio');
  });
});

describe('"it" for the metric the request has just named', () => {
  function targetsOf(text: string): unknown {
    const outcome = parseRequest(text, { today: TODAY });
    return outcome.ok ? outcome.spec.targets : outcome.error.code;
  }

  it.each([
    ["What's the win rate of RSI on QQQ in 2022? Want it above 65%", { win_rate: { operator: '>', value: 0.65 } }],
    ['SMA on BTC 2022. I care about the drawdown: keep it under 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
    ['SMA on BTC 2022 and the Sharpe, it must not be below 1', { sharpe_ratio: { operator: '>=', value: 1 } }],
  ])('%s', (text, expected) => {
    expect(targetsOf(text)).toStrictEqual(expected);
  });

  it.each([
    // Two metrics: "it" could be either, so it is no target.
    'Sharpe and Sortino of SMA on BTC 2022? Want it above 1',
    // A span of time is no metric value (it is the window: run_lengths.ts).
    "What's the Sharpe of SMA on BTC? Run it over 3 years",
    // No metric named before.
    'SMA on BTC 2022, run it above 1',
    // "it" needs a comparator.
    "What's the Sharpe of SMA on BTC 2022? Show it at 2 decimals",
  ])('%s sets no target', (text) => {
    expect(targetsOf(text)).toStrictEqual({});
  });
});

describe('a misspelled comparator between a metric and its value', () => {
  function readingOf(text: string): { targets: unknown; notes: readonly string[] } {
    const outcome = parseRequest(`SMA on BTC for 2022, ${text}`, { today: TODAY });
    return outcome.ok ? { targets: outcome.spec.targets, notes: outcome.notes } : { targets: outcome.error.code, notes: [] };
  }

  it.each([
    ['sharpe abve 1', { sharpe_ratio: { operator: '>', value: 1 } }, "read 'abve' as 'above'"],
    ['max drawdown undr 20%', { max_drawdown: { operator: '>=', value: -0.2 } }, "read 'undr' as 'under'"],
    ['a sharpe belw 2 is unacceptable', { sharpe_ratio: { operator: '>=', value: 2 } }, "read 'belw' as 'below'"],
  ])('%s', (text, targets, note) => {
    const reading = readingOf(text);
    expect(reading.targets).toStrictEqual(targets);
    expect(reading.notes).toContain(note);
  });

  it.each(['sharpe abve', 'sharpe ablaze 1', 'sharpe xbove 1'])('"%s" is no target', (text) => {
    expect(readingOf(text).targets).toStrictEqual({});
  });
});

describe('a return stated per year is the annual growth', () => {
  it.each([
    ['Momentum on GLD 2015–2020. I need at least 8% a year.', 0.08],
    ['sma on spy 2020, returns of at least 10% per year', 0.1],
    ['sma on spy 2020, I want 12% annually', 0.12],
  ])('"%s" → cagr >= %d (before: total_return, or ignored)', (text, value) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.targets).toEqual({ cagr: { operator: '>=', value } });
  });
});

describe('targets in formal and relative-clause wording', () => {
  it.each([
    ['sma on spy 2020. The CAGR shall be at least 6 percent.', { cagr: { operator: '>=', value: 0.06 } }],
    ['sma on spy 2020. The number of trades shall not exceed 30.', { num_trades: { operator: '<=', value: 30 } }],
    ['Donchian on ADA 2023. Max drawdown I can tolerate is 30%.', { max_drawdown: { operator: '>=', value: -0.3 } }],
    ['sma on btc 2022, the volatility I can accept is 40%', { volatility: { operator: '<=', value: 0.4 } }],
    // Before: num_trades < 20, the wrong way round.
    ['RSI on QQQ since 2010. Anything with fewer than 20 trades is noise to me, so require at least 20.', { num_trades: { operator: '>=', value: 20 } }],
  ])('"%s" (before: no target, or the wrong side)', (text, targets) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.targets).toEqual(targets);
  });
});

describe('targets written sloppily or as a consequence', () => {
  it.each([
    ['Tune the RSI on SOL in 2024 so the profit factor ends up above 1.8', { profit_factor: { operator: '>', value: 1.8 } }],
    ['tune ema on apple 2010-2020 and dd no worse then 25%', { max_drawdown: { operator: '>=', value: -0.25 } }],
    // Before: cagr < 0.2, the wrong way round.
    ['donchian on btc 2018 to 2023 and tbh if the cagr isnt at least 20% im just gonna give up', { cagr: { operator: '>=', value: 0.2 } }],
  ])('"%s"', (text, targets) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.targets).toEqual(targets);
  });
});

describe('a fall the strategy must never have made', () => {
  it.each([
    ['I need something on litecoin that never fell more than 25% off its high. EMA crossover for 2022.', { max_drawdown: { operator: '>=', value: -0.25 } }],
    ["sma on btc 2022 that doesn't drop more than 30% from the peak", { max_drawdown: { operator: '>=', value: -0.3 } }],
    ['ADA + macd. tune it so calmar comes out over 0.8, 2021', { calmar_ratio: { operator: '>', value: 0.8 } }],
  ])('"%s" (before: no target)', (text, targets) => {
    const outcome = parseRequest(text, { today: TODAY });
    expect(outcome.ok && outcome.spec.targets).toEqual(targets);
  });
});
