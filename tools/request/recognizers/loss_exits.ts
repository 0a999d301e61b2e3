import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { exitLeadAt, exitVerbNear } from './position_exits.js';
import type { UnsupportedRule } from './trade_rules.js';

/**
 * Leaving on a loss told as an outcome is a stop loss, as "a 10% gain and I'm out" is a take profit
 * (gain_exits.ts): the loss first ("a 10% loss and I'm out", "-5% and I sell"), the exit first ("out
 * at -5%", "I'm out after a 10% loss") or the writer down with no "ever" ("if I'm down 8% I get
 * out", "if I lose more than 10% I sell"). Before, the first two became a drawdown limit that was tuned for, or were ignored. The
 * account's fall stays a drawdown limit (tolerated_falls.ts, which asks this reader first): "anything
 * past a 20% hole and I'm out", "if I'm ever 25% underwater I bail", "once my account is down 30%".
 */

/** What the percentage is: "a 10% loss", "8% down", "a 5% drop". Never "drawdown" or "hole", the account's words. */
const LOSS_WORDS = phrases('loss|losses|drop|fall|dip|decline|down|lower|hit', 'in the red');
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Where an exit happens: "out at -5%", "out after a 10% loss", "sell on a 5% drop". */
const EXIT_AT: ReadonlySet<string> = new Set(['after', 'at', 'on', 'with', 'past', 'below']);
const EXIT_OBJECT_WORDS: ReadonlySet<string> = new Set(['it', 'them', 'out', 'the', 'my', 'trade', 'position', 'right', 'straight', 'immediately']);
/** The writer down in a condition: "if I'm down 8%", "once we're 5% down". "ever" is not here: "if I'm ever down 25%" is the account's. */
const WRITER_DOWN = phrases("if|once|when|whenever i'm|im|we're", 'if|once|when|whenever i|we am|are');
/** The writer losing in a condition: "if I lose more than 10%", "once we lose 5%". "I can't lose more than 20%" has no condition: a limit. */
const WRITER_LOSES = phrases('if|once|when|whenever i|we lose|lost');
/** Between "lose" and its size: "more than", "over", "at least". */
const LOSS_SIZE_WORDS: ReadonlySet<string> = new Set(['more', 'than', 'over', 'at', 'least', 'about', 'around', 'like']);

/** "a 10% loss", "-5%", "8% down": the end past it, when it is told as a loss. */
function readLoss(tokens: readonly Token[], index: number): number | undefined {
  const at = isWord(tokens[index]) && ARTICLES.has(tokens[index]!.norm) ? index + 1 : index;
  const signed = isPunct(tokens[at], '-') && tokens[at + 1]?.joined === true;
  const number = signed ? at + 1 : at;
  if (!isNumber(tokens[number]) || !(isPunct(tokens[number + 1], '%') || isWord(tokens[number + 1], 'percent', 'pct'))) return undefined;
  const word = matchLongest(tokens, number + 2, LOSS_WORDS);
  return word?.end ?? (signed ? number + 2 : undefined);
}

/** Past an exit verb a few words on: "and I'm out", ", then sell it". */
function exitAfter(tokens: readonly Token[], index: number): number | undefined {
  const verb = exitVerbNear(tokens, isPunct(tokens[index], ',', '-', ':') ? index + 1 : index);
  if (!verb) return undefined;
  return isWord(tokens[verb.end], 'it', 'them') ? verb.end + 1 : verb.end;
}

/** "out at -5%", "I'm out after a 10% loss", "sell the position on a 5% drop". */
function readExitOnLoss(tokens: readonly Token[], index: number): number | undefined {
  const verb = exitLeadAt(tokens, index);
  const at = verb && skipWords(tokens, verb.end, EXIT_OBJECT_WORDS);
  if (at === undefined || at > verb!.end + 3 || !isWord(tokens[at]) || !EXIT_AT.has(tokens[at]!.norm)) return undefined;
  return readLoss(tokens, at + 1);
}

/** "if I'm down 8% I get out", "once we're 5% down, we sell". */
function readWriterDownThenExit(tokens: readonly Token[], index: number): number | undefined {
  const state = matchLongest(tokens, index, WRITER_DOWN);
  if (!state) return undefined;
  const loss = isWord(tokens[state.end], 'down') ? readLoss(tokens, state.end + 1) ?? lossSizeEnd(tokens, state.end + 1) : readLoss(tokens, state.end);
  return loss === undefined ? undefined : exitAfter(tokens, loss);
}

/** "if I lose more than 10% I sell immediately", "when we lose 5%, get out": a loss-triggered sale, a stop loss. */
function readWriterLosesThenExit(tokens: readonly Token[], index: number): number | undefined {
  const state = matchLongest(tokens, index, WRITER_LOSES);
  const loss = state && lossSizeEnd(tokens, skipWords(tokens, state.end, LOSS_SIZE_WORDS));
  return loss === undefined ? undefined : exitAfter(tokens, loss);
}

/** "8%" after "down": the size alone. */
function lossSizeEnd(tokens: readonly Token[], index: number): number | undefined {
  return isNumber(tokens[index]) && (isPunct(tokens[index + 1], '%') || isWord(tokens[index + 1], 'percent', 'pct')) ? index + 2 : undefined;
}

export function readLossExit(tokens: readonly Token[], index: number): { end: number; rule: UnsupportedRule } | undefined {
  const lossFirst = readLoss(tokens, index);
  const end = (lossFirst === undefined ? undefined : exitAfter(tokens, lossFirst)) ?? readExitOnLoss(tokens, index) ?? readWriterDownThenExit(tokens, index)
    ?? readWriterLosesThenExit(tokens, index);
  return end === undefined ? undefined : { end, rule: 'stop_loss' };
}
