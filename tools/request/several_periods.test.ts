import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

function outcomeOf(text: string, history: string[] = []) {
  return parseRequest(text, { today: '2026-11-24', history });
}

describe('two separate periods in one message are refused, not read as the last one', () => {
  it.each([
    ['SMA on BTC 2022 vs 2023', ['2022-01-01 to 2022-12-31', '2023-01-01 to 2023-12-31']],
    ['RSI on ETH, compare 2021 with 2022', ['2021-01-01 to 2021-12-31', '2022-01-01 to 2022-12-31']],
    ['SMA on BTC in 2020 and then in 2022', ['2020-01-01 to 2020-12-31', '2022-01-01 to 2022-12-31']],
  ])('%s', (text, periods) => {
    const outcome = outcomeOf(text);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'several_periods' } });
    const message = outcome.ok ? '' : outcome.error.message;
    for (const period of periods) expect(message).toContain(period);
    expect(message).toContain(`"from ${periods[0]!.slice(0, 10)} to ${periods[1]!.slice(-10)}"`);
  });

  it('reads one range written in two parts, and a new period in a follow-up, as one window', () => {
    expect(outcomeOf('SMA on BTC 2022 and 2023')).toMatchObject({ ok: true, spec: { date_range: { start: '2022-01-01', end: '2023-12-31' } } });
    expect(outcomeOf('SMA on BTC from March 2021 to June 2022')).toMatchObject({ ok: true, spec: { date_range: { start: '2021-03-01', end: '2022-06-30' } } });
    expect(outcomeOf('now 2023', ['SMA on BTC 2022'])).toMatchObject({ ok: true, spec: { date_range: { start: '2023-01-01', end: '2023-12-31' } } });
  });
});

describe('a period after "instead of" or "rather than" is the one replaced, not a second window', () => {
  it.each([
    ['Can you do the same thing but over the past year instead of 2021?', ['EMA 9/21 on ADA for 2021'], { start: '2025-11-24', end: '2026-11-24' }, '2021-01-01 to 2021-12-31'],
    ['SMA on BTC for 2023 rather than 2022', [], { start: '2023-01-01', end: '2023-12-31' }, '2022-01-01 to 2022-12-31'],
    ['instead of 2021, use 2022 for SMA on BTC', [], { start: '2022-01-01', end: '2022-12-31' }, '2021-01-01 to 2021-12-31'],
    ['run it over 2019 to 2021 instead of 2022', ['RSI on ETH 2022'], { start: '2019-01-01', end: '2021-12-31' }, '2022-01-01 to 2022-12-31'],
  ])('%s', (text, history, window, replaced) => {
    const outcome = outcomeOf(text, history);
    expect(outcome).toMatchObject({ ok: true, spec: { date_range: window } });
    expect(outcome.ok && outcome.notes).toContain(`read ${replaced} as the period replaced, not the one to run`);
  });

  it('two periods compared still name several', () => {
    expect(outcomeOf('compare 2021 with 2022 for SMA on BTC')).toMatchObject({ ok: false, error: { code: 'several_periods' } });
    expect(outcomeOf('Compare MACD on BTC in 2021 and in 2022, which year is better?')).toMatchObject({ ok: false, error: { code: 'several_periods' } });
  });
});
