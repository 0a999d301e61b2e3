/**
 * Holding as one side of a comparison, a run of its own that the user lists beside the strategies,
 * rather than the yardstick every run is measured against ("does it beat just holding"):
 * - an alternative joined by "or": "the golden cross, momentum, or just holding it?", "just
 *   sitting in gold, or with that turtle breakout thing";
 * - the other side of a trial: "test RSI against holding SOL", "run 2007 through 2009 and put it next to simply holding";
 * - one side of a comparison that makes up its whole clause: "golden cross versus just sitting in GLD",
 *   "Bitcoin: just holding vs an ema 12/26 cross" (but "any edge in a breakout vs. just holding?" measures against it);
 * - the one thing a message puts beside the conversation's runs: "and vs just holding it?".
 */
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

const TRIAL_VERBS = ['test', 'testing', 'tested', 'run', 'running', 'backtest', 'backtesting', 'pit', 'pitting', 'try', 'trying', 'stack', 'put'];
const SIDE_LEADS = ['against', 'vs', 'versus'];
/** Words that set holding beside a run rather than under it: "put it next to / alongside holding". */
const BESIDE_LEADS = ['alongside', 'beside'];
/**
 * Words joining holding, written first, to the other side: "just holding or the turtle thing", "just holding vs an ema cross",
 * "how did holding bitcoin go compared with the rsi", "how would just holding it compare with the macd".
 */
const JOINS_AFTER = phrases('or', 'vs', 'versus', 'against', 'compare|compared|comparing|measured|stacked with|to|against', 'stack|stacks|stacked up against|to|with', 'next to', 'alongside', 'beside');
/** Words that may open a clause before the strategy named: "the golden cross vs holding". */
const CLAUSE_OPENERS = ['the', 'a', 'an', 'plain', 'simple', 'classic'];

/** Whether a strategy other than buy and hold is named at an index. */
export type NamesOtherStrategyAt = (index: number) => boolean;

function sameSentence(tokens: readonly Token[], index: number): (at: number) => boolean {
  const sentence = tokens[index]?.sentence;
  return (at) => at >= 0 && at < tokens.length && tokens[at]!.sentence === sentence;
}

/** "…, or just holding it": "or" before holding, with a strategy named earlier in the sentence. */
function orBefore(tokens: readonly Token[], start: number, namesOther: NamesOtherStrategyAt): boolean {
  const inSentence = sameSentence(tokens, start);
  if (!isWord(tokens[start - 1], 'or')) return false;
  for (let at = start - 2; inSentence(at); at--) if (namesOther(at)) return true;
  return false;
}

/** "just sitting in gold the whole of 2022, or with that turtle breakout thing": "or" (or "vs", "compared with"), then a strategy, later in the sentence. */
export function joinedAfter(tokens: readonly Token[], end: number, namesOther: NamesOtherStrategyAt): boolean {
  const inSentence = sameSentence(tokens, end - 1);
  let or = end;
  while (inSentence(or) && !matchLongest(tokens, or, JOINS_AFTER) && !namesOther(or)) or++;
  const join = inSentence(or) ? matchLongest(tokens, or, JOINS_AFTER) : undefined;
  if (!join) return false;
  for (let at = join.end; inSentence(at); at++) if (namesOther(at)) return true;
  return false;
}

/** Where the comparison word ending at `leadAt` starts: "vs", "alongside", or "next" of "next to"; undefined for none. */
function sideLeadStart(tokens: readonly Token[], leadAt: number): number | undefined {
  if (isWord(tokens[leadAt], ...SIDE_LEADS, ...BESIDE_LEADS)) return leadAt;
  return isWord(tokens[leadAt], 'to') && isWord(tokens[leadAt - 1], 'next') ? leadAt - 1 : undefined;
}

/** "test RSI (the usual 14/30/70) against holding SOL": a trial verb earlier in the sentence, holding on the other side. */
function trialBefore(tokens: readonly Token[], leadAt: number): boolean {
  const lead = sideLeadStart(tokens, leadAt);
  if (lead === undefined) return false;
  const inSentence = sameSentence(tokens, lead);
  for (let at = lead - 1; inSentence(at); at--) if (isWord(tokens[at], ...TRIAL_VERBS)) return true;
  return false;
}

/**
 * "golden cross versus just sitting in GLD, 2013 through 2023": the strategy opens the clause the
 * comparison makes up, so the two are listed side by side; inside a longer clause ("is there any edge
 * in a breakout vs. just holding?") holding is what the strategy is measured against.
 */
function opensBareComparison(tokens: readonly Token[], leadAt: number, namesOther: NamesOtherStrategyAt): boolean {
  const lead = isPunct(tokens[leadAt], '.') ? leadAt - 1 : leadAt;
  if (!isWord(tokens[lead], 'vs', 'versus')) return false;
  const inSentence = sameSentence(tokens, lead);
  let start = lead;
  while (inSentence(start - 1) && !isPunct(tokens[start - 1], ':', ',')) start--;
  while (start < lead && (isWord(tokens[start], ...CLAUSE_OPENERS) || tokens[start]!.kind === 'number' || isPunct(tokens[start], '/', '-'))) start++;
  return start < lead && namesOther(start);
}

/** Verbs that give holding a clause of its own: "than just holding would have", "than hodling did". */
const OWN_VERBS = ['would', "would've", 'wouldve', 'did', 'does', 'will', 'could', "could've", 'might', 'had'];

/** "compared to simply holding like I did": the user's own holding, a run to set beside the strategy. */
const AS_THE_USER_DID = phrases('like|as i|we did|do|have|had', 'the way i|we did|do|have|had');

/**
 * "did it lose less than just holding would have?", "than hodling sol did", "compared to simply holding
 * like I did": holding with a verb of its own is a run the question imagines beside the strategy, not
 * just the yardstick under it. What was held may stand between ("holding it", "holding SOL").
 */
function hasOwnVerb(tokens: readonly Token[], end: number): boolean {
  const verbAt = isWord(tokens[end]) && !isWord(tokens[end], ...OWN_VERBS) ? end + 1 : end;
  return isWord(tokens[verbAt], ...OWN_VERBS) || [end, end + 1].some((at) => matchLongest(tokens, at, AS_THE_USER_DID) !== undefined);
}

/**
 * Whether holding, written from `start` to `end` after the comparison word at `leadAt` (if any),
 * is a side of the comparison the user lists.
 */
export function holdingIsASide(tokens: readonly Token[], start: number, end: number, leadAt: number, namesOther: NamesOtherStrategyAt): boolean {
  if (orBefore(tokens, start, namesOther) || joinedAfter(tokens, end, namesOther) || trialBefore(tokens, leadAt)
    || opensBareComparison(tokens, leadAt, namesOther) || hasOwnVerb(tokens, end)) return true;
  // "and vs just holding it?": nothing else in the message for holding to be measured against.
  return isWord(tokens[leadAt], ...SIDE_LEADS) && !tokens.some((_, at) => namesOther(at));
}
