import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function outcomeOf(text: string) {
  return parseRequest(text, { today: TODAY });
}

describe('a period named inside the range asked for, as context, is background', () => {
  it.each([
    ['Dear team, the members asked whether a simple rule based on the 50-day and 200-day moving averages would have kept us out of the worst of the 2008 decline in the S&P 500. Could you please run that crossover on SPY from the start of 2007 through the end of 2009?',
      { start: '2007-01-01', end: '2009-12-31' }, "read '2008 decline' as background: it lies inside the window asked for"],
    ['how did RSI on QQQ do in the 2022 plunge? Run 2021 to 2023', { start: '2021-01-01', end: '2023-12-31' }, "read '2022 plunge' as background: it lies inside the window asked for"],
    ['would SMA 50/200 on SPY have dodged the 2020 downturn? test 2019 through 2021', { start: '2019-01-01', end: '2021-12-31' }, "read '2020 downturn' as background: it lies inside the window asked for"],
  ])('a market phase: "%s"', (text, window, note) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec.date_range).toEqual(window);
    expect(outcome.ok && outcome.notes).toContain(note);
  });

  it.each([
    ['BNB donchian sweep: period 10-60, exit 5-30, rank by sortino, 2020-2024, 10 bps per side. Yes I know about the FTX-era weirdness in late 2022, leave it in.',
      { start: '2020-01-01', end: '2024-12-31' }, 'in late 2022'],
    ['SMA on SPY 2015 to 2023, I know 2020 was a mess, keep it in', { start: '2015-01-01', end: '2023-12-31' }, '2020'],
    ['SMA on SPY 2015 to 2023. The covid crash in March 2020, keep that in please.', { start: '2015-01-01', end: '2023-12-31' }, 'in March 2020'],
    ['RSI on ETH 2019-2024; the merge chaos in September 2022 - leave it in there', { start: '2019-01-01', end: '2024-12-31' }, 'in September 2022'],
  ])('a part the writer keeps in: "%s"', (text, window, written) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok && outcome.spec.date_range).toEqual(window);
    expect(outcome.ok && outcome.notes).toContain(`read '${written}' as a period of interest inside the window, not a second window`);
  });
});

describe('must not change: periods that are asked for stay periods', () => {
  it.each([
    'BNB donchian 2020-2024 but only late 2022',
    'SMA on SPY 2019 and also 2022',
    'SMA on SPY for 2019, keep it in 2023',
    'SMA on SPY 2015-2018. 2020 was a mess, keep it in',
    'SMA on SPY 2015-2019, the 2022 decline',
    'SMA on SPY for the 2008 decline, and 2019',
  ])('"%s" is refused as several periods', (text) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok ? outcome.spec : outcome.error.code).toBe('several_periods');
  });

  it('a market phase written alone is the window', () => {
    expect(outcomeOf('SMA on SPY over the 2020 downturn')).toMatchObject({ ok: true, spec: { date_range: { start: '2020-01-01', end: '2020-12-31' } } });
  });
});
