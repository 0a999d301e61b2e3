import { isNeighbourSwap, matchMisspelledName } from './fuzzy_names.js';
import { correctParameterNames } from './misspelled_parameter_names.js';
import { correctScales } from './misspelled_scales.js';
import { correctUnits } from './misspelled_units.js';
import { correctLeads } from './misspelled_leads.js';
import { readSharpAsSharpe } from './sharp_as_sharpe.js';
import type { Token } from './tokenizer.js';

/**
 * The grammar's own long words, which a typo should still reach: "moving avrage", "bolinger",
 * "relative strenght", "momentun", "drawdwn", "optimze", "sinse". A word is corrected when it is
 * not itself one of these and is within the tested edit distance of exactly one of them
 * (fuzzy_names.ts: same first letter, 1 edit up to 5 letters, 2 beyond).
 */
const GRAMMAR_WORDS: readonly string[] = [
  'average', 'averages', 'moving', 'exponential', 'simple', 'crossover', 'crossovers', 'relative', 'strength', 'momentum', 'bollinger', 'donchian',
  'channel', 'breakout', 'reversion', 'oscillator', 'convergence', 'divergence', 'histogram', 'turtle', 'golden', 'optimise', 'optimize', 'optimisation',
  'optimization', 'drawdown', 'drawdowns', 'volatility', 'sharpe', 'sortino', 'calmar', 'standard', 'deviation', 'deviations', 'lookback', 'threshold',
  'thresholds', 'oversold', 'overbought', 'since', 'between', 'through', 'until', 'january', 'february', 'april', 'august', 'september', 'october',
  'november', 'december', 'commission', 'commissions', 'slippage', 'capital', 'portfolio', 'hourly', 'backtest', 'parameters', 'settings', 'exposure',
  'profit', 'months', 'starting', 'shorting', 'trailing',
  // "shorts alowed": the word that lets the short side (shorting_in_words.ts).
  'allowed',
  // A crossing's side and the exit's "opposite cross": "crosses abvoe", "sell on the oposite cross".
  'above', 'opposite',
];
const KNOWN: ReadonlySet<string> = new Set(GRAMMAR_WORDS);
/** English words one or two edits from a grammar word that mean something else: never corrected. */
const OTHER_WORDS: ReadonlySet<string> = new Set([
  'sorting', 'shorts', 'minimum', 'worse', 'person', 'signed', 'sample', 'samples', 'match', 'engine', 'strings', 'reverse', 'reversal',
  'shape', 'shapes', 'shard', 'silence', 'caller', 'movie', 'movies', 'mover', 'movers', 'simply', 'sense', 'capitals', 'capita', 'capitol', 'portfolios',
  'through', 'though', 'thought', 'thorough', 'settling', 'setting', 'optimal', 'optimum', 'optimist', 'between', 'bitween', 'channels', 'average',
  'goldman', 'golfing', 'holding', 'hourly', 'however', 'overall', 'oversee', 'overview', 'summer', 'hours', 'turtles', 'standards', 'standing',
  'change', 'changes', 'changed', 'changing', 'shared', 'sharing', 'shares', 'trough', 'troughs', 'chance', 'chances', 'charge', 'cheap',
  'staring', 'starling', 'mouths', 'proof', 'profile', 'prophet', 'monthly', 'month', 'monthy', 'sitting',
  // Near "golden": "could it have gotten it to 20k" is a verb of growing (money_goal.ts).
  'gotten',
  // Near "above" and "opposite": "as opposed to" and "the opposing view" stay themselves.
  'abode', 'oppose', 'opposing',
  // Near "settings": "which still stings" is a feeling, not a search for parameters.
  'stings', 'settles', 'settled', 'sittings', 'seatings',
  // Near "trailing": "a 5% trailng stop" is a trailing stop, "trading" and "training" stay themselves.
  'trading', 'training', 'tracking', 'trawling', 'trialing', 'trialling', 'tailing',
  'shorten', 'shortens', 'shortened', 'shortening', 'shorter', 'shortage', 'shifting', 'shooting', 'shouting', 'sporting', 'skirting',
  // Near "allowed": other words that stay themselves.
  'allows', 'alloyed', 'allied', 'allured', 'allayed', 'allotted', 'alloted',
]);
/** Short forms people write for the grammar's words; "n" is chat's "and" ("10 n 40", "buy n hold"). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  avg: 'average', avgs: 'averages', mov: 'moving', exp: 'exponential', std: 'std', optim: 'optimise', rev: 'reversion', lst: 'last', len: 'length',
  n: 'and',
  // Chat's "over": "sell ovr 95", "win rate ovr 55%".
  ovr: 'over',
  // The commonest typed slips of "the" and "and": "nah teh other one", "spy adn qqq".
  teh: 'the', adn: 'and',
  // Chat's "from" without its vowel: "frm jan21 to jun22".
  frm: 'from',
  // Chat's "short" without its vowel: "shrt alowed", "shrt too".
  shrt: 'short',
  // The desk's vowel-less metrics, as it writes "dd" and "pf": "shrp>0.8", "winrt >55%", "cgr>6%".
  shrp: 'sharpe', shrpe: 'sharpe', srtn: 'sortino', srtno: 'sortino', clmr: 'calmar', cgr: 'cagr', winrt: 'winrate', wnrt: 'winrate', wnrate: 'winrate',
  // Its "since" and "optimise": "snce 21", "optmz".
  snce: 'since', optmz: 'optimize', optmze: 'optimize', optmse: 'optimise',
  // Its bar sizes: "wkly" is weekly bars, refused as the data has none, never run silently on daily ones.
  wkly: 'weekly', hrly: 'hourly', dly: 'daily', mthly: 'monthly', mnthly: 'monthly',
  // Its capital and outputs: "init 50k", "init cap 50k", "shw md report", "md rpt".
  init: 'initial', shw: 'show', rpt: 'report',
};

export interface Corrected {
  tokens: Token[];
  /** "read 'avrage' as 'average'" for each corrected word. */
  notes: string[];
}

/** The tokens with misspelled grammar words replaced by the words they misspell. */
/** Comparatives after which "then" is the common slip for "than": "no worse then 25%", "more then 20 trades". */
const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'worse', 'better', 'higher', 'lower', 'greater', 'bigger', 'smaller', 'larger', 'deeper', 'above', 'below', 'rather', 'other']);

/**
 * Chat's "w" and "w/" for "with" ("rsi 14 w 30 70", "start w/ 10k"); not a "w" joined to its count,
 * which is weeks ("2w", "last 6w", the platforms' "W1"). "w/" becomes one word, so its slash joins nothing.
 */
function withShorthand(tokens: readonly Token[]): Token[] {
  const read: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const counted = (token.joined && tokens[index - 1]?.kind === 'number') || (tokens[index + 1]?.joined && tokens[index + 1]?.kind === 'number');
    if (token.kind !== 'word' || token.norm !== 'w' || counted) { read.push(token); continue; }
    const slash = tokens[index + 1];
    const slashed = slash?.kind === 'punct' && slash.norm === '/' && slash.joined;
    read.push({ ...token, text: slashed ? `${token.text}/` : token.text, norm: 'with' });
    if (slashed) index++;
  }
  return read;
}

export function correctSpelling(written: readonly Token[], isKnownElsewhere: (word: string) => boolean): Corrected {
  // Unit words and "sharp" are corrected by their neighbours: too short, or a real word, for the pass below.
  const units = correctUnits(withShorthand(written));
  const scales = correctScales(units.tokens);
  const sharpe = readSharpAsSharpe(scales.tokens);
  const notes: string[] = [...units.notes, ...scales.notes, ...sharpe.notes];
  const tokens = sharpe.tokens;
  const corrected = tokens.map((token, index) => {
    if (token.kind !== 'word') return token;
    if (token.norm === 'then' && COMPARATIVES.has(tokens[index - 1]?.norm ?? '')) return { ...token, norm: 'than' };
    const abbreviation = Object.hasOwn(ABBREVIATIONS, token.norm) ? ABBREVIATIONS[token.norm] : undefined;
    if (abbreviation) return { ...token, norm: abbreviation };
    if (token.norm.length < 5 || KNOWN.has(token.norm) || OTHER_WORDS.has(token.norm) || isKnownElsewhere(token.norm)) return token;
    // Two neighbouring letters swapped ("sicne", "sortion") is one slip, though two edits apart.
    const meant = matchMisspelledName(token.norm, GRAMMAR_WORDS) ?? GRAMMAR_WORDS.find((word) => isNeighbourSwap(token.norm, word));
    // An inflection ("averages", "optimised") is its own word, not a typo.
    if (!meant || meant.startsWith(token.norm) || token.norm.startsWith(meant)) return token;
    notes.push(`read '${token.text}' as '${meant}'`);
    return { ...token, norm: meant };
  });
  // After the abbreviations, so chat's "ovr" stays read silently as before.
  const leads = correctLeads(corrected);
  const named = correctParameterNames(leads.tokens, (word) => KNOWN.has(word) || OTHER_WORDS.has(word) || isKnownElsewhere(word));
  return { tokens: named.tokens, notes: [...notes, ...leads.notes, ...named.notes] };
}
