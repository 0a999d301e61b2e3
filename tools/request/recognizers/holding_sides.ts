/**
 * Holding as one side of a comparison, a run of its own that the user lists beside the strategies,
 * rather than the yardstick every run is measured against ("does it beat just holding"):
 * - an alternative joined by "or": "the golden cross, momentum, or just holding it?", "just
 *   sitting in gold, or with that turtle breakout thing";
 * - the other side of a trial: "test RSI against holding SOL";
 * - the one thing a message puts beside the conversation's runs: "and vs just holding it?".
 */
import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

const TRIAL_VERBS = ['test', 'testing', 'tested', 'run', 'running', 'backtest', 'backtesting', 'pit', 'pitting', 'try', 'trying', 'stack', 'put'];
const SIDE_LEADS = ['against', 'vs', 'versus'];

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

/** "just sitting in gold the whole of 2022, or with that turtle breakout thing": "or", then a strategy, later in the sentence. */
function orAfter(tokens: readonly Token[], end: number, namesOther: NamesOtherStrategyAt): boolean {
  const inSentence = sameSentence(tokens, end - 1);
  let or = end;
  while (inSentence(or) && !isWord(tokens[or], 'or') && !namesOther(or)) or++;
  if (!inSentence(or) || !isWord(tokens[or], 'or')) return false;
  for (let at = or + 1; inSentence(at); at++) if (namesOther(at)) return true;
  return false;
}

/** "test RSI (the usual 14/30/70) against holding SOL": a trial verb earlier in the sentence, holding on the other side. */
function trialBefore(tokens: readonly Token[], leadAt: number): boolean {
  const inSentence = sameSentence(tokens, leadAt);
  if (!isWord(tokens[leadAt], 'against', 'vs', 'versus')) return false;
  for (let at = leadAt - 1; inSentence(at); at--) if (isWord(tokens[at], ...TRIAL_VERBS)) return true;
  return false;
}

/**
 * Whether holding, written from `start` to `end` after the comparison word at `leadAt` (if any),
 * is a side of the comparison the user lists.
 */
export function holdingIsASide(tokens: readonly Token[], start: number, end: number, leadAt: number, namesOther: NamesOtherStrategyAt): boolean {
  if (orBefore(tokens, start, namesOther) || orAfter(tokens, end, namesOther) || trialBefore(tokens, leadAt)) return true;
  // "and vs just holding it?": nothing else in the message for holding to be measured against.
  return isWord(tokens[leadAt], ...SIDE_LEADS) && !tokens.some((_, at) => namesOther(at));
}
