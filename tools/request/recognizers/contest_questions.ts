/**
 * "which one works best", "which strategy works best on SOL", "which of these coins performs
 * better": a question about which of the runs named wins. Each runs with the settings given and the
 * results are compared, so "works best" asks for no search, as it does when settings are what is
 * asked about ("which settings work best", "how far back should momentum look to work best").
 */
import type { Token } from '../tokenizer.js';
import { isNumber, isWord } from '../token_matchers.js';

export const INSTRUMENT_NOUNS = 'coin|coins|symbol|symbols|asset|assets|ticker|tickers|stock|stocks|market|markets|instrument|instruments|crypto|cryptos|token|tokens|etf|etfs|index|indices|share|shares|currency|currencies';
/** What else a contest is between: strategies however called, or "one" of those named. */
const STRATEGY_NOUNS = 'strategy|strategies|strat|strats|approach|approaches|system|systems|method|methods|indicator|indicators|one|ones';
/** Between "which" and the contestant: "which of these two strategies", "which of them". */
const PICK_FILLERS = ['of', 'the', 'these', 'those', 'them', 'two', 'three', 'both'];
const CONTESTANT_WORDS: ReadonlySet<string> = new Set([...`${INSTRUMENT_NOUNS}|${STRATEGY_NOUNS}`.split('|'), ...PICK_FILLERS]);
const MODALS = ['would', 'will', 'should', 'might', 'could'];
/** "which coin does … work best", "which one would … do better". */
const AUXILIARIES = ['does', 'do', 'did', ...MODALS];
/** How far before the verb the auxiliary may stand: a strategy's name and its settings between. */
const AUXILIARY_REACH = 8;
/** A handful of runs at most: "which of the 3". */
const MOST_CONTESTANTS = 10;

/**
 * Whether the verb at `verbIndex` ("works" in "works best") answers a question about which run
 * wins: "which" with or without what is compared ("which works best", "which one works best",
 * "which of these strategies would perform better"), or "what" with it ("what coin works best").
 */
export function asksWhichContestant(tokens: readonly Token[], verbIndex: number): boolean {
  if (whichBefore(tokens, verbIndex, isWord(tokens[verbIndex - 1], ...MODALS) ? verbIndex - 2 : verbIndex - 1)) return true;
  // "which coin does the golden cross work best on": the auxiliary asks, the strategy stands between.
  const sentence = tokens[verbIndex]?.sentence;
  for (let aux = verbIndex - 2; aux > 0 && verbIndex - aux <= AUXILIARY_REACH && tokens[aux]!.sentence === sentence; aux--) {
    if (isWord(tokens[aux], ...AUXILIARIES) && whichBefore(tokens, verbIndex, aux - 1)) return true;
  }
  return false;
}

/** Whether "which" (or "what" with a contestant) stands at `from`, before any contestant words there. */
function whichBefore(tokens: readonly Token[], verbIndex: number, from: number): boolean {
  const sentence = tokens[verbIndex]?.sentence;
  let at = from;
  const last = at;
  const isContestant = (token: Token | undefined) =>
    (isWord(token) && CONTESTANT_WORDS.has(token!.norm)) || (isNumber(token) && Number.isInteger(token.value) && token.value <= MOST_CONTESTANTS);
  while (at >= 0 && tokens[at]!.sentence === sentence && isContestant(tokens[at])) at--;
  if (tokens[at]?.sentence !== sentence) return false;
  return isWord(tokens[at], 'which', 'whichever') || (isWord(tokens[at], 'what') && at < last);
}
