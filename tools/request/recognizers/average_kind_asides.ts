import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';

/**
 * "buy when the quick moving average (the kind that counts recent days more, exponential I think)
 * crosses above the slow one": a crossover named by its rule, the averages' kind said in an aside
 * after the first average. The aside says which kind; its "recent days" is no period of the run.
 * An aside naming no kind, or both, is left to the other readers.
 */
const FAST_WORDS = ['fast', 'short', 'faster', 'shorter', 'quick', 'quicker'];
const EXPONENTIAL_WORDS = ['exponential', 'exponentially', 'ema', 'emas'];
/** "counts recent days more", "weights the latest prices most": how an exponential average is described. */
const RECENT_WORDS = ['recent', 'latest', 'newer', 'newest'];
const MORE_WORDS = ['more', 'most', 'heavier', 'heavily', 'extra'];
const SIMPLE_WORDS = ['simple', 'sma', 'smas', 'plain', 'equally'];
const MAX_ASIDE_TOKENS = 20;
const MAX_AVERAGE_NAME_TOKENS = 3;

/** Where an aside opening at `index` ends, just past its closing mark, in the same sentence. */
function asideEnd(tokens: readonly Token[], index: number): number | undefined {
  const close = isPunct(tokens[index], '(') ? ')' : isPunct(tokens[index], ',') ? ',' : undefined;
  if (!close) return undefined;
  for (let at = index + 1; at < Math.min(tokens.length, index + MAX_ASIDE_TOKENS); at++) {
    if (tokens[at]!.sentence !== tokens[index]!.sentence) return undefined;
    if (isPunct(tokens[at], close)) return at + 1;
  }
  return undefined;
}

function kindOf(aside: readonly Token[]): 'ema_crossover' | 'sma_crossover' | undefined {
  const exponential = aside.some((token) => isWord(token, ...EXPONENTIAL_WORDS))
    || (aside.some((token) => isWord(token, ...RECENT_WORDS)) && aside.some((token) => isWord(token, ...MORE_WORDS)));
  const simple = aside.some((token) => isWord(token, ...SIMPLE_WORDS));
  if (exponential === simple) return undefined;
  return exponential ? 'ema_crossover' : 'sma_crossover';
}

/** What opens the clause saying a crossover's kind ("but the averages weigh…"); never "and", which joins a second strategy: "SMA and EMA crossovers". */
const KIND_CLAUSE_LEADS = ['but', 'only', 'except', 'where', 'with'];
const MAX_KIND_CLAUSE_TOKENS = 12;
/** "weigh recent days heavier", "count the latest prices more": the clause must say how days are weighed, never "with more recent data". */
const WEIGHING_WORDS = ['weigh', 'weighs', 'weighing', 'weighed', 'weight', 'weights', 'weighting', 'weighted', 'count', 'counts', 'counting', 'favour', 'favours', 'favor', 'favors', 'emphasise', 'emphasises', 'emphasize', 'emphasizes'];

/**
 * "same idea as a moving average cross but the averages weigh recent days heavier, 9 and 21 days": the
 * crossover named, then a clause to the next comma saying how its averages weigh the days, read as that
 * kind. The windows after it are read as the crossover's, as after the name alone.
 */
function kindClauseAfterName(tokens: readonly Token[], index: number): { end: number; kind: 'ema_crossover' | 'sma_crossover' } | undefined {
  const rule = strategyNameAt(tokens, index);
  if (rule?.id !== 'sma_crossover' || !isWord(tokens[rule.end], ...KIND_CLAUSE_LEADS)) return undefined;
  const sentence = tokens[rule.end]!.sentence;
  let end = rule.end + 1;
  // The clause ends at a comma or a number: "…heavier 9 and 21 days" leaves the windows to be read.
  while (end < Math.min(tokens.length, rule.end + MAX_KIND_CLAUSE_TOKENS) && tokens[end]!.sentence === sentence && !isPunct(tokens[end], ',', ';') && !isNumber(tokens[end])) end++;
  const clause = tokens.slice(rule.end + 1, end);
  // "sma cross but with an ema filter": a strategy named in the clause is its own, not the kind of this one.
  if (clause.some((_, at) => strategyNameAt(tokens, rule.end + 1 + at))) return undefined;
  const weighs = clause.some((token) => isWord(token, ...WEIGHING_WORDS));
  const says = weighs || clause.some((token) => isWord(token, ...EXPONENTIAL_WORDS, ...SIMPLE_WORDS));
  // "weighted toward recent days": weighing the recent days is the exponential kind, even with no "more".
  const towardRecent = weighs && clause.some((token) => isWord(token, ...RECENT_WORDS)) ? 'ema_crossover' : undefined;
  const kind = says ? kindOf(clause) ?? towardRecent : undefined;
  return kind && { end, kind };
}

export const recognizeAverageKindAside: Recognizer = (tokens, index) => {
  const clause = kindClauseAfterName(tokens, index);
  if (clause) return { end: clause.end, clauses: [{ kind: 'strategy', name: clause.kind }] };
  if (!isWord(tokens[index], ...FAST_WORDS)) return undefined;
  for (let start = index + 2; start <= index + 1 + MAX_AVERAGE_NAME_TOKENS; start++) {
    const end = asideEnd(tokens, start);
    if (end === undefined) continue;
    const kind = kindOf(tokens.slice(start + 1, end - 1));
    // Read without the aside, the words must be a crossover's rule ("quick moving average crosses above the slow one").
    const rule = strategyNameAt([...tokens.slice(0, start), ...tokens.slice(end)], index);
    // "the quick ema (exponential, weighting recent days more) crosses…": an aside may restate the kind, never undo it.
    const fits = rule?.id === 'sma_crossover' || (rule?.id === 'ema_crossover' && kind === 'ema_crossover');
    if (!kind || !rule || !fits || rule.end <= start) return undefined;
    return { end: rule.end + (end - start), clauses: [{ kind: 'strategy', name: kind }] };
  }
  return undefined;
};
