import type { RequestSpec, StrategyRequest } from './request_spec.js';

function describeStrategy(strategy: StrategyRequest): string {
  const params = Object.entries(strategy.params ?? {}).map(([name, value]) => `${name}=${value}`).join(', ');
  return `${strategy.name}${params ? ` (${params})` : ''}${strategy.baseline ? ' [baseline]' : ''}`;
}

function describeDates(spec: RequestSpec): string {
  if (!spec.date_range) return 'the symbols\' common history';
  return `${spec.date_range.start ?? 'start of data'} to ${spec.date_range.end ?? 'end of data'}`;
}

function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(4))}%`;
}

/** A few aligned lines a person can check at a glance: what will run, on what, judged how. */
export function describeRequestSpec(spec: RequestSpec): string {
  const targets = Object.entries(spec.targets).map(([metric, target]) => `${metric} ${target!.operator} ${target!.value}`);
  const portfolio = spec.portfolio
    ? Object.entries(spec.portfolio.weights).map(([symbol, weight]) => `${symbol} ${percent(weight)}`).join(', ')
    : 'none (each symbol separately)';
  const rows: Array<[string, string]> = [
    ['Symbols', spec.symbols.join(', ')],
    ['Strategies', spec.strategies.map(describeStrategy).join('; ')],
    ['Dates', describeDates(spec)],
    ['Interval', spec.interval ?? '1d (daily, the default)'],
    ['Targets', targets.length > 0 ? targets.join('; ') : 'none'],
    ['Optimise', !spec.optimization_required ? 'no' : spec.search === 'exhaustive' ? 'yes, every combination (the full grid)' : 'yes'],
    ['Portfolio', portfolio],
    ['Costs', `fees ${spec.fees_bps} bps${spec.slippage_bps === undefined ? '' : `, slippage ${spec.slippage_bps} bps`}`],
    ['Capital', spec.initial_capital.toLocaleString('en-US')],
    ['Rank by', spec.rank_by],
  ];
  if (spec.outputs && spec.outputs.length > 0) rows.push(['Outputs', spec.outputs.join(', ')]);
  if (spec.allow_short !== undefined) rows.push(['Shorting', spec.allow_short ? 'allowed' : 'not allowed']);
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width + 1)}${value}`).join('\n');
}

/**
 * The request in one sentence, as the agents read it: "sma_crossover (short=20, long=50) against
 * buy and hold on BTC and ETH, 2022-01-01 to 2022-12-31, targets sharpe_ratio > 1.5".
 */
export function readRequestSpec(spec: RequestSpec): string {
  const named = spec.strategies.filter((strategy) => !strategy.baseline).map(describeStrategy);
  const strategies = named.length > 0 ? `${named.join(' vs ')}${spec.strategies.some((strategy) => strategy.baseline) ? ' against buy and hold' : ''}` : 'buy and hold';
  const symbols = spec.portfolio
    ? `a portfolio of ${Object.entries(spec.portfolio.weights).map(([symbol, weight]) => `${percent(weight)} ${symbol}`).join(', ')}`
    : spec.symbols.join(spec.symbols.length === 2 ? ' and ' : ', ');
  const targets = Object.entries(spec.targets).map(([metric, target]) => `${metric} ${target!.operator} ${target!.value}`);
  return `${strategies} on ${symbols}, ${describeDates(spec)}${targets.length > 0 ? `, targets ${targets.join(' and ')}` : ''}`;
}
