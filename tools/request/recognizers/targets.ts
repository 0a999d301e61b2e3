import { FOREIGN_COPULAS } from '../foreign_copulas.js';
import type { MetricKey } from '../../risk/types.js';
import type { Clause, EarlierTargets, Recognizer, RecognizerMatch } from '../clauses.js';
import { asksSomething } from '../asking_clauses.js';
import { FALLS, matchMetricAt, PERCENT_METRICS } from '../metric_vocabulary.js';
import type { TargetOperator } from '../request_spec.js';
import { scaleAmount } from '../../numbers/read_number.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, isYearNumber, matchLongest, phrases, roundClean, skipWords, type Phrase } from '../token_matchers.js';
import { readFractionWords, readGrowthMultiple, readMoneyMultiple } from './written_shares.js';
import { matchMisspelledName } from '../fuzzy_names.js';
import { matchShareAfterPercent, matchShareName, type TradeShareWords } from '../trade_share_words.js';
import { isQualitySide, QUALITY_COMPARATORS, qualityOperator, type QualitySide } from '../quality_sides.js';
import { isYearNotValue } from './year_values.js';
import { pastMetricNoun } from './metric_nouns.js';
import { capitalAfterCap } from './capital_cap.js';
import { readAsWished, wishLeadAt } from './wished_targets.js';
import { hindiComparatorAfter } from '../hindi_english_words.js';

type WrittenOperator = TargetOperator | 'as_stated' | QualitySide;

const COMPARATORS: ReadonlyArray<{ operator: WrittenOperator; words: readonly Phrase[] }> = [
  {
    operator: '>=',
    // "minimal 1.5", "maximal 35 percent": the German (and Dutch) adverbs for at least and at most.
    // "not bigger as 35%": "as" after a comparative is the German "als" and the Dutch "dan", so "than".
    words: phrases('>=', 'at least', 'no|not less|lower|smaller|fewer than|as', 'minimum|min|minimal', 'minimum|min of', 'of at least', 'not below|under|beneath',
      'greater|higher|more|bigger|larger than or equal to', 'equal to or greater|higher|more than', 'at or above|over', 'no lower|less than|as',
      'superior or equal to', 'equal or superior to'),
  },
  {
    operator: '<=',
    words: phrases('<=', 'at most', 'no|not more|higher|greater|bigger|larger|deeper than|as', 'maximum|max|maximal', 'maximum|max of', 'within', 'inside', 'inside of', 'up to', 'not exceeding',
      'not|never exceed|exceeds|exceeding', 'not to exceed', 'not above|over', 'capped at', 'capped to', 'limit', 'limit of', 'limited to', 'cap', 'cap of', 'of at most',
      'less|lower|smaller|fewer than or equal to', 'equal to or less|lower|smaller than', 'at or below|under', 'tops', 'at the most', 'or less',
      'inferior or equal to', 'equal or inferior to'),
  },
  { operator: '>', words: phrases('>', 'above', 'over', 'greater|higher|more|bigger|larger|deeper than|as', 'more big|high than', 'exceeding', 'exceeds', 'exceed', 'beating', 'beats', 'beat', 'clear', 'clears', 'clearing', 'north of', 'in excess of', 'beyond', 'go beyond|past|over', 'goes beyond|past|over',
    // "the maximum fall cannot pass the 25%", "must not overcome the 35%": "pass" and "overcome" as Romance
    // languages use them for "exceed" (superar, superare, dépasser).
    'pass|passes|surpass|surpasses|overcome|overcomes|overpass|overpasses', 'pass|passes|surpass|surpasses|overcome|overcomes|overpass|overpasses the', 'past',
    // "The CAGR must be superior to 15%": "superior to" as French, Spanish and Portuguese speakers say "above".
    'superior to',
    // "sharpe phải lớn hơn 1": Vietnamese "greater than" (accents are taken off).
    'lon hon') },
  { operator: '<', words: phrases('<', 'below', 'under', 'less|lower|smaller|fewer than|as', 'more small|low than', 'beneath', 'underneath', 'south of', 'inferior to', 'nho hon') },
  // "no worse than", "better than": the side depends on which way the metric is good (quality_sides.ts).
  ...QUALITY_COMPARATORS.map(({ side, words }) => ({ operator: side, words })),
  { operator: 'as_stated', words: phrases('=', ':', 'of', 'at', 'around', 'about', 'near', 'target|targeting', 'target of', 'equal to', 'equals', 'is', 'to be', 'be', 'of about|around') },
];
const ALL_COMPARATORS = COMPARATORS.flatMap((entry) => entry.words);
const OPERATOR_OF_COMPARATOR = COMPARATORS.flatMap((entry) => entry.words.map(() => entry.operator));
/** Words that may stand between a metric and its comparator: "Sharpe should stay above 1". */
const FILLERS: ReadonlySet<string> = new Set(['should', 'must', 'shall', "shan't", 'shant', 'constraint', 'stays', 'stay', 'lie', 'lies', 'drops', 'drop', 'falls', 'fall', 'dips', 'dip', 'rises', 'rise', 'climbs', 'climb', 'land', 'lands', 'landed', 'come', 'comes', 'came', 'end', 'ends', 'ended', 'finish', 'finishes', 'staying', 'stayed', 'remains', 'remain', 'remained', 'kept', 'keep',
  // "the worst drawdown held to 15% or less": held where the bound says, not a holding.
  'held', 'hold', 'holds', 'that', "that's", 'being', 'needs', 'to', 'a', 'an', 'the', 'value', 'ratio', 'can', 'could', 'may', 'will', 'would', 'does', 'do', 'has', 'have', 'had', 'get', 'gets', 'go', 'goes', 'going', 'ever', 'my', 'its', 'their', 'not', 'never', "can't", 'cant', 'cannot', "won't", 'wont', "shouldn't", "mustn't", "musn't", "mustnt", "shouldnt", "doesn't", "don't", 'dont', 'doesnt', "isn't", 'isnt', "wasn't", "aren't", ...FOREIGN_COPULAS]);
/**
 * "if the Sharpe fell below 1", "if the volatility went over 40%": a move past the line told in the
 * past, a filler only in a dreaded condition; elsewhere "the Sharpe fell below 1 in March" is a story.
 */
const PAST_MOVES: ReadonlySet<string> = new Set(['fell', 'dropped', 'dipped', 'sank', 'slid', 'slipped', 'went', 'rose', 'climbed']);
/** Among the fillers, the words that turn the comparator after them around: "Sharpe must not be below 1". */
const NEGATING_FILLERS: ReadonlySet<string> = new Set(["shan't", 'shant', 'not', 'never', "can't", 'cant', 'cannot', "won't", 'wont', "shouldn't", "mustn't", "musn't", 'mustnt', 'shouldnt', "doesn't", "don't", 'dont', 'doesnt', "isn't", 'isnt', "wasn't", "aren't"]);
/**
 * Words around a target that say it describes what the user refuses ("I can't stomach a drawdown
 * over 30%", "volatility above 40% is unacceptable"): the accepted side is the other one.
 */
const REFUSING_BEFORE = phrases(
  "can't|cant|cannot|won't|wont|don't|dont|couldn't|wouldn't|never|shouldn't accept|stomach|tolerate|handle|afford|take|bear|want|wanna|risk|allow|abide|swallow|endure|have|see",
  "can't|cant|cannot|won't|wont|don't|dont|couldn't|wouldn't accept|stomach|tolerate|handle|afford|take|bear|want|risk|allow|have|see any",
  "can't|cant|cannot|won't|wont|don't|dont|couldn't|wouldn't live with", 'can not|never accept|stomach|tolerate|handle|afford|take|bear|want|allow',
  'do|will|would not accept|stomach|tolerate|handle|afford|take|bear|want|allow|risk|have', 'not ok|okay|fine|comfortable with', 'avoid|avoiding|reject|rejecting|no',
  'unacceptable', 'unacceptable :', 'not acceptable', 'not acceptable :',
  // "I refuse to sit through more than a 25% drop from the top".
  'refuse|refusing to accept|stomach|tolerate|take|bear|endure|see|have|risk|allow|swallow|ride|suffer', 'refuse|refusing to sit|ride through|thru|out',
  "can't|cant|cannot|won't|wont|don't|dont|couldn't|wouldn't|never sit|ride through|thru|out",
  // "please flag it if annualised volatility is higher than 25%": what to warn about is what the user refuses.
  'flag it|this|that|them|runs|any if|when', 'flag if|when', 'flag any with|where', 'warn|alert|notify me|us if|when',
);
/** Neutral lead-ins that are read (so not reported as ignored) and change nothing. */
const ACCEPTING_BEFORE = phrases('i|we can|could accept|stomach|tolerate|handle|afford|take|bear|endure', 'i|we can|could live with', 'accept|accepting|tolerate|tolerating|allow|allowing', 'ok|okay|fine|comfortable with', 'i|we am|are ok|okay|fine|comfortable with');
/**
 * Lead-ins that name a goal: a size and a metric after them are the goal in the metric's own
 * direction ("I want a 2 Sharpe" is Sharpe >= 2, "target a 50% profit" a return of at least 50%),
 * never the most the user accepts, as after "I can live with".
 */
const GOAL_BEFORE_TARGET = phrases('i|we want|need|require', 'want|need|require', 'i|we am|are looking|aiming|hoping|shooting for', 'looking|aiming|hoping|shooting|going for',
  'target|targeting', 'aim|go for', 'aim|target|targeting at', 'i|we would like', "i'd|we'd like");
/** After a target: "is unacceptable", "would be a deal breaker", "isn't ok". */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'would', 'will', 'be', 'being', '=', 'just', 'simply', 'totally', 'completely', 'absolutely', 'definitely', 'really', 'quite', 'way', "isn't", "aren't", 'isnt', 'arent', "wouldn't", 'not']);
const REFUSING_AFTER = phrases(
  'unacceptable', 'unaffordable', 'intolerable', 'unbearable', 'inacceptable', 'excessive', 'a deal breaker', 'a dealbreaker', 'deal breaker',
  'dealbreaker', 'a no go|no-go', 'no go', 'a red line', 'a non starter|non-starter', 'too much|high|deep|big|risky|large|painful|low|small|weak|poor', 'off limits', 'bad', 'terrible',
  'a problem', 'out of the question', 'not acceptable|ok|okay|good|fine|allowed|tolerable|affordable',
  'useless', 'worthless', 'pointless', 'meaningless', 'no good', 'no use', 'of no use', 'a waste', 'a waste of time|money', 'a waste of my|our|the time|money',
  'garbage', 'rubbish', 'junk', 'trash', 'a fail|failure', 'a no', 'a hard no', 'off the table',
  // "fewer than 20 trades is noise to me": too little to mean anything.
  'noise', 'just noise', 'statistical noise', 'insignificant', 'not significant', 'not statistically significant', 'not enough', 'too few', 'not meaningful',
  // Verbs that refuse: "a Sharpe under 0.8 rules it out", "doesn't cut it", "and I'm out" (these read as the opposite side before).
  // Not a bare "out" ("Sharpe above 1 out of sample") nor "kills it" (slang for doing well).
  'rules|rule it|that|them out', 'ruled out', 'disqualifies|disqualify it|that|them', 'disqualifying',
  "doesn't|doesnt|won't|wont cut it", 'does|will not cut it', "and i'm|im|i'll out", 'and i am out',
);
/**
 * A consequence after a condition that says the condition is failure: "if the Sharpe doesn't clear 1,
 * I win the bet" (the strategy works only above 1), "below 0.5, forget it".
 */
const FAILING_CONSEQUENCES = phrases('i win|won', 'i win|won the bet|argument', 'he|she|they lose|loses|lost', 'he|she|they lose|loses|lost the bet|argument',
  'my partner|friend|boss|colleague loses|lost', 'my partner|friend|boss|colleague loses|lost the bet|argument', 'forget it', 'forget about it',
  "we'll|we|i'll|i wind|shut|close|kill|scrap|drop|dump|sell", "i'm|im uninstalling|quitting|deleting|done|selling|dumping", 'i am uninstalling|quitting|deleting|done|selling|dumping', 'we|i will wind|shut|close|kill|scrap|drop|dump|sell',
  "i'm|im|i'll out", 'i am out', 'we|i pass', 'we|i drop it', 'scrap|bin|ditch|drop it', 'it fails|failed', "it's|its a fail|failure|bust", 'it is a fail|failure|bust',
  // "if the CAGR isn't at least 20% I'm just gonna give up".
  "i'm|im|i'll|ill|i|we gonna|will give|giving up", "i'm|im|i'll|ill|i|we just gonna|will give up", "i'm|im|i|we going to give up", "i'm|im|i|we just going to give up",
  "i'm|im|i'll|ill|i|we give|giving up", "i'm|im|i'll|ill|i|we just give up", "i'm|im|i'll|ill|i|we gonna|will quit", "i'm|im|i|we going to quit", 'i|we quit');
/**
 * A dislike of the result, as a consequence: "if it's more than 200 i don't want it", "more than 200
 * and I'm not interested", "over 200, count me out". Only where it ends the clause: in "volatility
 * under 20%, and I don't want it falling more than 15%" the wish goes on to a limit of its own.
 */
const DISLIKES = phrases(
  "i|we don't|dont|wouldn't|wouldnt want|need it|that|this|them|one", 'i|we do|would not want|need it|that|this|them|one', "i|we don't|dont|wouldn't|wouldnt want|need it|that|this|them at all",
  "i'm|im|we're|were not interested", 'i|we am|are not interested', 'not interested', "it's|its|that's|thats a no|no-go|dealbreaker|nope", "it's|its|that's|thats a hard no",
  "it's|its|that's|thats a deal breaker|no go", 'count me|us out', 'no thanks', 'no thank you', "i'll|ill|we'll|i|we will pass", 'nope');

function dislikeEndingClause(tokens: readonly Token[], index: number): { end: number } | undefined {
  const dislike = matchLongest(tokens, index, DISLIKES);
  const next = dislike && tokens[dislike.end];
  return dislike && (!next || next.kind === 'punct' || next.sentence !== tokens[index]!.sentence) ? dislike : undefined;
}
const CONSEQUENCE_LEADS: ReadonlySet<string> = new Set([',', 'then', 'and', '-']);

function skipConsequenceLeads(tokens: readonly Token[], index: number): number {
  let position = index;
  while (tokens[position] && CONSEQUENCE_LEADS.has(tokens[position]!.norm)) position++;
  return position;
}

/** After a negated copula ("isn't ok"), these refuse too. */
const ACCEPTABLE_WORDS = phrases('ok|okay|good|fine|acceptable|allowed|tolerable|affordable|interesting|useful|usable|enough', 'good enough', 'an option', 'for me|us',
  'worth it|trading|having|considering|bothering|pursuing|running', 'worth my|the time|while|effort', 'worth bothering|bothering with|about', 'cut it');
const FOR_ME = phrases('for me', 'for us', 'to me', 'for my taste|account|portfolio', 'for my risk appetite');
/** "peak to trough" after a loss size names the drawdown again. */
const DRAWDOWN_TAILS = phrases('peak to trough', 'from|off peak|top|high|highs', 'from|off the|a peak|top|high|highs', 'drawdown', 'dd', 'of drawdown', 'in drawdown');
/** Between a loss's size and its tail: "lose more than a fifth of my money peak to trough". */
const LOSS_OF = phrases('of my|our|the money|capital|account|equity|portfolio|stake');
/** After a lead such as "never want to", the words of being at a loss: "be down more than 25% from the high". */
const LOSS_STATE = phrases('be down', 'being down', 'be underwater|under water', 'down');
/** Before a metric, these make a bare number a target: "target Sharpe 2". */
const TARGET_CUES = ['target', 'targets', 'targeting', 'aim', 'aiming', 'goal', 'want', 'need', 'require', 'requiring', 'achieve', 'hit', 'reach', 'with'];
/** After a value, words that make it the least accepted: "1.5 or more", "20k+", "55% minimum". */
export const AT_LEAST_AFTER = phrases('or more|higher|better|above|greater|over', '+', 'at minimum', 'at the minimum', 'at least', 'minimum', 'min', 'as a minimum|floor', 'or so and up');
const AT_MOST_AFTER = phrases('or less|lower|below|fewer|under|smaller', 'at most', 'at the most', 'max', 'maximum', 'at maximum', 'tops', 'as a maximum|cap|ceiling');
const CLEARING = phrases('no|without|remove|drop|clear|forget|ignore|lose|scrap|ditch|delete|kill', 'get rid of', 'no more|longer', 'take out|off', 'do away with');
const TARGET_NOUNS = ['target', 'targets', 'constraint', 'constraints', 'goal', 'goals', 'requirement', 'requirements'];

export interface WrittenValue {
  value: number;
  percent: boolean;
  end: number;
  /** "one" in words, as in "a Sharpe above one"; never a percentage's size ("keep the drawdown one" names a target). */
  spokenOne?: true;
}

/** A comparator as read; `correction` when it was misspelled ("read 'abve' as 'above'"). */
interface FoundComparator {
  operator: WrittenOperator;
  end: number;
  correction?: string;
}

function matchComparator(tokens: readonly Token[], index: number): FoundComparator | undefined {
  const found = matchLongest(tokens, index, ALL_COMPARATORS);
  return found && { operator: OPERATOR_OF_COMPARATOR[found.which]!, end: found.end };
}

function readValue(tokens: readonly Token[], index: number, counted = false): WrittenValue | undefined {
  // "under the 25%", "minimum the 1.2": an article before the value, as several languages put one. Read
  // only where the value is a percentage or closes the clause, so "under the 200 day average" stays unread.
  if (isWord(tokens[index], 'the') && isNumber(tokens[index + 1])) {
    const value = readBareValue(tokens, index + 1, counted);
    return value && (value.percent || endsClause(tokens, value.end)) ? value : undefined;
  }
  return readBareValue(tokens, index, counted);
}

function readBareValue(tokens: readonly Token[], index: number, counted: boolean): WrittenValue | undefined {
  const negative = (isPunct(tokens[index], '-') && tokens[index + 1]?.joined) || isWord(tokens[index], 'negative', 'minus');
  const at = negative ? index + 1 : index;
  const number = tokens[at];
  const fraction = negative ? undefined : readFractionWords(tokens, index);
  if (fraction) return { value: fraction.percent, percent: true, end: fraction.end };
  if (!negative && isSpokenOne(tokens, index)) return { value: 1, percent: false, end: index + 1, spokenOne: true };
  if (!isNumber(number) || isYearNotValue(tokens, at, counted)) return undefined;
  let end = at + 1;
  let scaled = number.value;
  // "1.5k trades": a joined k or m scales the number, as in money (the one reader's scales).
  if (isWord(tokens[end], 'k', 'm') && tokens[end]!.joined) scaled = scaleAmount(scaled, tokens[end++]!.norm);
  const percent = isPunct(tokens[end], '%') || isWord(tokens[end], 'percent', 'pct');
  if (percent) end++;
  return { value: (negative ? -1 : 1) * scaled, percent, end };
}

/**
 * "a Sharpe ratio of one", "Sharpe above one": "one" stays a word when read (a pronoun, "the other
 * one"), so as a size it counts only where the clause ends after it; "a Sharpe of one of the best"
 * and "one of my metrics" stay words.
 */
function isSpokenOne(tokens: readonly Token[], index: number): boolean {
  return isWord(tokens[index], 'one') && (endsClause(tokens, index + 1) || isWord(tokens[index + 1], 'or')) && !isWord(tokens[index + 1], 'of');
}

const TOLERATED_CLAUSE = phrases('i|we can|could tolerate|accept|stomach|handle|bear|afford|take|live|deal', 'i|we can|could live|deal with', 'i|we am|are willing|able to tolerate|accept|stomach|handle|bear|take',
  "i'm|we're willing|able to tolerate|accept|stomach|handle|bear|take", 'i|we tolerate|accept');

/** What "not <operator>" accepts: "Sharpe under 1 is unacceptable" accepts Sharpe >= 1. */
const NEGATED: Readonly<Record<TargetOperator, TargetOperator>> = { '>': '<=', '>=': '<', '<': '>=', '<=': '>' };

/**
 * A drawdown is a loss: whatever the wording ("over 30% is unacceptable", "under 30%", "no worse
 * than -30%", "capped at 30%"), a drawdown target limits how deep it may go, so it is always the
 * lower bound `max_drawdown >= -x` on the (negative) metric. Always inclusive, as the issue pins it:
 * "under 30%" and "30% at most" are one limit, and a strict bound would differ only at exactly -x.
 */
function drawdownLimit(value: number): { operator: TargetOperator; value: number } {
  return { operator: '>=', value: -Math.abs(value) };
}

/** Metrics whose size, stated with no side ("a 30% drawdown", "40% volatility"), is the most accepted. */
const CAPPED_AS_STATED: ReadonlySet<MetricKey> = new Set(['max_drawdown', 'volatility']);

/** The side written, with "better" and "worse" turned into the metric's own direction. */
function sideFor(metric: MetricKey, written: WrittenOperator): TargetOperator | 'as_stated' {
  return isQualitySide(written) ? qualityOperator(metric, written) : written;
}

export function toTarget(metric: MetricKey, writtenSide: WrittenOperator, raw: WrittenValue, refused = false): Clause[] {
  // "keep the drawdown one": a percentage is never sized by the word "one" (it read as a limit of -100 %).
  if (raw.spokenOne && PERCENT_METRICS.has(metric)) return [{ kind: 'note', text: `ignored '${metric} one': a ${metric} is a percentage; write it as one, e.g. 20%` }];
  const written = sideFor(metric, writtenSide);
  const assumedPercent = !raw.percent && PERCENT_METRICS.has(metric) && Math.abs(raw.value) > 1;
  let value = raw.percent || assumedPercent ? raw.value / 100 : raw.value;
  let operator: TargetOperator = written === 'as_stated' ? (CAPPED_AS_STATED.has(metric) ? '<=' : '>=') : written;
  if (metric === 'max_drawdown') ({ operator, value } = drawdownLimit(value));
  else if (refused && written !== 'as_stated') operator = NEGATED[operator];
  const clauses: Clause[] = [{ kind: 'target', metric, operator, value: roundClean(value) }];
  if (assumedPercent) clauses.push({ kind: 'note', text: `read ${metric} ${raw.value} as ${raw.value}%` });
  return clauses;
}

/**
 * A side word after a value is that value's ("Sharpe 1.5 or more", "drawdown 20% max"), unless it is on
 * the next line or begins the next metric's name: in "sharpe > 1.2 max drawdown 35%" and a pasted
 * config's "sharpe: >1.2" above "max_drawdown: …" the "max" is the drawdown's (before, Sharpe <= 1.2).
 */
function postfixOperator(tokens: readonly Token[], index: number, operator: WrittenOperator): { operator: WrittenOperator; end: number } {
  const unchanged = { operator, end: index };
  if (tokens[index]?.sentence !== tokens[index - 1]?.sentence) return unchanged;
  const atLeast = matchLongest(tokens, index, AT_LEAST_AFTER);
  const atMost = atLeast ? undefined : matchLongest(tokens, index, AT_MOST_AFTER);
  const side = atLeast ?? atMost;
  if (side) return (matchMetricAt(tokens, index)?.end ?? 0) > side.end ? unchanged : { operator: atLeast ? '>=' : '<=', end: side.end };
  const hindi = hindiComparatorAfter(tokens, index);
  return hindi ? { operator: hindi.negated ? NEGATED[hindi.operator] : hindi.operator, end: hindi.end } : unchanged;
}

function hasTargetCue(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  for (let position = index - 1; position >= 0 && tokens[position]!.sentence === sentence; position--) {
    if (isWord(tokens[position], ...TARGET_CUES)) return true;
  }
  return false;
}

/** A written target before any framing words: the metric, the operator as written, the value. */
interface WrittenTarget {
  metric: MetricKey;
  operator: WrittenOperator;
  value: WrittenValue;
  /** A negation between metric and comparator: "Sharpe must not be below 1". */
  negated: boolean;
  end: number;
  /** "read 'abve' as 'above'" when the comparator was misspelled. */
  correction?: string;
}

/** One-word comparators a typo may reach (fuzzy_names.ts: same first letter, one edit up to 5 letters). */
const MISSPELLABLE_COMPARATORS = ['above', 'below', 'under', 'beyond', 'exceeds', 'exceeding'];

/**
 * "Sharpe abve 1": between a metric and a number, a word one edit from a comparator is that
 * comparator. Only there: elsewhere "abve" could be anything.
 */
function misspelledComparator(tokens: readonly Token[], index: number): FoundComparator | undefined {
  const word = tokens[index];
  if (!isWord(word) || !isNumber(tokens[index + 1])) return undefined;
  const meant = matchMisspelledName(word!.norm, MISSPELLABLE_COMPARATORS);
  const operator = meant === undefined ? undefined : matchComparator([{ ...word!, norm: meant }], 0)?.operator;
  return operator === undefined ? undefined : { operator, end: index + 1, correction: `read '${word!.text}' as '${meant}'` };
}

/** "the worst drawdown held to 15% or less", "volatility kept to 20%": a bound the metric is held within, so at most. */
const HELD_TO = phrases('held|hold|holds|holding|kept|keep|keeping to');

/** "held to 15%" is at most; a comparator after it says the side instead ("kept to under 20%", "held to at least 1"). */
function heldTo(tokens: readonly Token[], index: number): FoundComparator | undefined {
  const held = matchLongest(tokens, index, HELD_TO);
  if (!held) return undefined;
  const stated = matchComparator(tokens, held.end);
  return stated && stated.operator !== 'as_stated' ? stated : { operator: '<=', end: held.end };
}

/** Past the fillers (and past moves, in a `hypothetical`), stopping before "held to", whose "to" is a filler elsewhere ("needs to be above 1"). */
function skipFillerWords(tokens: readonly Token[], index: number, hypothetical = false): number {
  let end = index;
  const isFiller = (norm: string) => FILLERS.has(norm) || (hypothetical && PAST_MOVES.has(norm));
  while (isWord(tokens[end]) && isFiller(tokens[end]!.norm) && !matchLongest(tokens, end, HELD_TO)) end++;
  return end;
}

function skipFillers(tokens: readonly Token[], index: number, hypothetical = false): { end: number; negated: boolean } {
  let end = skipFillerWords(tokens, index, hypothetical);
  // "so the profit factor ends up above 1.8" (but "goes up to 30%" keeps its "up to").
  if (isWord(tokens[end], 'up') && isWord(tokens[end - 1], 'end', 'ends', 'ended', 'ending')) end = skipFillerWords(tokens, end + 1);
  // "so calmar comes out over 0.8".
  if (isWord(tokens[end], 'out') && isWord(tokens[end - 1], 'come', 'comes', 'came', 'coming')) end = skipFillerWords(tokens, end + 1);
  const negated = tokens.slice(index, end).some((token) => NEGATING_FILLERS.has(token.norm));
  return { end, negated };
}

/** A loss-size wording names the drawdown: "lose more than 30%", "losses capped at 15%" (not a stop loss). */
function isStopLoss(tokens: readonly Token[], index: number): boolean {
  return isWord(tokens[index - 1], 'stop', 'trailing') || (isPunct(tokens[index - 1], '-') && isWord(tokens[index - 2], 'stop'));
}

/**
 * "Sharpe > 1.5", "Sharpe of at least 2", "max drawdown under 20%", "target Sharpe 2", "win rate 55% or more";
 * in a `hypothetical` ("if the Sharpe fell below 1") a past move may stand before the comparator.
 */
function metricFirst(tokens: readonly Token[], index: number, hypothetical = false): WrittenTarget | undefined {
  const metric = matchMetricAt(tokens, index) ?? metricOfPronoun(tokens, index);
  if (!metric || (metric.metric === 'max_drawdown' && isStopLoss(tokens, index))) return undefined;
  // "max loss from peak no more than 22%": the tail may come straight after the name.
  const named = metric.metric === 'max_drawdown' ? { ...metric, end: matchLongest(tokens, metric.end, DRAWDOWN_TAILS)?.end ?? metric.end } : { ...metric, end: pastMetricNoun(tokens, metric.end) };
  // "Max drawdown I can tolerate is 30%": what the user accepts, stated as the limit.
  const fillers = skipFillers(tokens, matchLongest(tokens, named.end, TOLERATED_CLAUSE)?.end ?? named.end, hypothetical);
  const comparator = matchComparator(tokens, fillers.end) ?? heldTo(tokens, fillers.end) ?? misspelledComparator(tokens, fillers.end);
  // "Sharpe of at least 2": a stated comparator after "of" wins over "of" itself.
  const refined = comparator?.operator === 'as_stated' ? matchComparator(tokens, comparator.end) ?? comparator : comparator;
  // "at least of 100%", as Spanish and Portuguese put it ("al menos del 100%").
  const valueAt = refined ? (refined.operator !== 'as_stated' && isWord(tokens[refined.end], 'of') ? refined.end + 1 : refined.end) : fillers.end;
  // A bare number after a metric is a target only with a cue ("target Sharpe 2") or as a drawdown limit ("max dd 25%").
  const bareAllowed = fillers.end === named.end && (hasTargetCue(tokens, index) || named.metric === 'max_drawdown');
  const value = readValue(tokens, valueAt, named.metric === 'num_trades');
  if (!value || (!refined && !value.percent && isYearNumber(tokens[valueAt])) || isShareOfTrades(named.metric, value)) return undefined;
  if ('pronoun' in metric && NOT_METRIC_UNITS.has(tokens[value.end]?.norm ?? '')) return undefined;
  if (!value.percent && startsTimeUnit(tokens, value.end)) return undefined;
  const final = postfixOperator(tokens, value.end, refined?.operator ?? 'as_stated');
  // "Sharpe 1.5 or more": a comparator after the value stands in for one before it.
  if (!refined && !bareAllowed && (final.end === value.end || fillers.end !== named.end)) return undefined;
  // "it" needs a comparator: "show it at 2 decimals" is no target.
  if ('pronoun' in metric && final.operator === 'as_stated') return undefined;
  // "returns of at least 10% per year": a return stated per year is the annual growth (the metric vocabulary's CAGR).
  const perYearName = named.metric === 'total_return' ? matchMetricAt(tokens, final.end) : undefined;
  const perYear = perYearName?.metric === 'cagr' ? perYearName : undefined;
  const end = named.metric === 'max_drawdown' ? lossTail(tokens, final.end).end : perYear?.end ?? final.end;
  const correction = comparator?.correction === undefined ? {} : { correction: comparator.correction };
  return { metric: perYear ? 'cagr' : named.metric, operator: final.operator, value, negated: fillers.negated, end, ...correction };
}

/** A sign said in words is a side of zero: "positive" is above it, "negative" below. */
const SIGN_WORDS: Readonly<Record<string, TargetOperator>> = { positive: '>', negative: '<' };
/** Before a sign, what only says it is the least asked ("at least positive" is still above 0) or the state it is in. */
const BEFORE_SIGN: ReadonlySet<WrittenOperator> = new Set(['>=', 'as_stated']);

/**
 * "the Sharpe should at least come out positive", "total return must be positive": a metric said to
 * have a sign is that side of zero (a drawdown is never positive, so it is not read here).
 */
function metricSign(tokens: readonly Token[], index: number): WrittenTarget | undefined {
  const named = matchMetricAt(tokens, index);
  if (!named || named.metric === 'max_drawdown') return undefined;
  const fillers = skipFillers(tokens, named.end);
  const comparator = matchComparator(tokens, fillers.end);
  const lead = comparator && BEFORE_SIGN.has(comparator.operator) ? comparator.end : fillers.end;
  const after = skipFillers(tokens, lead);
  const sign = tokens[after.end];
  if (!isWord(sign) || !Object.hasOwn(SIGN_WORDS, sign!.norm)) return undefined;
  // "should not be negative": one negation turns the side, as for any target.
  const negated = fillers.negated !== after.negated;
  return { metric: named.metric, operator: SIGN_WORDS[sign!.norm]!, value: { value: 0, percent: false, end: after.end + 1 }, negated, end: after.end + 1 };
}

/** A span of time or a cost after a number is not a metric's value: "run it over 3 years". */
const NOT_METRIC_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'bps', 'bp', 'trades']);

/** Units of time; no metric is counted in them, so a number before one is a span. */
const TIME_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'yr', 'yrs', 'y', 'month', 'months', 'mo', 'mos', 'week', 'weeks', 'wk', 'wks',
  'day', 'days', 'd', 'quarter', 'quarters', 'hour', 'hours', 'h']);

/**
 * "sortino over 3 years", "sharpe above 2 months", "calmar over a 3-year span": a number with a unit
 * of time after it is how long, never the metric's bound (before, "sortino over 3 years" was sortino > 3).
 */
function startsTimeUnit(tokens: readonly Token[], index: number): boolean {
  const unitAt = isPunct(tokens[index], '-') ? index + 1 : index;
  return isWord(tokens[unitAt]) && TIME_UNITS.has(tokens[unitAt]!.norm);
}

/**
 * "What's the win rate on RSI? Want it above 65%": "it" is the one metric named in this sentence
 * or the one before. With two metrics there, or none, it names nothing and stays unread (so noted).
 */
function metricOfPronoun(tokens: readonly Token[], index: number): { metric: MetricKey; end: number; pronoun: true } | undefined {
  // "if it's more than 200": the pronoun with its copula ("its" as typed for "it's").
  if (!isWord(tokens[index], 'it', 'that', "it's", 'its', "that's", 'thats')) return undefined;
  const metric = soleMetricBefore(tokens, index);
  return metric && { metric, end: index + 1, pronoun: true };
}

/** The one metric named in this sentence or the one before, up to `index`; none with two named, or none. */
function soleMetricBefore(tokens: readonly Token[], index: number): MetricKey | undefined {
  const named = new Set<MetricKey>();
  const reach = previousSentenceOf(tokens, index);
  let position = index;
  while (position > 0 && tokens[position - 1]!.sentence >= reach) position--;
  // Read forwards, past each name found: "annual return" names one metric, not also "return".
  while (position < index) {
    const found = matchMetricAt(tokens, position);
    if (found) named.add(found.metric);
    position = found?.end ?? position + 1;
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/** The sentence before the one at `index` with words in it: "trades?? if it is…" ends no sentence between its two marks. */
function previousSentenceOf(tokens: readonly Token[], index: number): number {
  const sentence = tokens[index]!.sentence;
  const lastWordBefore = tokens.slice(0, index).findLast((token) => token.sentence < sentence && token.kind !== 'punct');
  return lastWordBefore?.sentence ?? sentence - 1;
}

/** Past "of my money" and "peak to trough" after a loss's size; `named` when a tail names the drawdown. */
function lossTail(tokens: readonly Token[], index: number): { end: number; named: boolean } {
  // A loss's noun with its tail ("a 25% drop from the top") is a drawdown name of its own (metric_vocabulary.ts).
  const at = matchLongest(tokens, index, LOSS_OF)?.end ?? index;
  const tail = matchLongest(tokens, at, DRAWDOWN_TAILS);
  return tail ? { end: tail.end, named: true } : { end: at, named: false };
}

/** "60% of trades" is a share of the trades, never a count of them: only the share readers (tradeShare, measureAfter) read it. */
function isShareOfTrades(metric: MetricKey, value: WrittenValue): boolean {
  return metric === 'num_trades' && value.percent;
}

const LOSING_ON = phrases('lose|losing|lost|loses on|in', 'lose|losing|lost|loses', 'be wrong on|in', 'be wrong', 'wrong');
// "be right 60% of the time", "profitable 60% of the time": only a percentage and "of trades / of the time" after make these a share.
const WINNING_ON = phrases('win|winning|won|wins on|in', 'win|winning|won|wins', 'be right on|in', 'be right', 'right', 'profit on|in', 'be profitable', 'profitable',
  'be in profit', 'in profit');
// "more than half its trades": after a fraction in words the "of" may go unsaid.
const OF_TRADES = phrases('of trades|positions', 'of the|my|its|their|all trades|positions', 'of all the|my|its|their trades|positions', 'of the time',
  'the|my|its|their|all trades|positions');
const MIRRORED: Readonly<Record<TargetOperator, TargetOperator>> = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' };

/**
 * "lose on more than 60% of trades", "win in at least 55% of trades": the win rate. A share of
 * losing trades is its complement (at most 60 % losers = at least 40 % winners); a loss share
 * with no comparator is a most, as loss limits are.
 */
function tradeShare(tokens: readonly Token[], index: number): WrittenTarget | undefined {
  const losing = matchLongest(tokens, index, LOSING_ON);
  const side = losing ?? matchLongest(tokens, index, WINNING_ON);
  if (!side) return undefined;
  const comparator = matchComparator(tokens, side.end);
  const written = comparator && comparator.operator !== 'as_stated' ? comparator.operator : undefined;
  const value = readValue(tokens, written ? comparator!.end : side.end);
  const trades = value?.percent ? matchLongest(tokens, value.end, OF_TRADES) : undefined;
  if (!value || !trades) return undefined;
  return shareTarget(Boolean(losing), written ?? 'as_stated', value, trades.end);
}

/**
 * The win rate a share of trades states. A share of losers is its complement (at most 40% losers is
 * at least 60% winners); with no comparator it stays as stated, a win rate of at least the rest,
 * which a refusal leaves as it is ("40% losers is unacceptable"), as for any stated size.
 */
function shareTarget(losing: boolean, operator: WrittenOperator, value: WrittenValue, end: number): WrittenTarget {
  if (!losing) return { metric: 'win_rate', operator, value, negated: false, end };
  // "losers no worse than 40%": better and worse already say the good side, which is the winners' too.
  const mirrored = operator === 'as_stated' || isQualitySide(operator) ? operator : MIRRORED[operator];
  return { metric: 'win_rate', operator: mirrored, value: { ...value, value: 100 - value.value }, negated: false, end };
}

/** What a size measures, named after it: a metric ("a 25% drawdown") or a share of the trades ("70% winners"). */
type Measure = { metric: MetricKey; end: number } | { share: TradeShareWords; end: number };

/** The longer reading wins: "40% losing trades" is a share of losers, not a 40% drawdown ("losing"). */
function measureAfter(tokens: readonly Token[], value: WrittenValue, at: number): Measure | undefined {
  const named = matchMetricAt(tokens, at);
  const share = value.percent ? matchShareAfterPercent(tokens, value.end) : undefined;
  if (share && (!named || share.end > named.end)) return { share, end: share.end };
  return named && !isShareOfTrades(named.metric, value) ? named : undefined;
}

function measuredTarget(measure: Measure, operator: WrittenOperator, value: WrittenValue, end: number): WrittenTarget {
  return 'share' in measure ? shareTarget(measure.share.losing, operator, value, end) : { metric: measure.metric, operator, value, negated: false, end };
}

/** "winning trades above 60%", "losers must not exceed 40%": the trades named first, then the share. */
function shareFirst(tokens: readonly Token[], index: number): WrittenTarget | undefined {
  const share = matchShareName(tokens, index);
  if (!share) return undefined;
  const fillers = skipFillers(tokens, share.end);
  const stated = matchComparator(tokens, fillers.end);
  // "must not be below 60%": a comparator after "be" wins over "be" itself, as after a metric.
  const comparator = stated?.operator === 'as_stated' ? matchComparator(tokens, stated.end) ?? stated : stated;
  const value = readValue(tokens, comparator ? comparator.end : fillers.end);
  if (!value?.percent) return undefined;
  const final = postfixOperator(tokens, value.end, comparator?.operator ?? 'as_stated');
  // "winners 70%" says nothing of a target: a comparator, before or after, is needed.
  if (!comparator && final.end === value.end) return undefined;
  return { ...shareTarget(share.losing, final.operator, value, final.end), negated: fillers.negated };
}

/** Words just before a multiple that make it a goal: "target: double my money", "aim to triple it". */
const GOAL_BEFORE = ['target', 'targeting', 'aim', 'goal', 'should', 'must', 'to', ':'];
/** What a search looks for, so that "a setup that doubled the money" is the one wanted, not a story. */
const SOUGHT_NOUNS = ['setup', 'setups', 'settings', 'setting', 'strategy', 'strategies', 'system', 'systems', 'one', 'ones', 'parameters', 'params', 'combo', 'combination', 'version'];

/**
 * "find me a donchian setup on DOGE that doubled the money": a relative clause on what is sought, in
 * the clause that names it, says what it must have done. "ok that doubled the money" tells a result.
 */
function describesSought(tokens: readonly Token[], index: number): boolean {
  if (!isWord(tokens[index - 1], 'that', 'which')) return false;
  // The sentence of "that": the value may end the message, with no token at `index`.
  const sentence = tokens[index - 1]!.sentence;
  for (let at = index - 2; at >= 0 && isWord(tokens[at]) && tokens[at]!.sentence === sentence; at--) {
    if (isWord(tokens[at], ...SOUGHT_NOUNS)) return true;
  }
  return false;
}

/**
 * "at least double my money", "I want to triple my capital", "that at least doubled the money": a
 * total return. Needs a comparator or a goal, so "double my capital" alone (an instruction about the
 * capital) is not one.
 */
function moneyMultiple(tokens: readonly Token[], index: number, goal: boolean): WrittenTarget | undefined {
  const comparator = matchComparator(tokens, index);
  const written = comparator && comparator.operator !== 'as_stated' ? comparator.operator : undefined;
  if (!written && !goal && !GOAL_BEFORE.includes(tokens[index - 1]?.norm ?? '') && !describesSought(tokens, index)) return undefined;
  // With a side the money may go unsaid: "more than doubles over 2010-2020", "at least triple".
  const multiple = written ? readGrowthMultiple(tokens, comparator!.end) : readMoneyMultiple(tokens, index);
  return multiple && { metric: 'total_return', operator: written ?? 'as_stated', value: { value: multiple.percent, percent: true, end: multiple.end }, negated: false, end: multiple.end };
}

/** A side word before the metric ("min sharpe 1", "max volatility 20%"), as one target per line is often written. */
const SIDE_FIRST = phrases('min|minimum', 'max|maximum');

function sideWordFirst(tokens: readonly Token[], index: number): WrittenTarget | undefined {
  const side = matchLongest(tokens, index, SIDE_FIRST);
  const metric = side && matchMetricAt(tokens, side.end);
  // "max drawdown" is the metric's own name, read by metricFirst.
  if (!metric || metric.metric === 'max_drawdown') return undefined;
  const valueAt = pastMetricNoun(tokens, metric.end);
  const value = readValue(tokens, valueAt, metric.metric === 'num_trades');
  if (!value || (!value.percent && isYearNumber(tokens[valueAt])) || isShareOfTrades(metric.metric, value)) return undefined;
  return { metric: metric.metric, operator: side.which === 0 ? '>=' : '<=', value, negated: false, end: value.end };
}

/** "at least 55% win rate", "under 20% drawdown", "no more than 20% max drawdown", "more than a 40% drawdown". */
function comparatorFirst(tokens: readonly Token[], index: number): WrittenTarget | undefined {
  const comparator = matchComparator(tokens, index);
  if (!comparator || comparator.operator === 'as_stated') return undefined;
  // "cap 15k sharpe at least 1.5": "cap" before a sum of money is the capital, not a ceiling on what follows.
  if (capitalAfterCap(tokens, index)) return undefined;
  const value = readValue(tokens, skipWords(tokens, comparator.end, new Set(['a', 'an', 'is', 'of', 'at', 'be'])));
  if (!value) return metricBeaten(tokens, comparator.operator, comparator.end);
  const measure = measureAfter(tokens, value, isWord(tokens[value.end], 'of', 'in') ? value.end + 1 : value.end);
  if (measure) return measuredTarget(measure, comparator.operator, value, measure.end);
  // "more than 25% from the high": a peak-to-trough tail alone names the drawdown ("of my money" alone does not).
  const tail = lossTail(tokens, value.end);
  if (tail.named) return { metric: 'max_drawdown', operator: comparator.operator, value, negated: false, end: tail.end };
  return endorsedLevel(tokens, index, comparator.operator, value);
}

const GOOD_WORDS = 'good|great|decent|fine|solid|healthy|strong|excellent|ok|okay|acceptable';
const ENDORSEMENTS = phrases(`is|are|seems|means ${GOOD_WORDS}`, `would|should be ${GOOD_WORDS}`, `is|are considered ${GOOD_WORDS}`);

/**
 * "I don't really understand what sharpe means but my friend says above 1 is good": a level called
 * good without its metric is of the one metric named in this sentence or the one before.
 */
function endorsedLevel(tokens: readonly Token[], index: number, operator: WrittenOperator, value: WrittenValue): WrittenTarget | undefined {
  const endorsed = matchLongest(tokens, value.end, ENDORSEMENTS);
  const metric = endorsed && soleMetricBefore(tokens, index);
  return metric && { metric, operator, value, negated: false, end: endorsed.end };
}

/**
 * "beat a Sharpe ratio of one", "exceed a profit factor of 1.5", "above a Sortino of 2": the comparator
 * before a metric named with its size sets the side ("of" alone would leave it as stated, so at least).
 */
function metricBeaten(tokens: readonly Token[], operator: WrittenOperator, index: number): WrittenTarget | undefined {
  const named = matchMetricAt(tokens, skipWords(tokens, index, new Set(['a', 'an', 'the'])));
  if (!named || !isWord(tokens[named.end], 'of')) return undefined;
  const value = readValue(tokens, named.end + 1);
  if (!value || isShareOfTrades(named.metric, value) || (!value.percent && isYearNumber(tokens[named.end + 1]))) return undefined;
  return { metric: named.metric, operator, value, negated: false, end: value.end };
}

/** A floor said between a size and what it measures: "a 25%+ annual return", "25% plus a year", "a 1.5+ Sharpe", "20% or more CAGR". */
const FLOOR_BETWEEN = phrases('+', 'plus', 'or more|higher|better|greater|above');

function floorBeforeMeasure(tokens: readonly Token[], value: WrittenValue): { end: number } | undefined {
  const floor = matchLongest(tokens, value.end, FLOOR_BETWEEN);
  const first = tokens[value.end];
  // "+" written onto the size ("25%+"); the word "plus" only after a percentage, as elsewhere it joins two things ("sma 20 plus rsi").
  const meant = isPunct(first, '+') ? first!.joined : isWord(first, 'plus') ? value.percent : true;
  return floor && meant ? floor : undefined;
}

const NO_MORE_AFTER = phrases('but|and not more|higher|worse|deeper', 'but|and no more|worse|deeper', 'no more', ', no more|worse');

/**
 * After a lead-in the size is as stated, in the metric's own direction: the goal after "I want" ("a 2
 * Sharpe", "a 50% profit"), the most after "I can live with" ("a 25% drawdown (but no more)"), the
 * line after a refusal ("I refuse to see a 25% drop from the top"). A comparator after the size
 * says the side instead ("70% winners or better").
 */
function sizeThenMetric(tokens: readonly Token[], index: number, tolerance: boolean): WrittenTarget | undefined {
  const value = readValue(tokens, index);
  const floor = value && floorBeforeMeasure(tokens, value);
  const measure = value && measureAfter(tokens, value, floor?.end ?? value.end);
  if (!value || !measure) return undefined;
  const final = floor ? { operator: '>=' as const, end: measure.end } : postfixOperator(tokens, measure.end, 'as_stated');
  const limit = tolerance && final.end === measure.end ? matchLongest(tokens, measure.end, NO_MORE_AFTER) : undefined;
  return measuredTarget(measure, final.operator, value, limit?.end ?? final.end);
}

/**
 * A size first with no lead-in is a target only when the words after it say so: "20% drawdown at
 * most", "70% winners or better", "a 25% drop from the top is unacceptable". Alone ("a 25% drawdown",
 * "70% winners") it may be anything.
 */
function sizeFirstLimited(tokens: readonly Token[], index: number): WrittenTarget | undefined {
  const value = isEvent(tokens, index) ? undefined : readValue(tokens, index);
  const floor = value && floorBeforeMeasure(tokens, value);
  const measure = value && measureAfter(tokens, value, floor?.end ?? value.end);
  if (!value || !measure) return undefined;
  const final = floor ? { operator: '>=' as const, end: measure.end } : postfixOperator(tokens, measure.end, 'as_stated');
  const refused = refusalAfter(tokens, final.end) !== undefined;
  if (!floor && final.end === measure.end && !refused) return undefined;
  // "a 5% loss or more" is a move to act on, not a limit: a drawdown is limited by a most or a refusal.
  if ('metric' in measure && measure.metric === 'max_drawdown' && final.operator === '>=' && !refused) return undefined;
  return measuredTarget(measure, final.operator, value, final.end);
}

/** Words before a size that make it something to act on: "sell after a 10% drop from the high", "exit on a 5% loss". */
const EVENT_WORDS = ['after', 'on', 'upon', 'if', 'when', 'once', 'until', 'following', 'at'];

function isEvent(tokens: readonly Token[], index: number): boolean {
  const before = isWord(tokens[index - 1], 'a', 'an', 'the', 'any') ? index - 2 : index - 1;
  return isWord(tokens[before], ...EVENT_WORDS);
}

const CAPPING_BEFORE = phrases('cap|capping|limit|limiting');

/** "cap the drawdown at 25%", "limit the number of trades to 50": the most the metric may reach. */
function cappedMetric(tokens: readonly Token[], index: number): WrittenTarget | undefined {
  const lead = matchLongest(tokens, index, CAPPING_BEFORE);
  const named = lead && matchMetricAt(tokens, skipWords(tokens, lead.end, new Set(['the', 'my', 'our', 'its', 'their'])));
  if (!named || !isWord(tokens[named.end], 'at', 'to')) return undefined;
  const value = readValue(tokens, named.end + 1);
  if (!value || isShareOfTrades(named.metric, value)) return undefined;
  const final = postfixOperator(tokens, value.end, '<=');
  return { metric: named.metric, operator: final.operator, value, negated: false, end: final.end };
}

/** The refusal after a target, past its copula: "is unacceptable", "isn't worth it", "rules it out for me". */
function refusalAfter(tokens: readonly Token[], index: number): { end: number } | undefined {
  const copulaEnd = skipWords(tokens, index, COPULAS);
  const negatedCopula = tokens.slice(index, copulaEnd).some((token) => ["isn't", "aren't", 'isnt', 'arent', "wouldn't", 'not'].includes(token.norm));
  const after = matchLongest(tokens, copulaEnd, REFUSING_AFTER) ?? (negatedCopula ? matchLongest(tokens, copulaEnd, ACCEPTABLE_WORDS) : undefined)
    ?? matchLongest(tokens, skipConsequenceLeads(tokens, index), FAILING_CONSEQUENCES) ?? dislikeEndingClause(tokens, skipConsequenceLeads(tokens, index));
  return after && { end: matchLongest(tokens, after.end, FOR_ME)?.end ?? after.end };
}

/** Words that deny what follows: "never more than 20 trades", "without ever sitting more than 30% in profit". */
const NEGATION_LEADS = phrases('never', 'without', "don't|dont|doesn't|doesnt|didn't|didnt|won't|wont|can't|cant|cannot|shouldn't|shouldnt|mustn't|mustnt|wouldn't|couldn't",
  'do|does|did|will|should|must|would|could not', 'rather|prefer not', 'rather|prefer it|that|this not', 'rather|prefer it|that|this not to');
/** Between a negation and its target: "never let the volatility exceed 30%", "without ever having more than 40% volatility". */
const NEGATION_BRIDGES: ReadonlySet<string> = new Set(['ever', 'once', 'even', 'let', 'lets', 'letting', 'allow', 'allowing', 'have', 'having', 'has', 'had', 'be', 'being', 'been',
  'sit', 'sits', 'sitting', 'sat', 'stay', 'staying', 'go', 'goes', 'going', 'get', 'getting', 'make', 'making', 'made', 'take', 'taking', 'reach', 'reaching', 'hit', 'hitting',
  'show', 'showing', 'end', 'ending', 'drop', 'dropping', 'fall', 'falling', 'rise', 'rising', 'climb', 'climbing', 'a', 'an', 'the', 'any', 'its', 'my', 'our', 'their']);
/** Bridge words a negation may cross: "never let the volatility exceed 30%", not a long clause. */
const MAX_NEGATION_BRIDGE = 4;

/**
 * A target after a negation, read with the negation turning its side around: "never more than 20
 * trades" is num_trades <= 20. A size with no side is a limit only for capped metrics ("never a 30%
 * drawdown"); "never a 20% return" says no side, so it is no target (left unread, so noted).
 */
function negatedTarget(tokens: readonly Token[], index: number): WrittenTarget | undefined {
  const negation = matchLongest(tokens, index, NEGATION_LEADS);
  if (!negation) return undefined;
  for (let at = negation.end; at - negation.end <= MAX_NEGATION_BRIDGE; at++) {
    const written = tradeShare(tokens, at) ?? shareFirst(tokens, at) ?? metricFirst(tokens, at) ?? comparatorFirst(tokens, at) ?? sizeThenMetric(tokens, at, false);
    if (written) return written.operator === 'as_stated' && !CAPPED_AS_STATED.has(written.metric) ? undefined : written;
    if (!isWord(tokens[at]) || !NEGATION_BRIDGES.has(tokens[at]!.norm)) return undefined;
  }
  return undefined;
}

/** Sides that say how big a refused fall is: "a drop bigger than 25%", "more than a 25% drop" (not "a drop under 5%"). */
const FALL_SIDES: ReadonlySet<WrittenOperator> = new Set(['>', '>=', 'worse', 'as_stated']);

/**
 * After a refusal a fall in value is the user's own loss, so the drawdown: "I can't stomach a drop
 * bigger than 25%", "won't accept a fall of more than 20%", "can't take dips over 15%", "can't
 * stomach more than a 30% drop". Elsewhere ("buy the dip", "a 5% drop") it stays a price move.
 */
function refusedFall(tokens: readonly Token[], index: number): WrittenTarget | undefined {
  const fall = matchLongest(tokens, index, FALLS);
  if (fall) {
    const stated = matchComparator(tokens, fall.end);
    // "a fall of more than 20%": a side after "of" wins over "of" itself.
    const comparator = stated?.operator === 'as_stated' ? matchComparator(tokens, stated.end) ?? stated : stated;
    const value = comparator && FALL_SIDES.has(comparator.operator) ? readValue(tokens, comparator.end) : undefined;
    return value?.percent ? { metric: 'max_drawdown', operator: comparator!.operator, value, negated: false, end: lossTail(tokens, value.end).end } : undefined;
  }
  const comparator = matchComparator(tokens, index);
  if (comparator && !FALL_SIDES.has(comparator.operator)) return undefined;
  const value = readValue(tokens, skipWords(tokens, comparator?.end ?? index, new Set(['a', 'an'])));
  const after = value?.percent ? matchLongest(tokens, value.end, FALLS) : undefined;
  return after && { metric: 'max_drawdown', operator: comparator?.operator ?? 'as_stated', value: value!, negated: false, end: lossTail(tokens, after.end).end };
}

/** "need that" over "need": the wish lead, when longer, takes its "that" along. */
function longerLead(goal: { end: number } | undefined, wish: { end: number } | undefined): { end: number } | undefined {
  return wish && (!goal || wish.end > goal.end) ? wish : goal;
}

/** A target with the words that frame it: "I can't stomach a drawdown over 30%", "Sharpe under 1 is unacceptable". */
function framedTarget(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const refusing = matchLongest(tokens, index, REFUSING_BEFORE);
  const accepting = refusing ? undefined : matchLongest(tokens, index, ACCEPTING_BEFORE);
  const goal = refusing || accepting ? undefined : longerLead(matchLongest(tokens, index, GOAL_BEFORE_TARGET), wishLeadAt(tokens, index));
  const lead = refusing ?? accepting ?? goal;
  const skipped = lead ? skipWords(tokens, lead.end, new Set(['a', 'an', 'any', 'the', 'to', 'my', 'our', 'of'])) : index;
  const at = lead ? matchLongest(tokens, skipped, LOSS_STATE)?.end ?? skipped : index;
  const negated = lead ? undefined : negatedTarget(tokens, index);
  const written = negated ?? tradeShare(tokens, at) ?? shareFirst(tokens, at) ?? metricFirst(tokens, at) ?? metricSign(tokens, at) ?? sideWordFirst(tokens, at) ?? comparatorFirst(tokens, at) ?? moneyMultiple(tokens, at, Boolean(accepting))
    ?? (lead ? sizeThenMetric(tokens, at, Boolean(accepting)) : cappedMetric(tokens, at) ?? sizeFirstLimited(tokens, at)) ?? (refusing ? refusedFall(tokens, at) : undefined);
  if (!written) return undefined;
  const after = refusalAfter(tokens, written.end);
  const end = after?.end ?? written.end;
  // Each refusal turns the accepted side around once: "can't stomach a drawdown that is not under 30%" is rare, but exact.
  const refused = [Boolean(refusing), Boolean(negated), Boolean(after), written.negated].filter(Boolean).length % 2 === 1;
  const clauses = toTarget(written.metric, written.operator, written.value, refused);
  return { end, clauses: written.correction ? [...clauses, { kind: 'note', text: written.correction }] : clauses };
}

/** A total return target named by what it asks of the money: "forget doubling", "drop the tripling goal". */
const GROWTH_NOUNS = phrases('doubling|tripling|quadrupling', 'doubling|tripling|quadrupling the|my money|capital|account', 'breaking even');

/** "no targets", "drop the Sharpe target", "forget doubling". */
function clearing(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const verb = matchLongest(tokens, index, CLEARING);
  if (!verb) return undefined;
  // "forget both targets", "remove all of the targets": every target the run has.
  const at = skipWords(tokens, verb.end, new Set(['the', 'all', 'any', 'my', 'those', 'these', 'that', 'this', 'both', 'of']));
  const growth = matchLongest(tokens, at, GROWTH_NOUNS);
  if (growth) {
    const end = isWord(tokens[growth.end], ...TARGET_NOUNS) ? growth.end + 1 : growth.end;
    return { end, clauses: [{ kind: 'clear_targets', metric: 'total_return' }] };
  }
  const named = matchMetricAt(tokens, at);
  const nounAt = named ? named.end : at;
  const cleared = named ? clearedMetricEnd(tokens, index, nounAt) : undefined;
  if (cleared !== undefined) return { end: cleared, clauses: [{ kind: 'clear_targets', metric: named!.metric }] };
  if (!isWord(tokens[nounAt], ...TARGET_NOUNS)) return undefined;
  return { end: nounAt + 1, clauses: [{ kind: 'clear_targets', ...(named ? { metric: named.metric } : {}) }] };
}

/** Verbs that put one target in another's place, and the words that lead to the new one. */
const SWAPPING = phrases('swap|switch|replace|change|trade|exchange');
const SWAP_LINKS = phrases('for|with|to|into', 'out for');

/**
 * "swap the cagr target for sortino over 1.5", "replace the sharpe goal with a calmar above 1": the
 * named target goes and the new one takes its place. Before, the old target was kept beside the new.
 * The new target must follow in full, so "change the sharpe target to 1.5" stays a changed value. A
 * metric the run has a target for needs no noun ("swap cagr for sortino over 1.5").
 */
function swappedTarget(tokens: readonly Token[], index: number, earlier: EarlierTargets | undefined): RecognizerMatch | undefined {
  const verb = matchLongest(tokens, index, SWAPPING);
  if (!verb) return undefined;
  const named = matchMetricAt(tokens, skipWords(tokens, verb.end, new Set(['the', 'my', 'that', 'this'])));
  const nounAt = named && skipWords(tokens, named.end, new Set(['target', 'goal', 'constraint', 'requirement', ...LOOSE_TARGET_NOUNS]));
  if (!named || (nounAt === named.end && earlier?.targets[named.metric] === undefined)) return undefined;
  const link = matchLongest(tokens, nounAt!, SWAP_LINKS);
  const replacement = link && framedTarget(tokens, skipWords(tokens, link.end, new Set(['a', 'an'])));
  if (!replacement) return undefined;
  return { end: replacement.end, clauses: [{ kind: 'clear_targets', metric: named.metric }, ...replacement.clauses] };
}

/** Loose names for a metric's target: "forget the win rate thing", "drop the drawdown limit". */
const LOOSE_TARGET_NOUNS = ['thing', 'things', 'stuff', 'bit', 'part', 'condition', 'conditions', 'filter', 'filters', 'limit', 'limits', 'cap', 'floor', 'rule', 'rules',
  // "drop the win rate one", "lose the sharpe bar": the target pointed at among those the run has.
  'one', 'bar', 'hurdle', 'threshold', 'minimum', 'requirement'];
/** Verbs that clear a metric named alone at a clause's end ("forget the win rate"); "no" and "without" need a noun. */
const CLEARING_ALONE = ['remove', 'drop', 'clear', 'forget', 'ignore', 'lose', 'scrap', 'ditch', 'delete'];

/** The end of a cleared metric's target past a loose noun, or at a clause end after a clearing verb alone. */
function clearedMetricEnd(tokens: readonly Token[], verbAt: number, nounAt: number): number | undefined {
  if (isWord(tokens[nounAt], ...LOOSE_TARGET_NOUNS)) return nounAt + 1;
  return isWord(tokens[verbAt], ...CLEARING_ALONE) && endsClause(tokens, nounAt) && !isWord(tokens[nounAt], 'on', 'with', 'in', 'from', 'since', 'for') ? nounAt : undefined;
}

/**
 * Follow-ups that change a target's size and keep its side: "relax the Sortino to 1.2" after "Sortino
 * above 1.5" is Sortino > 1.2, as "make that at least 0.8" after "needs Sharpe above 1" is Sharpe >= 0.8.
 * Before, these words were left unread (not_understood), or the earlier target kept its old size.
 */
const CHANGE_VERBS = phrases('relax|relaxing|loosen|tighten|lower|raise|drop|bump|reduce|increase|change|set|move|adjust|ease|lift|put|make|update|push|nudge',
  'bump|push|move|nudge|knock|ease|ratchet up|down|back',
  // "let the drawdown go to 35%": letting a metric reach a size moves its limit there.
  'let|allow|permit');
/** After these verbs the size needs no "to": "make the Sharpe target 1.2", "set the drawdown limit 30%". */
const LINK_OPTIONAL = ['make', 'set'];
const CHANGE_LINKS = phrases('to', 'at', 'down|back|up to', 'down|back|up at', 'go|get|run|stretch|reach|slip|sink|fall|drop|rise|climb to', 'go|get|run|slip up|down to', 'go as far as',
  'to go|get|run|stretch|reach|slip|sink|fall|drop|rise|climb to', 'to go|get|run|slip up|down to');
/** What a target is called when a follow-up changes it: "the drawdown limit", "the Sharpe target". */
const CHANGED_NOUNS: ReadonlySet<string> = new Set([...TARGET_NOUNS, 'limit', 'limits', 'cap', 'floor', 'ceiling', 'threshold', 'hurdle', 'bar', 'level']);
/** Without a metric, only words that can mean nothing but a target: "the cap" may be a portfolio's weight cap. */
const TARGET_ONLY_NOUNS: ReadonlySet<string> = new Set([...TARGET_NOUNS, 'threshold', 'hurdle', 'bar']);
const CHANGE_ARTICLES: ReadonlySet<string> = new Set(['the', 'my', 'our', 'your', 'its', 'a', 'an']);
const PRONOUNS = ['it', 'that', 'this'];
/** What may follow a changed size when nothing names its metric: "make it 30 days" or "make it 50/50" is no target. */
const CLAUSE_ENDS = [',', '.', ';', '!', '?', ')'];
const CLAUSE_LINKS = ['and', 'but', 'then', 'instead', 'please', 'pls', 'now', 'too', 'also', 'thanks', 'on', 'with', 'in', 'from', 'since', 'for'];

function endsClause(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  return next === undefined || isPunct(next, ...CLAUSE_ENDS) || isWord(next, ...CLAUSE_LINKS);
}

/** A target written with its new side: the stated one ("at least 0.8"), else the earlier target's one. */
function changedTargetClauses(metric: MetricKey, written: WrittenOperator, raw: WrittenValue, earlier: EarlierTargets | undefined): Clause[] {
  const clauses = toTarget(metric, written, raw);
  // A drawdown limit has one side whatever the wording.
  if (written !== 'as_stated' || metric === 'max_drawdown') return clauses;
  const kept = earlier?.targets[metric]?.operator;
  if (!kept) return [...clauses, { kind: 'note', text: `no earlier ${metric} target to change: read as ${metric} ${describeTarget(clauses)}` }];
  return clauses.map((clause) => (clause.kind === 'target' ? { ...clause, operator: kept } : clause));
}

function describeTarget(clauses: readonly Clause[]): string {
  const target = clauses.find((clause) => clause.kind === 'target');
  return target?.kind === 'target' ? `${target.operator} ${target.value}` : '';
}

/** The new size after a link: "to at least 0.8", "to 1.2 or more", "1.2"; `written` is the side stated, if any. */
function readNewSize(tokens: readonly Token[], index: number): { written: WrittenOperator; value: WrittenValue; end: number } | undefined {
  const stated = matchComparator(tokens, index);
  const valueAt = stated ? stated.end : index;
  const value = readValue(tokens, valueAt);
  if (!value) return undefined;
  const final = postfixOperator(tokens, value.end, stated?.operator ?? 'as_stated');
  // "move it to 2024" names a year, not a size.
  if (final.operator === 'as_stated' && !value.percent && isYearNumber(tokens[valueAt])) return undefined;
  return { written: final.operator, value, end: final.end };
}

/** The size after "to" or "at"; "at" may instead start the side itself: "make that at least 0.8". */
function afterLink(tokens: readonly Token[], linkAt: number, link: { end: number } | undefined): ReturnType<typeof readNewSize> {
  return (link && readNewSize(tokens, link.end)) ?? readNewSize(tokens, linkAt);
}

/** "from 1.5 to 1.2": the old size is said only to be replaced. */
function skipOldSize(tokens: readonly Token[], index: number): number {
  if (!isWord(tokens[index], 'from')) return index;
  const old = readValue(tokens, index + 1);
  return old && isWord(tokens[old.end], 'to') ? old.end : index;
}

/** "relax the Sortino to 1.2", "make the Sharpe target 1.2", "change the drawdown limit to 30%". */
function verbMetricSize(tokens: readonly Token[], verbEnd: number, linkOptional: boolean, earlier: EarlierTargets | undefined): RecognizerMatch | undefined {
  const named = matchMetricAt(tokens, skipWords(tokens, verbEnd, CHANGE_ARTICLES));
  if (!named) return undefined;
  const linkAt = skipOldSize(tokens, skipWords(tokens, named.end, CHANGED_NOUNS));
  const link = matchLongest(tokens, linkAt, CHANGE_LINKS);
  if (!link && !linkOptional) return undefined;
  const size = afterLink(tokens, linkAt, link);
  if (!size || isShareOfTrades(named.metric, size.value) || NOT_METRIC_UNITS.has(tokens[size.end]?.norm ?? '')) return undefined;
  return { end: size.end, clauses: changedTargetClauses(named.metric, size.written, size.value, earlier) };
}

/**
 * "make that at least 0.8", "relax it to 1.2", "make the target 0.8": "it" and "that" name the metric
 * of this message's sentence, or else the target the previous message set and nothing else; "the
 * target" names the conversation's only target. With none of these, nothing is guessed.
 */
function verbReferenceSize(tokens: readonly Token[], verbEnd: number, earlier: EarlierTargets | undefined): RecognizerMatch | undefined {
  const at = skipWords(tokens, verbEnd, CHANGE_ARTICLES);
  const pronoun = isWord(tokens[at], ...PRONOUNS) && at === verbEnd;
  const nounEnd = skipWords(tokens, pronoun ? at + 1 : at, TARGET_ONLY_NOUNS);
  const named = nounEnd > (pronoun ? at + 1 : at);
  if (!pronoun && !named) return undefined;
  const onlyTarget = Object.keys(earlier?.targets ?? {}).length === 1 ? (Object.keys(earlier!.targets)[0] as MetricKey) : undefined;
  const metric = (pronoun ? metricOfPronoun(tokens, at)?.metric : undefined) ?? earlier?.lastChanged ?? (named ? onlyTarget : undefined);
  if (!metric) return undefined;
  const link = matchLongest(tokens, nounEnd, CHANGE_LINKS);
  const size = afterLink(tokens, nounEnd, link);
  if (!size || !endsClause(tokens, size.end) || isShareOfTrades(metric, size.value)) return undefined;
  return { end: size.end, clauses: changedTargetClauses(metric, size.written, size.value, earlier) };
}

/** "Sharpe 1.2 instead", "a Sortino of 1.3 instead": a new size for a target, its side kept. */
function sizeInstead(tokens: readonly Token[], index: number, earlier: EarlierTargets | undefined): RecognizerMatch | undefined {
  const named = matchMetricAt(tokens, skipWords(tokens, index, CHANGE_ARTICLES));
  if (!named) return undefined;
  const valueAt = skipWords(tokens, skipWords(tokens, named.end, CHANGED_NOUNS), new Set(['of', 'at', 'to']));
  const value = readValue(tokens, valueAt);
  if (!value || !isWord(tokens[value.end], 'instead') || isShareOfTrades(named.metric, value) || (!value.percent && isYearNumber(tokens[valueAt]))) return undefined;
  return { end: value.end + 1, clauses: changedTargetClauses(named.metric, 'as_stated', value, earlier) };
}

function changedTarget(tokens: readonly Token[], index: number, earlier: EarlierTargets | undefined): RecognizerMatch | undefined {
  const verb = matchLongest(tokens, index, CHANGE_VERBS);
  if (!verb) return sizeInstead(tokens, index, earlier);
  const linkOptional = isWord(tokens[index], ...LINK_OPTIONAL);
  return verbMetricSize(tokens, verb.end, linkOptional, earlier) ?? verbReferenceSize(tokens, verb.end, earlier);
}

/**
 * The last message set a target for one metric and changed nothing else: what "make that at least
 * 0.8" refers to in the next one. Otherwise "that" may be anything, and is not guessed.
 */
export function onlyTargetChanged(placed: ReadonlyArray<{ clause: Clause }>): MetricKey | undefined {
  const changes = placed.map(({ clause }) => clause).filter(asksSomething);
  const metrics = new Set(changes.map((clause) => (clause.kind === 'target' ? clause.metric : undefined)));
  const [metric] = metrics;
  return metrics.size === 1 ? metric : undefined;
}

function longest(...matches: ReadonlyArray<RecognizerMatch | undefined>): RecognizerMatch | undefined {
  return matches.reduce<RecognizerMatch | undefined>((best, match) => (match && (!best || match.end > best.end) ? match : best), undefined);
}

const NEVER_FELL = phrases('never|not fell|fall|falls|dropped|drop|drops|declined|decline|lost|lose|sank|sink', 'never|not went|goes|go down',
  "didn't|didnt|doesn't|doesnt|won't|wont|can't|cant fall|drop|decline|lose|sink", "didn't|didnt|doesn't|doesnt|won't|wont|can't|cant go down",
  // "keep the equity curve from ever sinking more than a quarter below its peak".
  'from|without ever falling|dropping|declining|sinking|losing', 'from|without ever going down',
  // "it should never be down more than a quarter from its peak": being down is having fallen.
  'never|not be|been|was|is|get|gets|got|sit|sits|sat down', 'without|from ever being|getting|sitting down');
/** "without ever sitting more than 30% under its peak": being somewhere says no fall, so only a peak after it makes the drawdown. */
const NEVER_SAT = phrases('never|not sit|sat|sits|sitting|been|being|be|was|is|trade|trades|traded|trading|stay|stays|stayed|staying',
  'without|from ever|once sitting|being|trading|staying|going', 'without sitting|being|trading|staying|going');
const BY_MORE_THAN = phrases('more than', 'over', 'beyond', 'by more than', 'past', 'further than', 'by over', 'deeper than');
const OFF_THE_TOP = phrases('off|from|below|under its|the|a high|peak|top|highs|peaks', 'off|from|below|under high|peak|top', 'from|off its|the|a all time high', 'peak to trough');

/**
 * "something on litecoin that never fell more than 25% off its high", "without ever sitting more than
 * 30% under its peak": a fall the strategy must never have made is a drawdown limit,
 * `max_drawdown >= -0.25` (a fall after an exit verb is a stop, trade_rules.ts).
 */
function neverFell(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const fell = matchLongest(tokens, index, NEVER_FELL);
  const sat = fell ? undefined : matchLongest(tokens, index, NEVER_SAT);
  const more = (fell ?? sat) && matchLongest(tokens, (fell ?? sat)!.end, BY_MORE_THAN);
  const value = more && readValue(tokens, more.end);
  if (!value?.percent) return undefined;
  const offTop = matchLongest(tokens, value.end, OFF_THE_TOP);
  if (sat && !offTop) return undefined;
  return { end: offTop?.end ?? value.end, clauses: toTarget('max_drawdown', '>=', value) };
}

/**
 * Words of dread before a condition: "I'll lose sleep if", "I'd freak out when", "I would panic if".
 * What the user dreads is what they refuse, so the fall after them is the deepest one accepted.
 */
export const DREAD_LEADS = phrases('lose|losing sleep', 'lose|losing my mind|nerve', 'freak|freaking|flip|flipping out', 'panic|panicking|panicked',
  'go|going|get|getting nuts|crazy|mad', 'have|having a heart attack', 'have|having a breakdown|meltdown', "can't|cant|cannot|couldn't|wouldn't|won't sleep",
  'be|get|feel|getting|feeling sick|nervous|anxious|scared|terrified|worried|stressed|devastated|gutted|miserable', 'hate|hating it', 'cry|crying',
  // "would make me (physically) sick": never "made me", a past fall is a story.
  'make|makes me|us sick|ill|nervous|anxious|scared|worried|miserable|panic|cry|puke|vomit',
  'make|makes me|us physically|really|so|genuinely|actually sick|ill|nervous|anxious|scared|worried|miserable');
/** Dislike of watching a fall, read as its refusal: "I'd hate to see it drop more than a quarter". */
const LOATHING = phrases('hate|hating|dread|dreading|loathe', "can't|cant|cannot|couldn't stand");
const CONDITIONS = phrases('if|when|whenever|once|should', 'if|when it ever', 'if|when ever');
/** Whose fall the user dreads: their own money, never a price ("if BTC drops 20%" is the market). */
const OWN_MONEY = phrases('the|my|our|this|that account|portfolio|equity|balance|money|capital|stake|savings|pot|strategy|investment|position|fund',
  'the|my|our equity curve', 'the|my|our nest egg', "it|it's|its|that|this|things|everything|we|we're|i|i'm|im|they");
/** A fall said as a verb or a state: "drops", "falls", "goes down", "is down", "sinks", "ends up underwater". */
const FALLING = phrases('drops|dropped|drop|dropping|falls|fell|fall|falling|sinks|sank|sink|sinking|declines|declined|decline|declining|dips|dipped|dip|dipping',
  'slides|slid|slide|sliding|tanks|tanked|tank|tanking|plunges|plunged|plunge|plunging|craters|cratered|crater|loses|lost|lose|losing|shrinks|shrank|shrink|shrinking',
  'goes|went|go|going|gets|got|get|getting|is|was|were|be|being|ends|ended|sits|sat|ever down', 'down', 'ends|ended up down',
  'is|was|were|be|being|goes|went|go|gets|got|get underwater', 'is|was|were|be|being|goes|went|go|gets|got|get under water');
/** Between a fall and its size: "by more than", "below" (with a signed size: "below -20%"). */
const FALL_SIZES = [...BY_MORE_THAN, ...phrases('by', 'below|under', 'by below|under')];
/** Who dreads, between a fall and the dread after it: "…, I'd honestly lose sleep". */
export const DREADING: ReadonlySet<string> = new Set(["i'd", "i'll", 'i', 'id', 'ill', "we'd", "we'll", 'we', 'would', 'will', 'probably', 'honestly', 'totally', 'definitely', 'seriously', 'really', 'literally']);

/**
 * "the account ever drops more than 20% from its peak", "down more than 15%", "falling 30% from the
 * top": the user's own money falling by a size, as a limit on the drawdown. A fall with no side
 * ("falling 20%") is one only where its peak is named; "if it drops 5%" alone says nothing of a limit.
 */
function ownFall(tokens: readonly Token[], index: number): { value: WrittenValue; end: number } | undefined {
  const subject = matchLongest(tokens, index, OWN_MONEY);
  const fall = matchLongest(tokens, skipWords(tokens, subject?.end ?? index, new Set(['ever', 'really', 'suddenly', 'just', 'to'])), FALLING);
  if (!fall) return undefined;
  const side = matchLongest(tokens, fall.end, FALL_SIZES);
  const value = readValue(tokens, side?.end ?? fall.end);
  if (!value?.percent) return undefined;
  const tail = lossTail(tokens, value.end);
  const offTop = matchLongest(tokens, tail.end, OFF_THE_TOP);
  return side || offTop || tail.named ? { value, end: offTop?.end ?? tail.end } : undefined;
}

/**
 * "I'll lose sleep if the account ever drops more than 20% from its peak", "I'd freak out if down more
 * than 15%", "I'd panic below -25%", "I can't handle the account falling 30% from the top", "if we're
 * down over 30% I'd panic": dread (or a refusal) of the user's own money falling is a drawdown limit,
 * `max_drawdown >= -x`; a price's fall ("if BTC drops 20%") is the market's, not read here. A metric
 * dreaded past a line ("I'd lose sleep if the Sharpe fell below 1") is that line refused (dreadedMetric).
 */
function dreadedFall(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const dread = matchLongest(tokens, index, DREAD_LEADS);
  const lead = dread ?? matchLongest(tokens, index, REFUSING_BEFORE) ?? matchLongest(tokens, index, LOATHING);
  const condition = matchLongest(tokens, lead?.end ?? index, CONDITIONS);
  if (!lead) {
    // The condition first, the dread after it: "if the account drops 20% from the top I'd panic", "if the Sharpe fell below 1 I'd panic".
    const fall = condition && ownFall(tokens, condition.end);
    const dreaded = fall ? { end: fall.end, clauses: toTarget('max_drawdown', '>=', fall.value) } : condition && dreadedMetric(tokens, condition.end);
    const after = dreaded && matchLongest(tokens, skipWords(tokens, skipConsequenceLeads(tokens, dreaded.end), DREADING), DREAD_LEADS);
    return after && { end: after.end, clauses: dreaded.clauses };
  }
  if (dread && !condition) {
    // "I'd panic below -25%": the size straight after the dread, a loss only when written as one.
    const side = matchLongest(tokens, lead.end, FALL_SIZES);
    const value = side && readValue(tokens, side.end);
    return value?.percent && value.value < 0 ? { end: lossTail(tokens, value.end).end, clauses: toTarget('max_drawdown', '>=', value) } : undefined;
  }
  // "I can't afford to see my account drop by more than 15%": what is refused is watching the fall.
  const fall = ownFall(tokens, condition?.end ?? skipWords(tokens, lead.end, WATCHING));
  return fall ? { end: fall.end, clauses: toTarget('max_drawdown', '>=', fall.value) } : condition && dreadedMetric(tokens, condition.end);
}

/** Between a refusal and the fall refused: "can't bear to see", "won't stand watching". */
const WATCHING: ReadonlySet<string> = new Set(['to', 'see', 'seeing', 'watch', 'watching']);

/** Whose metric a condition speaks of: "if the Sharpe…", "if its win rate…". */
const METRIC_OWNERS: ReadonlySet<string> = new Set(['the', 'my', 'our', 'its', 'their', 'ever']);

/**
 * "I'd lose sleep if the Sharpe fell below 1", "I'd panic if the volatility went over 40%": a metric
 * past a line, dreaded, is that line refused (Sharpe >= 1, volatility <= 40%); a size with no side
 * ("if the Sharpe is 1") says nothing to refuse.
 */
function dreadedMetric(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const written = metricFirst(tokens, skipWords(tokens, index, METRIC_OWNERS), true);
  if (!written || written.operator === 'as_stated') return undefined;
  return { end: written.end, clauses: toTarget(written.metric, written.operator, written.value, !written.negated) };
}

export const recognizeTarget: Recognizer = (tokens, index, context) =>
  longest(clearing(tokens, index), swappedTarget(tokens, index, context.earlier), framedTarget(readAsWished(tokens, index), index), changedTarget(tokens, index, context.earlier), neverFell(tokens, index), dreadedFall(tokens, index));
