import type { SymbolInfo } from '../data/types.js';
import type { DateWindow } from '../dates/date_window.js';
import { commonHistory } from './data_coverage.js';
import type { RequestSpec } from './request_spec.js';

/**
 * The dates a validated request runs on: the user's window when given, else the history every
 * requested symbol has in common (the longest daily file of each), so results compare like with like.
 */
export function runWindowFor(spec: RequestSpec, listing: readonly SymbolInfo[]): DateWindow {
  if (spec.date_range) return { ...spec.date_range };
  const spans = spec.symbols.map((symbol) => {
    const files = listing.filter((info) => info.symbol === symbol && info.interval === (spec.interval ?? '1d'));
    return files.reduce<SymbolInfo | undefined>((longest, info) => (!longest || info.bars > longest.bars ? info : longest), undefined);
  });
  if (spans.some((span) => span === undefined)) return {};
  return commonHistory(spans as SymbolInfo[]) ?? {};
}
