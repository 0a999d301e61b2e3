import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * What a run would have grown the money to is a goal on the final balance, not a new capital:
 * "could it have turned it into 20k or more" after "I have 10k" starts from 10,000 and asks for at
 * least 20,000 at the end. A past tense told as a story ("I turned $3,000 into $9,000") is no goal.
 */
describe('a balance a run would have grown the money to is a final equity goal', () => {
  it.each([
    // Before: capital 20,000, no target, and "turned" ignored.
    ['I have 10k. Could a turtle strategy on BTC have turned it into 20k or more between 2020 and 2022?', 10_000, '>=', 20_000],
    ['sma on eth 2021 with 5k: would it have grown my account to 12k?', 5000, '>=', 12_000],
    ["starting with $8,000, could rsi on spy since 2018 have gotten it to more than $11,000?", 8000, '>', 11_000],
    ["my 10k account, macd on qqq 2020-2023, would've turned it into 15k+ ?", 10_000, '>=', 15_000],
    ['sma on btc 2022, grow it to 20k or more', 10_000, '>=', 20_000],
  ])('"%s" starts with %d and aims for final_equity %s %d', (text, capital, operator, value) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ final_equity: { operator, value } });
    expect(spec.optimization_required).toBe(true);
  });

  it('"could it have turned 10k into 30k or more" is the capital and a total return', () => {
    const spec = specOf('sma on btc 2022, could it have turned 10k into 30k or more');
    expect(spec.initial_capital).toBe(10_000);
    expect(spec.targets).toEqual({ total_return: { operator: '>=', value: 2 } });
  });

  it.each([
    // A story: what someone did with money, not what to test.
    'I turned $3,000 into $9,000 in 2021 with doge. sma on btc 2022',
    'my friend turned it into 50k. sma on btc 2022',
  ])('"%s" sets no goal', (text) => {
    expect(specOf(text).targets).toEqual({});
  });

  it('"make it 15k" still sets the capital', () => {
    const spec = specOf('sma on btc 2022, make it 15k');
    expect(spec.initial_capital).toBe(15_000);
    expect(spec.targets).toEqual({});
  });
});

/**
 * A condition on what the run did to the money is a total return target: "as long as it at least
 * doubled the money" asks for +100 %, as "at least double my money" does. A bare "if" needs a side,
 * and a past told as a story sets nothing.
 */
describe('a condition that the run multiplied the money is a total return target', () => {
  it.each([
    // Before: no target, and "doubled" ignored.
    ['Please find the best momentum lookback on Ethereum during 2021, as long as it at least doubled the money.', '>=', 1],
    ['momentum on eth 2021, provided it doubled my money', '>=', 1],
    ['momentum on eth 2021, if it at least tripled the money', '>=', 2],
    ['sma on btc 2022, so long as the strategy more than doubled my capital', '>', 1],
    ['rsi on spy 2020-2023 provided that it has quadrupled the account', '>=', 3],
    ['sma on btc 2022, only if it doubled my money or more', '>=', 1],
  ])('"%s" is total_return %s %d', (text, operator, value) => {
    expect(specOf(text).targets).toEqual({ total_return: { operator, value } });
  });

  it.each([
    // Stories and questions: what happened, or what to report, not a bar to clear.
    'I doubled my money in 2021. sma on btc 2022',
    'my friend tripled his money on DOGE. sma on btc 2022',
    'sma on btc 2022, tell me if it doubled my money',
  ])('"%s" sets no goal', (text) => {
    expect(specOf(text).targets).toEqual({});
  });

  it('"a quarter of my money in gold" stays a weight, not a target', () => {
    const spec = specOf('a quarter of my money in gold and the rest in spy, sma, 2022');
    expect(spec.targets).toEqual({});
  });

  it('"at least double my money" still reads as before', () => {
    expect(specOf('sma on btc 2022, should at least double my money').targets).toEqual({ total_return: { operator: '>=', value: 1 } });
  });
});

describe('walking away with an amount is ending with it (before: no target, "walk" and the amount ignored)', () => {
  it.each([
    ["I'd be putting in 5,000 dollars and hoping to walk away with at least 8,000. Momentum on bitcoin, 2023 to 2024, can you find a setting that does it?", 5000, '>=', 8000],
    ['momentum on btc 2023, I want to walk away with $8,000', 10_000, '>=', 8000],
    ['momentum on btc 2023 with 5k, hoping to cash out with more than 9k', 5000, '>', 9000],
    ['momentum on btc 2023, come away with at least 12k', 10_000, '>=', 12_000],
    ['momentum on btc 2023 with $5000, I want to end up with 12,000', 5000, '>=', 12_000],
  ])('"%s" starts with %d and aims for final_equity %s %d', (text, capital, operator, value) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ final_equity: { operator, value } });
    expect(spec.optimization_required).toBe(true);
  });

  it.each(['momentum on btc 2023, finish with 20 trades', 'momentum on btc 2023, walk away with 20 trades', 'momentum on btc 2023, end with 2024'])('must not change: "%s" sets no goal', (text) => {
    expect(specOf(text).targets.final_equity).toBeUndefined();
  });
});

describe('what a run would have got the writer to is a final equity goal, the amount written bare (before: the amount ignored)', () => {
  it.each([
    ['college student here, only got $500 saved from my summer job lol. my roommate swears by MACD on solana. can u test it from the start of 2023 till now, i wanna see if it would of got me to 750', 500, 750],
    ['sma on btc 2022 with $2k, would it have got me to 3000?', 2000, 3000],
    ['rsi on eth since 2021, starting with 1000 dollars, could it get us to 2,500 by now', 1000, 2500],
    ['macd on spy 2020-2023 with $5k, see if it would of gotten me to 8000', 5000, 8000],
  ])('"%s" starts with %d and aims for final_equity >= %d', (text, capital, value) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ final_equity: { operator: '>=', value } });
  });

  it.each(['sma on btc 2022, would it have got me to 750 trades', 'sma on btc 2022, grow it to 50'])('must not change: "%s" sets no goal', (text) => {
    expect(specOf(text).targets).toEqual({});
  });
});

/** What a run ends *with*, given a side, is the final balance even unmarked (before: "end" and "750" ignored). */
describe('a sided amount ended with is a final equity goal', () => {
  it.each([
    ['budget is 500 bucks. could sma 20/50 on doge over 2023-2024 end with at least 750?', 500, '>=', 750],
    ['rsi on eth 2022 with 1000 to start, would it finish with more than 1200', 1000, '>', 1200],
    ['starting from $2,000, does macd on spy 2021 end up with at least 2500?', 2000, '>=', 2500],
    ['5k in, sma on btc 2023 — could I walk away with over 6000?', 5000, '>', 6000],
  ])('"%s" starts with %d and aims for final_equity %s %d', (text, capital, operator, value) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ final_equity: { operator, value } });
  });

  it.each([
    // Must not change: a count after the amount says what it counts; a level "ended above" is no money.
    ['rsi on eth 2022, end with at least 50 trades', { num_trades: { operator: '>=', value: 50 } }],
    ['rsi on eth 2022 with 1000, end with 1200', {}],
  ])('"%s" reads %j', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});

describe('"turn that into 15k" after a stated capital is the return on it, as "turn 10k into 15k" is (before: final equity 15,000)', () => {
  const MOMENTUM = 'momentum lookback 120 on BNB for 2023';

  it.each([
    ['say I start with 10k, can it turn that into 15k?', [MOMENTUM], 10_000, '>=', 0.5],
    ['with 20k in the account, could it grow that to 30k?', [MOMENTUM], 20_000, '>=', 0.5],
    ['if I put in $2000, can the strategy turn that amount into $3000 or more?', [MOMENTUM], 2_000, '>=', 0.5],
    ['start with 5k. could it grow this to more than 8k?', [MOMENTUM], 5_000, '>', 0.6],
    ['can it turn that into 7,500?', ['momentum lookback 120 on BNB for 2023, capital 5000'], 5_000, '>=', 0.5],
  ])('%s', (text, history, capital, operator, value) => {
    const spec = specOf(text, history);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ total_return: { operator, value } });
  });

  it('"turn it into 15k" keeps the end balance as written', () => {
    expect(specOf('starting with 10k, i wanna turn it into 15k at least', [MOMENTUM]).targets).toEqual({ final_equity: { operator: '>=', value: 15_000 } });
  });
});

/** Getting to an amount beside a stated capital is the end balance (before: no target, the amount ignored). */
describe('wanting to get to an amount is a final equity goal', () => {
  it.each([
    'I have 10 thousand dollars and I want to arrive to 15 thousand with the golden cross on bitcoin, from 2019 until 2023. Is it possible?',
    'I have 10k and want to get to 15k with golden cross on btc 2019-2023',
    'I have 10k and want to reach 15 thousand with golden cross on btc 2019-2023',
    'I have 10k and hope to arrive at 15k with golden cross on btc 2019-2023',
    'I have 10k, can I end up with 15k with golden cross on btc 2019-2023',
  ])('"%s"', (text) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(10000);
    expect(spec.targets).toEqual({ final_equity: { operator: '>=', value: 15000 } });
  });

  it('a price level to get to is no balance', () => {
    expect(specOf('sma on btc 2019-2023, I want the price to get to 100').targets).toEqual({});
  });
});

describe('a goal told with the money as subject is the capital and a total return, as "turn 10k into 15k" is', () => {
  it.each([
    ['tune it so 10k turns into 20k', 10_000, 1],
    ['optimise so that 10k becomes 25k', 10_000, 1.5],
    ['tune until 5k grows to 8k', 5000, 0.6],
    ['tune it so $10,000 would turn into $15,000', 10_000, 0.5],
    ['optimize so 10k ends up as 30k', 10_000, 2],
  ])('"%s" (before: two capitals, no target)', (text, capital, value) => {
    const spec = specOf(text, ['ema 12/26 btc 2022']);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ total_return: { operator: '>=', value } });
    expect(spec.optimization_required).toBe(true);
  });

  it('in a first message too', () => {
    expect(specOf('ema 12/26 on btc 2022, can 10k become 20k?').targets).toEqual({ total_return: { operator: '>=', value: 1 } });
  });

  it('a past told ("my 10k grew to 30k") sets no goal', () => {
    expect(specOf('my 10k grew to 30k in 2021, sma on btc 2022').targets).toEqual({});
  });
});

describe('the goal asked as what the writer would have turned their money into is the capital and a total return', () => {
  it.each([
    ["sol ema 2023-2024, could the settings be tuned so I'd have turned that $10k into $15k?", 10_000, 0.5],
    ["sol ema 2023-2024, tune it so that I'd turn my 10k into 15k", 10_000, 0.5],
    ['sol ema 2023-2024, find settings to have turned 10k into 15k', 10_000, 0.5],
    ['sol ema 2023-2024, optimise so that my 10k would have grown to 15k', 10_000, 0.5],
    ["sol ema 2023-2024, tune it so my $20,000 would've turned into $30,000", 20_000, 0.5],
  ])('"%s" (before: no target)', (text, capital, value) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ total_return: { operator: '>=', value } });
    expect(spec.optimization_required).toBe(true);
  });

  it('a past told with an owner ("I turned my $3,000 into $9,000") sets no goal', () => {
    expect(specOf('I turned my $3,000 into $9,000 in 2021. sol ema 2023-2024').targets).toEqual({});
  });
});

/**
 * The capital stated ("I am having 20,000 dollars", "I've got 10k", "I hold $10k"), then "make it M":
 * M is the end balance. Before: the capital was ignored and "25,000" with it.
 */
describe('capital stated, then "make it M", is a final equity goal', () => {
  it.each<[string, number, number]>([
    ['Sir, I am having 20,000 dollars. Can I make it 25,000 with the ema crossover on Ethereum since 2023? Please find the best settings.', 20_000, 25_000],
    ['ema on eth 2023. I have 20,000 dollars, can I make it 25,000?', 20_000, 25_000],
    ['ema on eth 2023, I have $20k. make it into $25k', 20_000, 25_000],
    ["ema on eth 2023, I've got 10k, want to make it 15k", 10_000, 15_000],
    ['ema on eth 2023, I hold $10k, can it grow it to $15k', 10_000, 15_000],
  ])('"%s"', (text, capital, goal) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(capital);
    expect(spec.targets).toEqual({ final_equity: { operator: '>=', value: goal } });
  });

  it.each([
    ['ema on eth 2023. I am having 20,000 dollars', 20_000],
    ['ema on eth 2023. I hold 20,000 dollars', 20_000],
  ])('"I am having X", "I hold X" state the capital: "%s"', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });
});

describe('must not change: "make it M" with no capital before it sets the capital', () => {
  it('"ema on eth 2023, make it 25k"', () => {
    const spec = specOf('ema on eth 2023, make it 25k');
    expect(spec.initial_capital).toBe(25_000);
    expect(spec.targets ?? {}).toEqual({});
  });
});
