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
    ['Targets', targets.length > 0 ? targets.join('; ') : 'none'],
    ['Optimise', spec.optimization_required ? 'yes' : 'no'],
    ['Portfolio', portfolio],
    ['Costs', `fees ${spec.fees_bps} bps${spec.slippage_bps === undefined ? '' : `, slippage ${spec.slippage_bps} bps`}`],
    ['Capital', spec.initial_capital.toLocaleString('en-US')],
    ['Rank by', spec.rank_by],
  ];
  if (spec.allow_short !== undefined) rows.push(['Shorting', spec.allow_short ? 'allowed' : 'not allowed']);
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width + 1)}${value}`).join('\n');
}
