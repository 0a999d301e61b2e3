import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function outcomeOf(text: string, history: string[] = []) {
  return parseRequest(text, { today: TODAY, history });
}

describe('a date taken back in the same message keeps only the corrected one', () => {
  it('"make it 2024, sorry, no, keep 2023" runs 2023 (before: refused as several_periods)', () => {
    const outcome = outcomeOf('actually lookback 45 — and make it 2024, sorry, no, keep 2023', ['momentum on SOL, lookback 30, 2023']);
    expect(outcome).toMatchObject({ ok: true, spec: { symbols: ['SOL'], date_range: { start: '2023-01-01', end: '2023-12-31' } } });
    expect(outcome.ok && outcome.spec.strategies[0]).toMatchObject({ name: 'momentum', params: { lookback: 45 } });
  });

  it.each([
    ['SMA on BTC 2021 — no wait, 2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['SMA on BTC 2021, I mean 2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['SMA on BTC for 2020, no, 2021', { start: '2021-01-01', end: '2021-12-31' }],
    ['SMA on BTC in 2024 — wait, 2023', { start: '2023-01-01', end: '2023-12-31' }],
    ['SMA on BTC 2020 or rather 2021', { start: '2021-01-01', end: '2021-12-31' }],
    ['SMA on BTC 2024, oops, 2023-2024', { start: '2023-01-01', end: '2024-12-31' }],
  ])('"%s": the later window (before: refused as several_periods)', (text, expected) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { date_range: expected } });
  });

  it.each([
    // One edge written after the marker replaces that edge of the window before it.
    ['SMA on BTC from 2019 to 2021, sorry, from 2020', { start: '2020-01-01', end: '2021-12-31' }],
    ['SMA on BTC from 2019 to 2021, sorry, to 2022', { start: '2019-01-01', end: '2022-12-31' }],
    // A window written after a corrected edge takes that edge's place.
    ['SMA on BTC since 2019, sorry, 2020', { start: '2020-01-01', end: TODAY }],
    ['momentum on BTC, starting 2019 — sorry, 2020 — through the end of 2021', { start: '2020-01-01', end: '2021-12-31' }],
  ])('"%s": only the edge corrected', (text, expected) => {
    expect(outcomeOf(text)).toMatchObject({ ok: true, spec: { date_range: expected } });
  });

  it('says what it took back', () => {
    const outcome = outcomeOf('SMA on BTC 2021 — no wait, 2022');
    expect(outcome.ok && outcome.notes).toContain("read 'no wait,' as a correction: 2022-01-01 to 2022-12-31 in place of 2021-01-01 to 2021-12-31");
  });

  it('reads no correction in "no fees", a marker with nothing to correct, or "no" without a pause', () => {
    expect(outcomeOf('SMA on BTC, no fees, 2022')).toMatchObject({ ok: true, spec: { fees_bps: 0, date_range: { start: '2022-01-01', end: '2022-12-31' } } });
    expect(outcomeOf('sorry, SMA on BTC for 2022')).toMatchObject({ ok: true, spec: { date_range: { start: '2022-01-01', end: '2022-12-31' } } });
    expect(outcomeOf('SMA on BTC 2024 no 2023')).toMatchObject({ ok: false, error: { code: 'several_periods' } });
    // "not 2021" takes a year out, which one run cannot do: still two periods, never the year alone.
    expect(outcomeOf('SMA on BTC 2020-2022, no, not 2021')).toMatchObject({ ok: false, error: { code: 'several_periods' } });
  });

  it('a marker with nothing after it to correct says both sides were kept; "sorry, no" alone is still a question', () => {
    const kept = outcomeOf('SMA on BTC for 2022, sorry, with 5 bps fees');
    expect(kept.ok && kept.notes).toContainEqual(expect.stringContaining('nothing after it replaces anything before it'));
    expect(outcomeOf('sorry, no', ['SMA on BTC for 2022'])).toMatchObject({ ok: false, error: { code: 'not_understood' } });
  });
});

describe('a parameter corrected in place', () => {
  it.each([
    ['std dev 2.5 — no wait, 3', { period: 20, std_dev: 3 }, "read 'no wait,' as a correction: std_dev 3 in place of 2.5"],
    ['period 20, sorry, 25', { period: 25, std_dev: 2 }, "read 'sorry,' as a correction: period 25 in place of 20"],
  ])('"%s" keeps the corrected value, and says so (before: the first value ran)', (text, params, note) => {
    const outcome = parseRequest(text, { today: '2025-11-20', history: ['bollinger 20 2 on apple, 2020'] });
    expect(outcome.ok && outcome.spec.strategies[0]).toEqual({ name: 'bollinger_bands', params });
    expect(outcome.ok && outcome.spec.notes).toContain(note);
  });

  it('"no" before another setting is no correction', () => {
    const outcome = parseRequest('period 20, no fees', { today: '2025-11-20', history: ['bollinger 20 2 on apple, 2020'] });
    expect(outcome.ok && [outcome.spec.strategies[0], outcome.spec.fees_bps]).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }, 0]);
  });
});
