import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { isStopWord } from '../unread_words.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { isInLifeClause } from './life_clauses.js';
import { matchSymbolAt } from './symbols.js';

/**
 * Sums of money a story tells of, which are no starting capital: "I lost roughly $22,000 when FTX
 * collapsed", "buying LTC at $24", "a $2,000 quant course", "$500 a month", "$85 million under
 * management". An amount with a capital word before it ("start with $20,000", "capital $50k") or a
 * capital noun after it ("$10k account") is read as the capital before this is asked.
 */
const CURRENCY_SIGNS = ['$', '€', '£'];
const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'like', 'some', 'over', 'under', 'just',
  'only', 'maybe', 'approximately', 'approx']);
/** What the writer has to trade with, or puts to work: "I have $5,000", "with about $1,500 saved", "I'd put $5,000 into BTC", "split 8 grand". */
const HAVING: ReadonlySet<string> = new Set(['have', 'has', 'got', 'with', 'using', 'use', 'own', 'put', 'putting', 'invest', 'investing',
  'invested', 'deploy', 'deploying', 'allocate', 'allocating', 'commit', 'committing', 'start', 'starting', 'started', 'begin', 'beginning',
  'assume', 'assuming',
  // "I am having 20,000 dollars" (a second-language "I have"), "I hold $15k": money the writer has.
  'having', 'hold', 'holds',
  // "we want to split about eight grand between…": money divided among holdings is money put to work.
  'split', 'splitting', 'divide', 'dividing', 'spread', 'spreading',
  // "I've put away $8,000 for her", "set aside 5k": money put by for the purpose is the money to put to work.
  'set', 'setting', 'tucked', 'stashed']);
/** Money gone, won or paid in the story: "losing $1,100 in April", "spent about $80 on books", "turned $3,000 into…". */
const SPENDING: ReadonlySet<string> = new Set(['lost', 'lose', 'losing', 'spent', 'spend', 'spending', 'paid', 'paying', 'cost', 'costs',
  'bet', 'owe', 'owed', 'sold', 'bought', 'turned', 'made', 'making', 'gained', 'won', 'earned', 'earning', 'raised', 'borrowed', 'donated']);
/** A price or a level, not a balance: "buying LTC at $24", "when it was about $20", "went from $8". */
const PRICE_LEADS: ReadonlySet<string> = new Set(['at', 'was', 'were', 'from']);
/** Words between a verb and its amount: "put in 100k", "starting from $25,000", "put away $8,000". */
const PARTICLES: ReadonlySet<string> = new Set(['in', 'into', 'from', 'off', 'out', 'up', 'away', 'aside']);
/** What an amount is before: "a $20 bet", "my whole $8,000 bonus". */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'his', 'her', 'our', 'their', 'your', 'whole', 'that', 'this']);
/** Nouns of the money traded with: "a $75,000 opening balance", "a small account for my mom, like 25k$". */
const CAPITAL_NOUNS: ReadonlySet<string> = new Set(['capital', 'balance', 'account', 'portfolio', 'bankroll', 'budget', 'stake', 'equity', 'pot', 'fund']);
/** Money paid again and again, or managed for others: never the run's starting balance. */
export const NOT_A_BALANCE = phrases('a|per|each|every day|week|month|year|payday|paycheck|paycheque|fortnight|quarter', 'weekly', 'monthly', 'yearly', 'annually',
  'biweekly', 'fortnightly', 'quarterly', 'under management', 'aum', 'in aum',
  // "every friday", "every other week", "every 2 weeks": a day or a count of periods between the purchases.
  'each|every monday|tuesday|wednesday|thursday|friday|saturday|sunday', 'every other day|week|month',
  'every 2|3|4|6 days|weeks|months');
/**
 * "$200 of SPY monthly", "$100 into bitcoin weekly": the holding bought may stand between the sum and how
 * often (not after "in" or "on": "$10k on btc weekly" may ask for weekly bars).
 */
const HOLDING_LEADS = ['of', 'into'];
/** How far after an amount "every payday" may still say how often it is paid. */
const RECURRING_REACH = 5;
/** How far before an amount, in its clause, a capital noun makes it that balance's size. */
const CAPITAL_NOUN_REACH = 6;

/** Money paid again and again, or managed for others, after the amount ending at `end`. */
export function isRecurringAmount(tokens: readonly Token[], end: number): boolean {
  if (matchLongest(tokens, skipWords(tokens, end, new Set(['of'])), NOT_A_BALANCE)) return true;
  const holding = isWord(tokens[end], ...HOLDING_LEADS) ? matchSymbolAt(tokens, end + 1, { strong: true, shouting: false }) : undefined;
  if (holding && matchLongest(tokens, holding.end, NOT_A_BALANCE)) return true;
  // "putting $250 into Cardano every payday": "every" says so from further on in the sentence.
  const sentence = tokens[end - 1]?.sentence;
  return tokens.slice(end, end + RECURRING_REACH).some((token, at) => token.sentence === sentence && isWord(token, 'every', 'each')
    && matchLongest(tokens, end + at, NOT_A_BALANCE) !== undefined);
}

/** "a $20 bet", "a $2,000 quant course": the amount describes the thing after it (but "a $75,000 opening balance" is a balance). */
function describesThing(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (!isWord(next) || isStopWord(next!.norm) || strategyNameAt(tokens, end) !== undefined) return false;
  if (matchSymbolAt(tokens, end, { strong: true, shouting: false }) !== undefined) return false;
  return ![end, end + 1].some((at) => isWord(tokens[at]) && CAPITAL_NOUNS.has(tokens[at]!.norm));
}

/** Where the amount at `start` begins with the words that hedge it: "about", "around", "like"... */
function hedgedStart(tokens: readonly Token[], start: number): number {
  let at = start;
  while (at > 0 && isWord(tokens[at - 1]) && APPROXIMATORS.has(tokens[at - 1]!.norm)) at--;
  return at;
}

/** Whose money it is, between a verb and its amount: "with my 10k", "lost our $5,000". */
const OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'your']);

/** The word leading the amount that starts at `from`, past a particle or an owner after a verb ("put in 100k", "with my 10k"). */
function leadOf(tokens: readonly Token[], from: number): Token | undefined {
  const lead = tokens[from - 1];
  const verb = tokens[from - 2];
  const between = isWord(lead) && (PARTICLES.has(lead!.norm) || OWNERS.has(lead!.norm));
  return between && isWord(verb) && (HAVING.has(verb!.norm) || SPENDING.has(verb!.norm)) ? verb : lead;
}

/** "went from around $8 … to over $200": the second price of a move from one to another. */
function endsPriceMove(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  return isWord(tokens[from - 1], 'to') && tokens.slice(0, from - 1).some((token, at) =>
    token.sentence === sentence && isWord(token, 'from') && isPunct(tokens[hedgedStartAfter(tokens, at + 1)], ...CURRENCY_SIGNS));
}

function hedgedStartAfter(tokens: readonly Token[], at: number): number {
  let end = at;
  while (isWord(tokens[end]) && APPROXIMATORS.has(tokens[end]!.norm)) end++;
  return end;
}

/** "i manage a small account for my mom, like 25k$": a capital noun shortly before, in the same sentence, is what the amount measures. */
function measuresCapital(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  return tokens.slice(Math.max(0, from - CAPITAL_NOUN_REACH), from).some((token) => token.sentence === sentence && isWord(token) && CAPITAL_NOUNS.has(token.norm));
}

/** Whether the amount written at `start`–`end`, with no capital word beside it, is part of a story rather than the capital. */
export function isStoryAmount(tokens: readonly Token[], start: number, end: number): boolean {
  // "$7k" read again from "7k": judged with its sign.
  if (isPunct(tokens[start - 1], ...CURRENCY_SIGNS)) return isStoryAmount(tokens, start - 1, end);
  if (isRecurringAmount(tokens, end)) return true;
  const from = hedgedStart(tokens, start);
  // "with my $2,000 course": the amount prices the thing after it, whoever has it.
  if (isWord(tokens[start - 1]) && DETERMINERS.has(tokens[start - 1]!.norm) && describesThing(tokens, end)) return true;
  const lead = leadOf(tokens, from);
  if (isWord(lead) && HAVING.has(lead!.norm)) return false;
  if (isWord(lead) && (SPENDING.has(lead!.norm) || PRICE_LEADS.has(lead!.norm))) return true;
  if (endsPriceMove(tokens, from)) return true;
  // The hedge is read with the amount: "lost like $7k" wishes for nothing.
  return !measuresCapital(tokens, from) && isInLifeClause(tokens, from, end);
}
