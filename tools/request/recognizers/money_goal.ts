import type { Recognizer, RecognizerContext, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases, roundClean } from '../token_matchers.js';
import { isChatAside } from './chat_asides.js';
import { readMoney, recognizeMoney } from './money.js';
import { isOthersDeed } from './others_deeds.js';
import { AT_LEAST_AFTER } from './targets.js';
import { readMoneyMultiple } from './written_shares.js';

/**
 * A goal written as money: "turn 10k into at least 30k", "grow $5,000 to 20k". The first amount is
 * the starting capital and the second a total return target (30k from 10k is +200 %), as "double
 * my money" is (written_shares.ts); read before, the first amount was lost and the second taken as
 * the capital. "more than" / "over" is strict, otherwise the goal is reached at the amount itself.
 */
const GOAL_VERBS = ['turn', 'turning', 'grow', 'growing', 'make', 'making', 'get', 'getting', 'take', 'taking'];
/**
 * "could it have turned 10k into 30k", "would've grown it to 20k": a participle after "have" asks what
 * a run would have done. A bare past ("I turned $3,000 into $9,000") tells a story (story_money.ts).
 */
const GOAL_PARTICIPLES = ['turned', 'grown', 'gotten', 'got', 'made', 'taken'];

const LINKS = ['into', 'to'];
const STRICT = phrases('more than', 'over', 'above', 'north of', 'beyond');
const AT_LEAST = phrases('at least', 'min', 'minimum', 'no less than', 'a minimum of');

/**
 * An ending balance with no starting amount beside it: "finish above 15k", "end up with at least
 * $15,000", "grow it to 15k". It is a final equity target, whatever the capital ("starting with
 * 10k" is read as the capital on its own); before, the amount was taken as the capital itself.
 */
const ENDING = phrases('finish|finishes|finished|finishing|end|ends|ended|ending', 'finish|finishes|finished|finishing|end|ends|ended|ending|wind|winds|wound up',
  'finish|end the year|period|test|backtest|run', 'come|comes out',
  // "hoping to walk away with at least 8,000": leaving with the money is ending with it.
  'walk|walks|walked|walking|come|comes|coming away|off', 'cash|cashes|cashed|cashing out');
const ENDING_LINKS = ['with', 'at', 'on'];
/**
 * What "turn that into 15k" turns: the amount just stated ("say I start with 10k"), so the goal is the
 * return on it, as "turn 10k into 15k" is (restated_money_goals.ts). "it" and "my money" stay the
 * account, whose end balance is the goal.
 */
const STATED_AMOUNT = phrases('that|this', 'that|this amount|sum|money|stake');
/** What "grow it to 15k" grows: the money, never a number ("grow the window to 50"). */
const GROWN = [...STATED_AMOUNT, ...phrases('it', 'my|our|the money|capital|account|stake|balance|equity|portfolio|pot')];
/** Not "make" nor "take": "make it 15k" and "take it to 15k" may set the capital. */
const GROWING_VERBS = ['turn', 'turning', 'grow', 'growing', 'get', 'getting'];
const GROWING_PARTICIPLES = ['turned', 'grown', 'gotten', 'got'];

/** "would of got": "of" written for the "'ve" it sounds like, after a modal only ("a lot of got" is no verb). */
const MODALS = ['would', 'could', 'should', 'might', 'must'];

/** A goal verb at `index`: one of `verbs`, or one of `participles` right after "have" ("could have turned", "would've grown", "would of got"). */
function isGoalVerb(tokens: readonly Token[], index: number, verbs: readonly string[], participles: readonly string[]): boolean {
  if (isWord(tokens[index], ...verbs)) return true;
  const before = tokens[index - 1];
  const soundsLikeHave = isWord(before, 'of') && isWord(tokens[index - 2], ...MODALS);
  return isWord(tokens[index], ...participles) && isWord(before) && (isWord(before, 'have', 'has') || before!.norm.endsWith("'ve") || soundsLikeHave);
}

type Side = '>' | '>=';

/**
 * "above 15k", "at least 15k", "15k", "20k or more": the goal amount and its side (the amount itself
 * counts, unless "above"); "or more" after it says the same side as none, and is read with it.
 */
export function readGoalAmount(tokens: readonly Token[], index: number, groupedIsMoney = false, bareIsMoney = false): { amount: number; side: Side; end: number } | undefined {
  const strict = matchLongest(tokens, index, STRICT);
  const atLeast = strict ? undefined : matchLongest(tokens, index, AT_LEAST);
  const at = strict?.end ?? atLeast?.end ?? index;
  const goal = readMoney(tokens, at);
  const end = goal && (matchLongest(tokens, goal.end, AT_LEAST_AFTER)?.end ?? goal.end);
  const money = goal?.marked || bareIsMoney || (groupedIsMoney && THOUSANDS_GROUPED.test(tokens[at]?.text ?? ''));
  return goal && money ? { amount: goal.amount, side: strict ? '>' : '>=', end: end! } : undefined;
}

/** "walk away with at least 8,000": after an ending verb, thousands written with a group are money. */
const THOUSANDS_GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

export function finalEquity(goal: { amount: number; side: Side; end: number }): RecognizerMatch {
  return { end: goal.end, clauses: [{ kind: 'target', metric: 'final_equity', operator: goal.side, value: goal.amount }] };
}

/**
 * "could it end with at least 750?", "finish with over 2000": what one ends *with*, given a side and
 * nothing after it saying what it counts ("end with at least 750 trades"), is money held at the end.
 * Without "with" the verb may tell of a level ("rsi ends above 70"), so the amount must be marked.
 */
function sidedBareBalance(tokens: readonly Token[], index: number): { amount: number; side: Side; end: number } | undefined {
  const sided = matchLongest(tokens, index, STRICT) ?? matchLongest(tokens, index, AT_LEAST);
  return sided && isBareBalance(tokens, sided.end) ? readGoalAmount(tokens, index, true, true) : undefined;
}

function endingBalance(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const verb = matchLongest(tokens, index, ENDING);
  if (!verb) return undefined;
  const linked = isWord(tokens[verb.end], ...ENDING_LINKS);
  const amountAt = linked ? verb.end + 1 : verb.end;
  const goal = readGoalAmount(tokens, amountAt, true) ?? (isWord(tokens[verb.end], 'with') ? sidedBareBalance(tokens, amountAt) : undefined);
  return goal && finalEquity(goal);
}

/**
 * "would it have got me to 750", "get us to 2,000": what takes a person to an amount takes their money
 * there, so a bare number is the balance too, unless a word after it says what it counts ("get me to
 * 750 trades"); "grow it to 50" may grow a window, so "it" still needs the amount marked as money.
 */
const PEOPLE = ['me', 'us'];
export const CLAUSE_GOES_ON_AFTER_GOAL: ReadonlySet<string> = new Set(['by', 'in', 'from', 'over', 'within', 'before', 'after', 'and', 'or', 'but', 'then', 'please', 'lol', 'if', 'so']);

function isBareBalance(tokens: readonly Token[], index: number): boolean {
  const amount = readMoney(tokens, index);
  const next = amount && tokens[amount.end];
  return amount !== undefined && (!isWord(next) || CLAUSE_GOES_ON_AFTER_GOAL.has(next!.norm) || isChatAside(next));
}

function grownBalance(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  if (!isGoalVerb(tokens, index, GROWING_VERBS, GROWING_PARTICIPLES)) return undefined;
  const person = isWord(tokens[index + 1], ...PEOPLE) ? { end: index + 2 } : undefined;
  const grown = person ?? matchLongest(tokens, index + 1, GROWN);
  if (!grown || !isWord(tokens[grown.end], ...LINKS)) return undefined;
  const goal = readGoalAmount(tokens, grown.end + 1, true) ?? (person && isBareBalance(tokens, grown.end + 1) ? readGoalAmount(tokens, grown.end + 1, true, true) : undefined);
  if (!goal) return undefined;
  const statedAmount = matchLongest(tokens, index + 1, STATED_AMOUNT)?.end === grown.end;
  return { end: goal.end, clauses: [{ kind: 'target', metric: 'final_equity', operator: goal.side, value: goal.amount, ...(statedAmount ? { ofStatedCapital: true } : {}) }] };
}

/**
 * "I am having 20,000 dollars. Can I make it 25,000 …?", "I hold $10k, make it into $15k": once the
 * message has stated the capital, making the money an amount is where it should end, so the amount
 * is the end balance. With no capital stated before, "make it 25k" sets the capital itself.
 */
const MAKING_VERBS = ['make', 'making'];
const MADE = phrases('it', 'it into|to', 'that|this|them|those', 'that|this|them|those into|to', 'my|our|the money|capital|stake|account into|to');

function madeBalance(tokens: readonly Token[], index: number, context: RecognizerContext): RecognizerMatch | undefined {
  if (!isWord(tokens[index], ...MAKING_VERBS)) return undefined;
  const made = matchLongest(tokens, index + 1, MADE);
  const goal = made && readGoalAmount(tokens, made.end, true);
  if (!goal || !statesCapitalBefore(tokens, index, context)) return undefined;
  return finalEquity(goal);
}

/** Whether the message states the capital before `index` ("I have $20k", "capital 10k"). */
function statesCapitalBefore(tokens: readonly Token[], index: number, context: RecognizerContext): boolean {
  return tokens.slice(0, index).some((_, at) => recognizeMoney(tokens, at, context)?.clauses.some((clause) => clause.kind === 'capital') ?? false);
}

/**
 * "make final balance reach 25k at least", "the ending equity should hit $30,000": the end balance
 * named, then an amount it comes to, is a final equity target (the amount is not the capital).
 */
const FINAL_BALANCE = phrases('the|my|our|its final|ending|end balance|equity|value|capital', 'final|ending|end balance|equity|value|capital');
const REACHING = phrases('reach|reaches|hit|hits|top|tops|clear|clears|exceed|exceeds', 'get|gets|grow|grows|come|comes to', 'end|ends|finish|finishes at',
  'should|must|to|will|would reach|hit|top|clear|exceed|be', 'should|must|to|will|would get|grow|come to', 'is|be|of');

function reachedBalance(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const balance = matchLongest(tokens, index, FINAL_BALANCE);
  const reaching = balance && matchLongest(tokens, balance.end, REACHING);
  const goal = reaching && readGoalAmount(tokens, reaching.end);
  return goal ? finalEquity(goal) : undefined;
}

/** "want at least 25k at the end": a wish for an amount is a goal when it has a side or an end. */
const WISHES = phrases('want|wants|need|needs|expect|expects', 'aim|aiming|hope|hoping for', 'would like', "i'd like", 'target', 'targeting');
const WISHED = phrases('to have|see|get|reach|hold', 'to end|finish with|at|on');
const AT_THE_END = phrases('at|by|in the end', 'at the end of it|the test|the backtest|the run|the period', 'at the finish');

function wishedBalance(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const wish = matchLongest(tokens, index, WISHES);
  if (!wish) return undefined;
  const at = matchLongest(tokens, wish.end, WISHED)?.end ?? wish.end;
  const goal = readGoalAmount(tokens, at);
  if (!goal) return undefined;
  const end = matchLongest(tokens, goal.end, AT_THE_END);
  // "I want 25k" alone may be the capital; a side ("at least 25k") or an end ("25k at the end") makes it the goal.
  const sided = matchLongest(tokens, at, STRICT) ?? matchLongest(tokens, at, AT_LEAST);
  if (!end && !sided) return undefined;
  return finalEquity({ ...goal, end: end?.end ?? goal.end });
}

/**
 * "I want to arrive to 15 thousand", "hoping to get to 15k", "is it possible to reach $15,000": getting
 * to an amount is where the money ends, so the amount is the end balance, not the capital stated
 * beside it ("I have 10 thousand dollars"). "to" leads, so "the price gets to 100" stays a price.
 */
const ARRIVING = phrases('to arrive|get to|at', 'to reach', 'to end up at|with');

function arrivedBalance(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const arriving = matchLongest(tokens, index, ARRIVING);
  const goal = arriving && readGoalAmount(tokens, arriving.end, true, isBareBalance(tokens, arriving.end) && (readMoney(tokens, arriving.end)?.amount ?? 0) >= 1000);
  return goal ? finalEquity(goal) : undefined;
}

/** The capital and a total return target: 30k from 10k is +200 %. */
function capitalAndReturn(start: number, goal: { amount: number; side: Side; end: number }): RecognizerMatch | undefined {
  if (!(goal.amount > start)) return undefined;
  return {
    end: goal.end,
    clauses: [
      { kind: 'capital', amount: start },
      { kind: 'target', metric: 'total_return', operator: goal.side, value: roundClean(goal.amount / start - 1) },
    ],
  };
}

/** "so I'd have turned that $10k into $15k", "turn my 10k into 15k": the amount pointed at or owned is still the start. */
const BEFORE_START = ['my', 'our', 'the', 'that', 'this'];

/** "turn 10k into 30k": the capital and a total return target. */
const fromAmountToAmount: Recognizer = (tokens, index) => {
  if (!isGoalVerb(tokens, index, GOAL_VERBS, GOAL_PARTICIPLES)) return undefined;
  const start = readMoney(tokens, isWord(tokens[index + 1], ...BEFORE_START) ? index + 2 : index + 1);
  if (!start || !start.marked || !isWord(tokens[start.end], ...LINKS)) return undefined;
  const goal = readGoalAmount(tokens, start.end + 1);
  return goal && capitalAndReturn(start.amount, goal);
};

/**
 * "tune it so 10k turns into 20k", "so that 10k becomes 25k", "until 5k grows to 8k": the same goal
 * told with the money as subject ("so that my 10k would have grown to 15k"). Present or wished only:
 * "my 10k grew to 30k" tells a story.
 */
const BECOMING = phrases('turns|turn into|to', 'becomes|become', 'grows|grow|gets|get|goes|go into|to', 'ends|end up as|at', 'ends|end up being');
const BECOMING_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'should', 'might', 'must']);
/** "so that my 10k would have grown to 15k": after a modal and "have", the participle asks the same. */
const HAVE_BECOME = phrases('have turned into|to', 'have become', 'have grown|gotten|got|gone into|to', 'have ended up as|at');
const MODALS_HAVE = phrases("would've|could've|should've|might've|must've turned into|to", "would've|could've|should've|might've|must've become",
  "would've|could've|should've|might've|must've grown|gotten|got|gone into|to");

const amountBecomingAmount: Recognizer = (tokens, index) => {
  const start = readMoney(tokens, isWord(tokens[index], ...BEFORE_START) ? index + 1 : index);
  if (!start || !start.marked) return undefined;
  const modal = isWord(tokens[start.end]) && BECOMING_MODALS.has(tokens[start.end]!.norm);
  const verbAt = modal ? start.end + 1 : start.end;
  const verb = matchLongest(tokens, verbAt, BECOMING) ?? (modal ? matchLongest(tokens, verbAt, HAVE_BECOME) : matchLongest(tokens, verbAt, MODALS_HAVE));
  const goal = verb && readGoalAmount(tokens, verb.end);
  return goal && capitalAndReturn(start.amount, goal);
};

/**
 * "as long as it at least doubled the money", "provided it tripled my money": a condition on what the
 * run did to the money is a total return target, as "at least double my money" is (targets.ts). A bare
 * "if" needs a side ("if it at least tripled the money"), since "tell me if it doubled my money" asks;
 * a past told with no condition ("I doubled my money in 2021") is a story, and no goal.
 */
const PROVIDED = phrases('as|so long as', 'provided|providing', 'provided|providing that', 'on condition that', 'only if');
const DOERS = phrases('it', 'it has', "it's", 'the strategy|backtest|run|system', 'the strategy|backtest|run|system has');

/** "doubled my money" is "double my money" done: the verb's past is the verb and a "d". */
function readPastMoneyMultiple(tokens: readonly Token[], index: number): { percent: number; end: number } | undefined {
  const verb = tokens[index];
  if (!isWord(verb) || !verb!.norm.endsWith('ed')) return undefined;
  const multiple = readMoneyMultiple([{ ...verb!, norm: verb!.norm.slice(0, -1) }, ...tokens.slice(index + 1)], 0);
  return multiple && { percent: multiple.percent, end: index + multiple.end };
}

const conditionalMultiple: Recognizer = (tokens, index) => {
  const provided = matchLongest(tokens, index, PROVIDED);
  const condition = provided ?? (isWord(tokens[index], 'if') ? { end: index + 1 } : undefined);
  const doer = condition && matchLongest(tokens, condition.end, DOERS);
  if (!doer) return undefined;
  const strict = matchLongest(tokens, doer.end, STRICT);
  const atLeast = strict ? undefined : matchLongest(tokens, doer.end, AT_LEAST);
  const multiple = readPastMoneyMultiple(tokens, strict?.end ?? atLeast?.end ?? doer.end);
  const after = multiple && matchLongest(tokens, multiple.end, AT_LEAST_AFTER);
  if (!multiple || !(provided || strict || atLeast || after)) return undefined;
  return {
    end: after?.end ?? multiple.end,
    clauses: [{ kind: 'target', metric: 'total_return', operator: strict ? '>' : '>=', value: roundClean(multiple.percent / 100) }],
  };
};

/** "i saw a guy on youtube turn 1k into 100k": someone else's deed is their story, read and set no capital nor goal. */
function unlessOthersDeed(tokens: readonly Token[], index: number, match: RecognizerMatch | undefined): RecognizerMatch | undefined {
  return match && isOthersDeed(tokens, index) ? { end: match.end, clauses: [] } : match;
}

export const recognizeMoneyGoal: Recognizer = (tokens, index, context) =>
  unlessOthersDeed(tokens, index, fromAmountToAmount(tokens, index, context) ?? amountBecomingAmount(tokens, index, context) ?? grownBalance(tokens, index)
    ?? madeBalance(tokens, index, context)) ?? endingBalance(tokens, index)
  ?? wishedBalance(tokens, index) ?? arrivedBalance(tokens, index) ?? reachedBalance(tokens, index) ?? conditionalMultiple(tokens, index, context);
