import type { MetricKey } from '../risk/types.js';
import type { Token } from './tokenizer.js';
import { isWord, matchLongest, phrases, type Phrase } from './token_matchers.js';

/**
 * A fall in value: named with where it is measured from ("a 25% drop from the top", "peak to trough
 * slide") it is the drawdown; alone ("buy the dip", "a 5% drop") it is a price move, never a metric.
 */
const FALL_NOUNS = 'drop|drops|fall|falls|decline|declines|hit|dip|dips|slide|plunge|slump|crash|retracement|pullback|haircut|loss|losses';
const FALLS_FROM_THE_TOP = [
  `${FALL_NOUNS} from|off peak|top|high|highs`, `${FALL_NOUNS} from|off the|a|its|my|their peak|peaks|top|high|highs`, `${FALL_NOUNS} from|off the|its|an all time high|highs`,
];
const DEEPEST = 'max|maximum|worst|biggest|largest|deepest';

/** How people name each metric; snake_case keys as typed ("max_drawdown") tokenize to the same words. */
export const METRIC_WORDS: ReadonlyArray<{ metric: MetricKey; names: readonly Phrase[] }> = [
  // "SR>=1.2": desk shorthand for the Sharpe ratio (read before as an unknown ticker "SR").
  // "the ratio of Sortino", "ratio de Sharpe": the noun first, as Romance languages order it.
  // "μ/σ": the mean return over its deviation, the Sharpe ratio as a formula (the tokenizer reads the letters as "mu" and "sigma").
  { metric: 'sharpe_ratio', names: phrases('sharpe', 'sharpe ratio', "sharpe's", "sharpe's ratio", 'sharp ratio', 'sr', 'ratio|index of|de sharpe', 'mu / sigma') },
  { metric: 'sortino_ratio', names: phrases('sortino', 'sortino ratio', 'ratio|index of|de sortino') },
  { metric: 'calmar_ratio', names: phrases('calmar', 'calmar ratio', 'mar ratio', 'ratio|index of|de calmar') },
  {
    metric: 'max_drawdown',
    names: phrases('max|maximum|maximal|peak|worst drawdown|drawdowns|dd', 'max|maximum|maximal draw down', 'drawdown', 'drawdowns', 'draw down', 'draw downs', 'draw-down', 'mdd', 'dd', 'maxdd', 'maxdrawdown',
      'loss', 'losses', 'lose', 'loses', 'losing', 'max|maximum|worst loss|losses',
      // "the maximum fall cannot pass 25%": a fall named as the worst one is the drawdown (a lone "fall" stays a price move).
      'max|maximum|biggest|largest|worst fall|falls|decline|declines', `peak to trough loss|losses|${FALL_NOUNS}`, 'peak to trough',
      ...FALLS_FROM_THE_TOP, ...FALLS_FROM_THE_TOP.map((fall) => `${DEEPEST} ${fall}`)),
  },
  {
    metric: 'cagr',
    names: phrases('cagr', 'annual|annualized|annualised|yearly return|returns', 'compound annual growth rate', 'annual growth', 'compounded annual return',
      // "at least 8% a year", "12% annually": a share per year is the annual growth.
      'a|per|each|every year', 'per annum', 'annually', 'pa', 'p.a.', 'yearly',
      // "ann ret > 15%": desk shorthand, as "tot ret" is the total return.
      'ann|annual|annualized|annualised ret|rets'),
  },
  {
    metric: 'total_return',
    names: phrases('total|cumulative|overall return|returns', 'return', 'returns', 'profit', 'profits', 'gain', 'gains',
      // "tot ret > 0", "cum ret": desk shorthand (a bare "ret" or "tr" is left alone: "TR" is also the true range).
      'tot|total|cum|cumulative ret|rets|return|returns', 'totret', 'cumret'),
  },
  // "σ_ann < 60%", "vol_ann": the deviation of returns as quants write it, its unit after the name as in a variable's name
  // (a bare "sigma" is the bands' width, "sigma 2"; the volatility only when bounded: boundedSigmaAt).
  { metric: 'volatility', names: phrases('volatility', 'vol', 'annualized|annualised|annual volatility', 'ann vol|volatility',
    'sigma|vol|volatility ann|annual|annualized|annualised', 'ann|annual|annualized|annualised sigma') },
  // "WR over 60%": desk shorthand, as "SR" is the Sharpe ratio.
  { metric: 'win_rate', names: phrases('win rate|ratio|percentage', 'winrate', 'winning rate', 'hit rate|ratio', 'success rate', 'wr') },
  // "pf > 1.5": desk shorthand, as "dd" is the drawdown and "SR" the Sharpe ratio.
  { metric: 'profit_factor', names: phrases('profit factor', 'pf') },
  { metric: 'num_trades', names: phrases('number of trades', 'num trades', 'trade count', 'trades', 'round trips', 'round-trips', 'round trip trades', 'roundtrips') },
  // "expo under 40%": desk shorthand, as "dd" is the drawdown.
  { metric: 'exposure', names: phrases('exposure', 'expo', 'market exposure', 'time in market', 'time in the market') },
  { metric: 'final_equity', names: phrases('final|ending equity|balance|value|capital') },
];

/** A fall in value alone ("a drop", "dips"): the drawdown only where the user refuses it (recognizers/targets.ts). */
export const FALLS: readonly Phrase[] = phrases(FALL_NOUNS);

const ALL_METRIC_NAMES = METRIC_WORDS.flatMap((entry) => entry.names);
const METRIC_OF_NAME = METRIC_WORDS.flatMap((entry) => entry.names.map(() => entry.metric));

/** Bounds after which a bare sigma is the volatility: "σ < 60%", "sigma under 50%". */
const SIGMA_BOUNDS = ['<', '>', '<=', '>=', 'under', 'below'];

/**
 * "σ < 60%": a bare sigma (the tokenizer's name for σ) bounded like a target is the volatility of returns;
 * set to a value ("sigma=2.5", "sigma of 2", "2σ") it stays the Bollinger bands' width.
 */
function boundedSigmaAt(tokens: readonly Token[], index: number): { metric: MetricKey; end: number } | undefined {
  const bound = tokens[index + 1];
  return isWord(tokens[index], 'sigma') && bound !== undefined && SIGMA_BOUNDS.includes(bound.norm) ? { metric: 'volatility', end: index + 1 } : undefined;
}

/** The metric named at `index` ("max drawdown", "Sharpe ratio"), longest name first. */
export function matchMetricAt(tokens: readonly Token[], index: number): { metric: MetricKey; end: number } | undefined {
  const found = matchLongest(tokens, index, ALL_METRIC_NAMES);
  return (found && { metric: METRIC_OF_NAME[found.which]!, end: found.end }) ?? boundedSigmaAt(tokens, index);
}

/** Metrics stated as fractions that people write as percentages ("CAGR above 30%"). */
export const PERCENT_METRICS: ReadonlySet<MetricKey> = new Set(['cagr', 'total_return', 'volatility', 'win_rate', 'max_drawdown', 'exposure']);
