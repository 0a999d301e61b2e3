import { phrases, type Phrase } from './token_matchers.js';

/**
 * How people name each strategy and write its parameters. The ids and parameter names mirror
 * tools/strategy/registry.ts (a test checks they agree); the registry stays the judge of values.
 */
export interface StrategyWords {
  id: string;
  names: readonly Phrase[];
  /** Names that fix parameters by definition: a golden cross is the 50/200 SMA crossover. */
  presets?: ReadonlyArray<{ names: readonly Phrase[]; params: Readonly<Record<string, number>> }>;
  /**
   * Among `names`, the ones that name a family of strategies ("trend following", "breakout"): they
   * name this strategy only when the request names no concrete one ("reading about trend following
   * … what I want is donchian" asks for the Donchian alone).
   */
  families?: readonly Phrase[];
  /** Words that may follow the name or its numbers: "SMA 20/50 crossover", "RSI 14 with 30/70 bands". */
  tails: readonly Phrase[];
  /** Tails that say which parameters the numbers after them are: after RSI's "threshold", 25 is a level, never the period. */
  namingTails?: { names: readonly Phrase[]; params: readonly string[] };
  /**
   * A strategy's own convention for a list of n numbers, where it differs from the schema's
   * order: RSI's "30/70" is its bands. Other lists follow the schema (parameter_slots.ts).
   */
  shapes: Readonly<Record<number, readonly string[]>>;
  /**
   * A lone whole number below `below` names `param`, not the first window: "bollinger 2" is 2σ
   * bands, since a band over 2 bars means nothing.
   */
  loneSmallNumber?: { below: number; param: string };
  params: readonly string[];
}

const GENERIC_TAILS = ['strategy', 'strategies', 'system', 'rule', 'rules', 'approach', 'model'];
const RSI_LEVEL_WORDS = ['band', 'bands', 'level', 'levels', 'threshold', 'thresholds'];
// Desk shorthand for the crossover: "ema xover 9/21", "sma x-over 20/50", "ema cross-over 8/21" (a hyphen between words is optional).
const CROSSOVER_SHORTHANDS = ['xover|xovers', 'x over|overs', 'cross over|overs'];
const CROSS_TAILS = ['crossover', 'crossovers', 'cross', 'crosses', 'crossing', ...CROSSOVER_SHORTHANDS, ...GENERIC_TAILS];
/**
 * "the 9-day ema goes above the 21-day": the other average of a crossover's rule, its noun left out,
 * so the number after it is the crossover's other window. Crossovers only: "macd goes above 0" is no window.
 */
const CROSSING_TAILS = phrases('goes|moves|rises|climbs|crosses|crossing|cuts|breaks above|over|below|under|through', ...CROSS_TAILS);

/**
 * "the fast average crosses above the slow one", "the short MA crossing under the long MA": a
 * crossover named by its rule. `average` is the averages' name, one or more words (single words may alternate).
 */
function crossingRule(average: string): Phrase[] {
  const alternatives = average.split('|');
  const single = alternatives.filter((name) => !name.includes(' ')).join('|');
  const averages = [single, ...alternatives.filter((name) => name.includes(' '))];
  const fast = 'fast|short|faster|shorter|quick|quicker';
  const slow = 'slow|long|slower|longer';
  const cross = 'crosses|crossing|crossed|cross|goes|moves|go|move';
  const side = 'above|over|below|under';
  // "the short average line of price go up over the long average line": a line, of the price, going up over.
  const firsts = averages.flatMap((first) => [first, `${first} of price|prices`, `${first} of the price|prices`]);
  const seconds = [...averages, 'one'];
  const verbs = [cross, `${cross} up|down`];
  return firsts.flatMap((first) => seconds.flatMap((second) => verbs.flatMap((verb) => phrases(
    `${fast} ${first} ${verb} ${side} the|a ${slow} ${second}`,
    `${fast} ${first} ${verb} ${side} ${slow} ${second}`,
    `${fast} ${first} ${verb} the|a ${slow} ${second}`,
  ))));
}

/**
 * Moving averages named noun first, as Spanish, French and Italian speakers do ("average moving",
 * "media movil", "moyennes mobiles", "medie mobili"); written without accents, as the tokenizer reads letters a-z.
 */
const ROMANCE_AVERAGES = ['average|averages moving|mobile', 'media|medias movil|moviles|movel|moveis', 'moyenne|moyennes mobile|mobiles', 'media|medie mobile|mobili'];
/**
 * "cruce de medias", "croisement des moyennes", "incrocio delle medie": after a crossing word the bare
 * Romance noun is the moving averages (alone, "medias" may be anything).
 */
const ROMANCE_CROSSINGS = ['cruce|croisement|incrocio|cruzamento de|des|delle|das|dei las|los|les|the medias|moyennes|medie',
  'cruce|croisement|incrocio|cruzamento de|des|delle|das|dei medias|moyennes|medie'];
const EXPONENTIAL_AFTER = 'exponential|exponencial|exponenciales|exponenciais|exponentielle|exponentielles|esponenziale|esponenziali';

/**
 * "the averages that weigh recent days more heavily", "averages giving more weight to the latest prices": a
 * beginner's words for exponential averages. Plural, as a crossover's pair; what they weigh must be the recent days.
 */
const RECENT_DAYS = 'recent|latest|newest|newer days|prices|closes|bars|candles';
const AVERAGES_WEIGHING_RECENT_DAYS = phrases(
  `averages|avgs that|which weigh|weight|count|favour|favor|emphasise|emphasize ${RECENT_DAYS} more|most|heavier|higher`,
  `averages|avgs that|which weigh|weight|count|favour|favor|emphasise|emphasize the ${RECENT_DAYS} more|most|heavier|higher`,
  `averages|avgs that|which weigh|weight|count ${RECENT_DAYS} more heavily`, `averages|avgs that|which weigh|weight|count the ${RECENT_DAYS} more heavily`,
  `averages|avgs weighted|weighed toward|towards ${RECENT_DAYS}`, `averages|avgs weighted|weighed toward|towards the ${RECENT_DAYS}`,
  `averages|avgs that|which give|put more weight on|to ${RECENT_DAYS}`, `averages|avgs that|which give|put more weight on|to the ${RECENT_DAYS}`,
  `averages|avgs giving|putting more weight on|to ${RECENT_DAYS}`, `averages|avgs giving|putting more weight on|to the ${RECENT_DAYS}`);

export const STRATEGY_WORDS: readonly StrategyWords[] = [
  {
    id: 'sma_crossover',
    names: [...phrases('sma', 'smas', 'sma crossover', 'sma cross', 'ma', 'ma crossover', 'ma cross', 'moving average', 'moving averages',
      'moving average crossover', 'moving average cross', 'simple moving average', 'simple moving averages', 'dual moving average',
      'crossover', 'trend following with|using moving averages', 'trend following', 'ma cross|crossover', 'moving average trend following',
      'simple moving average crossover|cross', 'dual ma|sma', 'moving averages crossover|cross', 'simple crossover|cross|crossovers',
      // As other languages build it: "cruce de medias", "croisement des moyennes".
      'cross|crossing|crossover of averages|mas|smas', 'cross|crossing|crossover of the averages|mas|smas',
      'cross|crossing|crossover of moving averages', 'cross|crossing|crossover of the moving averages',
      // "the cross of simple averages 20 y 100": the kind said inside the crossing.
      'cross|crossing|crossover of simple averages|avgs', 'cross|crossing|crossover of the simple averages|avgs',
      'cross|crossing|crossover of simple moving averages', 'cross|crossing|crossover of the simple moving averages',
      // "mobile averages": the French and Spanish word for "moving".
      'mobile average|averages', 'cross|crossing|crossover of the|of mobile averages', 'cross|crossing|crossover of mobile averages',
      // "ma cross-over 10/30": the crossover written in two words, longer than the name "ma cross" it starts with.
      'sma|ma|smas|mas cross over|overs', 'moving average|averages cross over|overs',
      // Glued desk shorthand: "bnb smacross 15 45", "macrossover 10/30", "smaxover 20/50".
      'smacross|smacrossover|smacrossovers|smaxover|macross|macrossover|macrossovers|maxover'),
      // The adjective after the noun, as Romance languages order it: "average moving simple", "medias moviles", "moyennes mobiles simples".
      ...ROMANCE_AVERAGES.flatMap((average) => phrases(average, `${average} simple|simples|semplice|semplici`,
        `cross|crossing|crossover|cruce|cruzamento|croisement|incrocio of|de|des|delle the|las|los|les ${average}`,
        `cross|crossing|crossover|cruce|cruzamento|croisement|incrocio of|de|des|delle ${average}`)),
      ...phrases(...ROMANCE_CROSSINGS),
      // Named by its rule: "buy when the fast average crosses above the slow one".
      ...crossingRule('average|averages|ma|mas|sma|smas|moving average|average line|moving average line')],
    // "golden x": chat shorthand writes the cross as an x.
    presets: [{ names: phrases('golden cross', 'death cross', 'golden crossover', 'death crossover', 'golden death cross', 'golden|death x'), params: { short: 50, long: 200 } }],
    families: phrases('trend following'),
    tails: CROSSING_TAILS,
    shapes: {},
    params: ['short', 'long'],
  },
  {
    id: 'ema_crossover',
    names: [...phrases('ema', 'emas', 'ema crossover', 'ema cross', 'exponential moving average', 'exponential moving averages',
      'exponential moving average crossover', 'exponential crossover|cross|crossovers', 'exponential mobile average|averages',
      // "the exponential-average crossover", "fast and slow exponential averages".
      'exponential average|averages', 'exponential average|averages crossover|cross', 'exponential-average', 'exponential-average crossover|cross',
      'cross|crossing|crossover of the|of exponential moving|mobile averages', 'cross|crossing|crossover of exponential moving|mobile averages',
      'cross|crossing|crossover of the emas', 'cross|crossing|crossover of emas', 'ema|emas cross over|overs',
      'cross|crossing|crossover of exponential averages', 'cross|crossing|crossover of the exponential averages',
      // Glued desk shorthand: "emacross 9 21", "emaxover 8/21".
      'emacross|emacrossover|emacrossovers|emaxover'),
      // "the averages that weigh recent days more heavily": exponential averages told by what they do.
      ...AVERAGES_WEIGHING_RECENT_DAYS,
      // The adjective after the noun: "the mobile averages exponential 9 and 21", "medias moviles exponenciales", "moyennes mobiles exponentielles".
      ...['average|averages', 'moving|mobile average|averages', ...ROMANCE_AVERAGES].flatMap((average) => phrases(`${average} ${EXPONENTIAL_AFTER}`,
        `cross|crossing|crossover|cruce|cruzamento|croisement|incrocio of|de|des|delle the|las|los|les ${average} ${EXPONENTIAL_AFTER}`,
        `cross|crossing|crossover|cruce|cruzamento|croisement|incrocio of|de|des|delle ${average} ${EXPONENTIAL_AFTER}`)),
      ...phrases(...ROMANCE_CROSSINGS.map((crossing) => `${crossing} ${EXPONENTIAL_AFTER}`)),
      ...crossingRule('ema|emas|exponential average|exponential moving average')],
    tails: CROSSING_TAILS,
    shapes: {},
    params: ['short', 'long'],
  },
  {
    id: 'rsi_mean_reversion',
    names: phrases('rsi', 'ifr', 'relative strength index', 'relative strength', 'mean reversion', 'overbought / oversold', 'oversold / overbought',
      'overbought oversold', 'oversold overbought', 'overbought and oversold', 'oversold and overbought', 'buy oversold', 'buy oversold sell overbought', 'buy oversold , sell overbought',
      'overbought oversold strategy', 'overbought-oversold', 'oversold bounce', 'buy the oversold',
      'mean rev', 'mean-rev', 'mean reverting', 'rsi mean rev', 'rsi reversal',
      'mean reversion on|with|using rsi', 'mean reversion based on rsi', 'rsi mean reversion', 'rsi reversion'),
    families: phrases('mean reversion', 'mean rev', 'mean reverting'),
    tails: phrases('mean reversion', 'reversion',
      // "strat: rsi mr": mean reversion as quants abbreviate it, only after the name.
      'mr', 'oscillator', ...RSI_LEVEL_WORDS, ...GENERIC_TAILS),
    namingTails: { names: phrases(...RSI_LEVEL_WORDS), params: ['lower', 'upper'] },
    shapes: { 2: ['lower', 'upper'] },
    params: ['period', 'lower', 'upper'],
  },
  {
    id: 'macd',
    names: phrases('macd', 'moving average convergence divergence'),
    tails: phrases('histogram', ...CROSS_TAILS),
    shapes: {},
    params: ['fast', 'slow', 'signal'],
  },
  {
    id: 'bollinger_bands',
    names: phrases('bollinger', 'bollinger band', 'bollinger bands', 'bb', 'bbands', 'boll', 'boll band|bands', 'bb squeeze', 'bollinger squeeze', 'bollinger band squeeze', 'mean reversion on|with|using bollinger',
      'mean reversion based on bollinger', 'mean reversion on|with|using bollinger bands', 'one|strategy|system with the bands', 'volatility band|bands',
      // "bowling bands": a phone's autocorrect of "Bollinger bands"; "bowling" alone names nothing.
      'bowling band|bands'),
    families: phrases('volatility band|bands'),
    tails: phrases('band', 'bands', 'mean reversion', 'reversion', 'std', 'stdev', 'sd', 'sigma', 'standard deviation|deviations', ...GENERIC_TAILS),
    shapes: {},
    // The shortest period a search tries is 5; widths are 1 to 3.5 deviations.
    loneSmallNumber: { below: 5, param: 'std_dev' },
    params: ['period', 'std_dev'],
  },
  {
    id: 'donchian_breakout',
    // "donch 55/20": the desk's clipped name.
    names: phrases('donchian', 'donch', 'donchian channel', 'donchian channels', 'channel breakout', 'breakout', 'breakouts', 'price channel|channels',
      // "not bollinger, the other one with the channels": named by what it draws.
      'one|strategy|system with the|price channel|channels'),
    families: phrases('breakout', 'breakouts'),
    presets: [{ names: phrases('turtle', 'turtles', 'turtle breakout', 'turtle trading', 'turtle system', 'turtle style', 'turtle rules'), params: { period: 20, exit_period: 10 } }],
    tails: phrases('channel', 'channels', 'breakout', 'breakouts', ...GENERIC_TAILS),
    shapes: {},
    params: ['period', 'exit_period'],
  },
  {
    id: 'momentum',
    names: phrases('momentum', 'time series momentum', 'rate of change', 'roc', 'mom', 'trend following momentum', 'trend-following momentum', 'tsmom'),
    tails: phrases(...GENERIC_TAILS),
    shapes: {},
    params: ['lookback'],
  },
  {
    id: 'buy_and_hold',
    names: phrases('buy and hold', 'buy & hold', 'buy n hold', 'buy&hold', 'buy&hodl', 'buy & hodl', 'buy n hodl', 'b & h', 'buy hold', 'b&h', 'hodl', 'buy and hodl', 'bh', 'just|simply|only hold|held|hodl|hodled',
      'held', 'buy-and-hold', 'passive holding',
      // Desk shorthand: "ltc+xrp 50/50 bnh", "spy b/h". Never "bah", also a word of disgust ("bah, sma on btc").
      'bnh', 'b / h',
      // As other languages say it: "comprar y mantener", "comprar e manter", "acheter et conserver", "comprare e mantenere".
      'comprar y|e mantener|manter|mantenir|segurar|guardar', 'acheter et conserver|garder', 'comprare e mantenere|tenere',
      // "half into GLD and half into SPY and just leaving it alone": buying and then doing nothing is holding.
      // Never "leave it alone" on its own, which in a follow-up keeps the strategy ("just leave it alone and add eth").
      'and just|simply|then leave|leaving it|them|everything alone', 'and just|simply|then let|letting it|them sit'),
    // "I've held Ether for 3 years. Could you run RSI on it": the user's own holding, beside the strategy asked for.
    families: phrases('held'),
    tails: phrases(...GENERIC_TAILS),
    shapes: {},
    params: [],
  },
];

export function strategyWordsOf(id: string): StrategyWords | undefined {
  return STRATEGY_WORDS.find((entry) => entry.id === id);
}

/** Indicators and styles we have no strategy for: named, they become an unknown strategy, not silence. */
export const UNSUPPORTED_STRATEGY_NAMES: readonly Phrase[] = phrases(
  'ichimoku', 'ichimoku cloud', 'stochastic', 'stochastic oscillator', 'stochastic rsi', 'stoch', 'atr', 'adx', 'vwap', 'twap',
  'supertrend', 'super trend', 'keltner', 'keltner channel', 'keltner channels', 'parabolic sar', 'parabolic', 'fibonacci',
  'fibonacci retracement', 'cci', 'obv', 'williams', 'williams r', 'aroon', 'pivot points', 'heikin ashi', 'renko', 'kdj', 'dmi',
  'dca', 'dollar cost averaging', 'grid', 'grid trading', 'martingale', 'pairs trading', 'arbitrage', 'scalping', 'hull', 'kama',
  'elliott wave', 'elliott waves',
);

/** Words before "strategy" that describe rather than name one: "a simple strategy", "the best strategy". */
export const STRATEGY_QUALIFIERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'my', 'our', 'your', 'their', 'its', 'this', 'that', 'these', 'those', 'same', 'other', 'another', 'new',
  'old', 'current', 'previous', 'first', 'second', 'both', 'all', 'each', 'every', 'some', 'any', 'one', 'two', 'three',
  'several', 'multiple', 'following', 'default', 'basic', 'popular', 'classic', 'standard', 'simple', 'trading', 'investment',
  'investing', 'algorithmic', 'quant', 'quantitative', 'systematic', 'baseline', 'benchmark', 'favorite', 'favourite',
  'proven', 'winning', 'top', 'best', 'good', 'better', 'great', 'optimal', 'optimized', 'optimised', 'tuned', 'short', 'long',
  'bullish', 'bearish', 'crypto', 'stock', 'equity', 'daily', 'weekly', 'hourly', 'intraday', 'swing', 'day', 'position',
  'exit', 'entry', 'risk', 'portfolio', 'backtest', 'backtested', 'which', 'what', 'whichever', 'different', 'robust',
  'profitable', 'based', 'only', 'single', 'combined', 'hybrid', 'custom', 'own', 'original', 'above', 'next', 'last', 'it',
  // "sell on the opposite cross": the other crossing of the same strategy, never a name.
  'opposite',
  // "trade when they cross": a pronoun for the lines, never a name.
  'they', 'them',
  // "buy when the lines cross": what a chart shows crossing, never a name (before, the unknown strategy "lines_cross").
  'line', 'lines',
  'is', 'and', 'or', 'with', 'of', 'for', 'on', 'to', 'in', 'vs', 'than', 'per', 'right', 'wrong', 'winner', 'loser', 'trend', 'reversal', 'contrarian', 'passive', 'active', 'naive', 'dumb', 'smart', 'safe', 'risky',
  // Prepositions and verbs that only lead into the noun: "care about strategies", "compare strategies".
  'about', 'among', 'between', 'from', 'like', 'such', 'using', 'compare', 'comparing', 'rank', 'ranking', 'run', 'test', 'testing',
  // "I want to check strategy golden cross", "try strategy RSI": the ask's verb before the noun, not a name.
  'check', 'checking', 'try', 'trying', 'verify', 'verifying', 'evaluate', 'evaluating', 'assess', 'assessing', 'examine', 'examining',
  'analyse', 'analysing', 'analyze', 'analyzing', 'simulate', 'simulating', 'use', 'apply', 'applying', 'backtesting',
  'many', 'more', 'most', 'few', 'fewer', 'various', 'similar', 'whose', 'into', 'without', 'over', 'under',
  // Whose it is and what the writer thinks of it, told in a story: "he posted his system", "a boring strategy: SMA 10/30".
  'his', 'her', 'him', 'them', 'boring', 'plain', 'fancy', 'lazy', 'easy', 'conservative', 'aggressive', 'cautious', 'sensible', 'solid',
  'reliable', 'decent', 'nice', 'cool', 'clever', 'secret', 'usual', 'typical', 'famous', 'favored', 'favoured', 'personal', 'straightforward',
  'complicated', 'complex', 'interesting', 'silly', 'stupid', 'crazy', 'mechanical', 'entire', 'whole', 'latest',
]);
