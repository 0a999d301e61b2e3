import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../risk/types.js';
import { parseRequest } from '../parse_request.js';
import { specOf } from '../test_support/spec_of.js';

function errorOf(text: string) {
  const outcome = parseRequest(text, { today: '2026-01-10' });
  return outcome.ok ? undefined : outcome.error;
}

/** A measure no run reports, set as a target, is refused with the metrics allowed (before: dropped, "ignored: 'beta', '0.5'"). */
describe('a target on an unknown metric is unknown_metric', () => {
  it.each([
    ['ema 12/26 on btc for 2021, i want beta below 0.5', 'beta'],
    ['macd on eth since 2021, I need alpha over 5%', 'alpha'],
    ['sma on spy 2015 to 2020, keep the beta to spy under 0.8', 'beta'],
    ['sma on btc 2021, correlation with spy below 0.3', 'correlation'],
    ['rsi on eth 2022, VaR should stay within 3%', 'VaR'],
    ['sma on btc 2021 with at least 5% alpha', 'alpha'],
    ['sma on btc 2021, information ratio above 0.5', 'information ratio'],
    ['sma on btc 2021, sortino above 2 and ulcer index under 10', 'ulcer index'],
    ['sma on btc 2021, omega ratio > 1.2', 'omega ratio'],
    ['donchian on qqq 2018, treynor of at least 0.1', 'treynor'],
    ['sma on btc 2021, a beta of 1 would be fine', 'beta'],
    ['sma on btc 2021, r squared above 0.9', 'r squared'],
  ])('%s: names "%s"', (text, metric) => {
    const error = errorOf(text);
    expect(error).toMatchObject({ code: 'unknown_metric', metric, metrics: [...METRIC_KEYS] });
    expect(error!.message).toContain(`"${metric}"`);
    expect(error!.message).toContain('sharpe_ratio');
  });

  it.each([
    // Must not change: the word outside a target, and supported metrics.
    ['sma on btc 2021, the beta version of your app is great', {}],
    ['sma on btc 2021, what is the beta of btc', {}],
    ['sma on btc 2021, sharpe above 1.5', { sharpe_ratio: { operator: '>', value: 1.5 } }],
    ['sma on btc 2021, max drawdown under 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
  ])('"%s" reads as before', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});

/** A run maximised, optimised or ranked by a measure it does not report is refused alike (before: the words ignored, ranked by Sharpe). */
describe('judged by an unknown metric is unknown_metric', () => {
  it.each([
    ['donchian on btc in 2021, maximize the omega ratio', 'omega ratio'],
    ['sma on spy 2020, optimize for ulcer index', 'ulcer index'],
    ['rank by treynor, macd on eth 2021', 'treynor'],
    ['rsi on btc 2022 and minimise the var', 'var'],
    ['sort them by information ratio, sma on spy 2020', 'information ratio'],
    ['ema 12/26 on eth 2021, maximising its alpha', 'alpha'],
  ])('%s: names "%s"', (text, metric) => {
    expect(errorOf(text)).toMatchObject({ code: 'unknown_metric', metric });
  });

  it.each([
    ['donchian on btc in 2021, maximize the sortino', 'sortino_ratio'],
    ['optimize on btc 2021 sma', 'sharpe_ratio'],
  ])('unchanged, a metric a run reports or none: %s', (text, metric) => {
    expect(specOf(text).rank_by).toBe(metric);
  });
});
