import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('"let\'s do 2021 through 2023" asks for that window, in a message telling a story', () => {
  it.each([
    ["my brother swears by this. let's do 2021 through 2023 with sma 20/50 on btc", { start: '2021-01-01', end: '2023-12-31' }],
    ['my wife thinks I am nuts. lets try 2019 to 2020, rsi on eth', { start: '2019-01-01', end: '2020-12-31' }],
    ["I lost money in 2018. let's run sma 20/50 on btc for 2021", { start: '2021-01-01', end: '2021-12-31' }],
  ])('"%s"', (text, window) => {
    expect(specOf(text).date_range).toEqual(window);
  });
});

describe('must not change', () => {
  it('"let\'s say I bought in 2019" supposes, and is background beside the window', () => {
    expect(specOf("let's say I had bought btc in 2019. run sma 20/50 on btc 2021-2022").date_range).toEqual({ start: '2021-01-01', end: '2022-12-31' });
  });
});
