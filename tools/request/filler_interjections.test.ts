import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, userStrategiesOf } from './test_support/spec_of.js';

/** "meh", "ugh", "eh": an interjection before a follow-up says nothing, so it does not make the follow-up unread. */
const tries = ['momentum 90 on xrp 2021-2024', 'make lookback 30'];

describe('an interjection before a follow-up', () => {
  it.each(['meh, back to how it was', 'ugh, undo that', 'eh, go back to the previous settings', 'welp, scratch that'])('"%s" undoes the last step', (text) => {
    expect(userStrategiesOf(text, tries)).toEqual([{ name: 'momentum', params: { lookback: 90 } }]);
  });

  it.each(['meh, try eth instead', 'ugh ok now on eth'])('"%s" still reads the rest', (text) => {
    const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history: tries });
    expect(outcome.ok && outcome.spec.symbols).toEqual(['ETH']);
  });
});

describe('must not change', () => {
  it('"back to how it was" alone undoes the last step', () => {
    expect(userStrategiesOf('back to how it was', tries)).toEqual([{ name: 'momentum', params: { lookback: 90 } }]);
  });
  it('an interjection alone asks for nothing', () => {
    const outcome = parseRequest('meh', { today: PHRASE_TEST_TODAY });
    expect(outcome.ok).toBe(false);
  });
});
