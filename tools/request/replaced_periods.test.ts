import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf } from './test_support/spec_of.js';

const outcomeOf = (text: string, history: string[] = []) => parseRequest(text, { today: PHRASE_TEST_TODAY, history });

/**
 * A period set aside inside another the message names is cut out of it. Before, "sma on btc
 * 2020-2023 without 2021" ran 2020-2023 whole, with 2021 "read as the period replaced".
 */
describe('a period cut out of another', () => {
  it.each([
    'sma on btc 2020-2023 without 2021',
    'sma on btc 2020-2023 excluding 2021',
    'SMA on BTC 2020-2023, no, not 2021',
  ])('"%s": from the middle, it leaves two windows, named in the refusal', (text) => {
    const outcome = outcomeOf(text);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'several_periods' } });
    const message = outcome.ok ? '' : outcome.error.message;
    expect(message).toContain('(2020-01-01 to 2020-12-31, 2022-01-01 to 2023-12-31)');
    // The one range covering both would be the window the cut came from: not offered.
    expect(message).not.toContain('one range');
  });

  it.each([
    ['sma on btc 2020-2023 without 2020', '2021-01-01', '2023-12-31'],
    ['sma on btc 2020-2023 excluding 2023', '2020-01-01', '2022-12-31'],
    ['SMA on BTC 2020-2022, not 2022', '2020-01-01', '2021-12-31'],
  ])('"%s": at an edge, it trims the window to %s .. %s, and says so', (text, start, end) => {
    const spec = specOf(text);
    expect(spec.date_range).toEqual({ start, end });
    expect((spec.notes ?? []).some((note) => note.includes(`so the run is ${start} to ${end}`))).toBe(true);
  });
});

describe('must not change', () => {
  it('a period replaced by another outside it is still set aside ("instead of")', () => {
    expect(specOf('sma on btc 2022 instead of 2021').date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });
  it('two periods side by side are still two periods', () => {
    expect(outcomeOf('sma on btc 2022 vs 2023')).toMatchObject({ ok: false, error: { code: 'several_periods' } });
  });
});
