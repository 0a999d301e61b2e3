import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { isPerson } from './life_clauses.js';

/**
 * Verbs of working somewhere, each with the words that open the workplace: "works at Microsoft",
 * "worked for Apple", "retired from Google", "was hired by Amazon".
 */
function verbsLedBy(verbs: readonly string[], leads: readonly string[]): [string, readonly string[]][] {
  return verbs.map((verb) => [verb, leads]);
}

const WORK_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ...verbsLedBy(['work', 'works', 'worked', 'working', 'interned', 'interns', 'interning'], ['at', 'for']),
  ...verbsLedBy(['retired', 'retires', 'resigned'], ['from']),
  ...verbsLedBy(['employed', 'hired'], ['at', 'by']),
]);

/** Nouns of a post somewhere: "has a job at Apple", "her first job at Google", "his internship with MSFT". */
const POST_NOUNS: ReadonlySet<string> = new Set(['job', 'jobs', 'career', 'internship', 'position', 'role', 'stint', 'gig']);
const POST_LEADS = ['at', 'with'];

/** Words between a subject and its verb: "has worked", "had been working", "still works". */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', "'s", 'is', 'was', 'were', 'are', 'been', 'be', 'used', 'to', 'still', 'also', 'now', 'once', 'just', 'already',
  'recently', 'finally', 'then', 'actually', 'literally', 'basically', 'even', 'got', 'gets', 'get', 'getting', 'currently', 'later',
]);

/** "a strategy that works for Apple", "my setup worked for MSFT": things that work for a symbol are not people at a workplace. */
export const THINGS: ReadonlySet<string> = new Set([
  'it', 'this', 'that', 'these', 'those', 'which', 'what', 'strategy', 'strategies', 'setup', 'system', 'approach', 'bot', 'method', 'model',
  'idea', 'plan', 'portfolio', 'algo', 'algorithm', 'code', 'script', 'test', 'backtest', 'run', 'one', 'trade', 'rule', 'rules', 'signal',
]);

/** "who", "who's": a relative clause told of someone (others_clauses.ts). */
const RELATIVE_PERSONS = ['who', "who's", 'whos'];

/**
 * Whether the verb at `at` has a person as its subject: "she", "my wife", "my older brother",
 * "a friend", "who". Auxiliaries and adverbs before the verb are stepped over.
 */
function personWorks(tokens: readonly Token[], at: number): boolean {
  let subject = at - 1;
  while (isWord(tokens[subject]) && AUXILIARIES.has(tokens[subject]!.norm)) subject--;
  const token = tokens[subject];
  if (!isWord(token) || token!.sentence !== tokens[at]!.sentence) return false;
  if (isPerson(token) || isWord(token, ...RELATIVE_PERSONS)) return true;
  if (THINGS.has(token!.norm)) return false;
  // "my wife", "my older brother", "my mom" (not momentum): a noun owned by a person.
  if ([1, 2].some((back) => isPerson(tokens[subject - back]))) return true;
  // "a coworker", not "a 50-day average".
  return [1, 2].some((back) => isWord(tokens[subject - back], 'a', 'an')) && strategyNameAt(tokens, subject) === undefined;
}

/** Whether a post noun at `at` is someone's: "has a job at", "her job at", "my sister's job at". */
function personsPost(tokens: readonly Token[], at: number): boolean {
  return [1, 2, 3, 4].some((back) => tokens[at - back]?.sentence === tokens[at]!.sentence && (isPerson(tokens[at - back]) || isWord(tokens[at - back], ...RELATIVE_PERSONS)));
}

/** The index of the workplace opened at `lead`, past an article: "at the Microsoft campus". */
function workplaceStart(tokens: readonly Token[], lead: number): number | undefined {
  const start = isWord(tokens[lead + 1], 'the') ? lead + 2 : lead + 1;
  return isWord(tokens[start]) ? start : undefined;
}

/**
 * "my wife has worked at microsoft since 2014", "my dad retired from Apple in 2019", "she has a job
 * at Google": a company named as where someone works is their story, not a symbol to run. The token
 * indexes where such workplaces start (a mention is placed at its first word), for the story's
 * claims (story_sentences.ts); "does it work for AAPL too?" asks, as it names no person working.
 */
export function workplaceMentions(tokens: readonly Token[]): Set<number> {
  const workplaces = new Set<number>();
  tokens.forEach((token, at) => {
    if (!isWord(token)) return;
    const leads = WORK_VERBS.get(token.norm);
    const lead = at + 1;
    const isWorkplace = leads !== undefined ? isWord(tokens[lead], ...leads) && personWorks(tokens, at)
      : POST_NOUNS.has(token.norm) && isWord(tokens[lead], ...POST_LEADS) && personsPost(tokens, at);
    const start = isWorkplace ? workplaceStart(tokens, lead) : undefined;
    if (start !== undefined) workplaces.add(start);
  });
  return workplaces;
}
