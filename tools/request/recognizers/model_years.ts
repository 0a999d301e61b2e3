import type { Token } from '../tokenizer.js';
import { isWord, isYearNumber } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { asksForRun, clauseAround } from './life_clauses.js';
import { matchSymbolAt } from './symbols.js';

/** "a 2008 crash", "a 2022 repeat": after "a" these are periods of the market, whatever the story. */
const MARKET_NOUNS: ReadonlySet<string> = new Set([
  'crash', 'crashes', 'bear', 'bull', 'rally', 'style', 'repeat', 'rerun', 'replay', 'scenario', 'move', 'drop', 'dip', 'selloff', 'sell', 'meltdown', 'panic', 'bubble',
  'high', 'low', 'peak', 'bottom', 'top', 'start', 'window', 'range', 'period', 'year', 'run', 'backtest', 'test', 'trade', 'trades', 'portfolio', 'returns',
  'performance', 'results', 'data', 'prices', 'price', 'only', 'and', 'or', 'to', 'through', 'thru', 'until', 'till',
]);
/** After "the", only a product's own nouns say a model year: "the 2008 crash" is the market's. */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'model', 'models', 'version', 'edition', 'car', 'truck', 'van', 'suv', 'camper', 'rv', 'motorcycle', 'bike', 'boat', 'trailer', 'minivan', 'sedan', 'pickup',
  'laptop', 'macbook', 'iphone', 'phone',
]);
const OWNERS = ['my', 'our', 'his', 'her', 'their', 'your'];

/**
 * "a 2009 Subaru at 210,000 miles", "my 2019 civic", "a 2015 f-150", "the 2012 model", "our 2018
 * camper": a year between an article or an owner and a thing's name is its model year, told as the
 * writer's story, never the run's window (background_periods.ts). A clause that asks ("give me a 2023
 * sma test") or a thing that is traded or run ("a 2022 btc backtest") keeps the year a period.
 */
export function namesModelYear(tokens: readonly Token[], start: number, end: number): boolean {
  if (end !== start + 1 || !isYearNumber(tokens[start])) return false;
  const [before, thing] = [tokens[start - 1], tokens[end]];
  if (!isWord(thing) || clauseAround(tokens, start, end).some((at) => asksForRun(tokens, at))) return false;
  if (isWord(before, 'the')) return PRODUCT_NOUNS.has(thing!.norm);
  const traded = strategyNameAt(tokens, end) !== undefined || matchSymbolAt(tokens, end, { shouting: false, strong: true }) !== undefined;
  return isWord(before, 'a', 'an', ...OWNERS) && !MARKET_NOUNS.has(thing!.norm) && !traded;
}
