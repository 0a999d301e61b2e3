import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { THINGS } from './workplace_mentions.js';

/**
 * Verbs of having seen or heard what someone did: "I saw a guy on youtube turn 1k into 100k",
 * "keep seeing people turning 500 into 20k". Only past and ongoing forms: "I want to see it turn 10k
 * into 30k" wishes for the run's own deed.
 */
const WITNESSING: ReadonlySet<string> = new Set(['saw', 'seen', 'seeing', 'watched', 'watching', 'heard', 'hearing', 'read']);
/** Who a deed cannot be someone else's with: the writer, the one written to. */
const WRITER_OR_READER: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us', 'you', 'u', 'ya', 'my', 'our', 'your']);
/** Words between the witnessing verb and the someone: "heard of people turning", "saw about a kid turning". */
const WITNESSED_LEADS: ReadonlySet<string> = new Set(['of', 'about']);
/** A doer written right before the verb: "people turning 1k into 100k", "they turn 500 into 50k". */
const SOMEONE_ELSE: ReadonlySet<string> = new Set(['he', 'she', 'they', 'someone', 'somebody', 'people', 'guys', 'folks', 'everyone', 'everybody', 'others']);

/** The furthest back a witnessing verb is looked for: "saw this random guy on tiktok turn". */
const MOST_WORDS_BETWEEN = 8;

/** Words that point at a doer, not name one: "this kid" is someone, "this" alone is the run. */
const POINTERS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'a', 'an', 'the', 'some']);

/** Whether the words from `from` to `to` name someone else and nothing of the writer's or the run's ("this kid on tiktok", not "it"). */
function namesSomeoneElse(tokens: readonly Token[], from: number, to: number): boolean {
  const span = tokens.slice(from, to);
  const thingOrWriter = (token: Token, at: number) => isPunct(token) || WRITER_OR_READER.has(token.norm) || (THINGS.has(token.norm) && !POINTERS.has(token.norm))
    || strategyNameAt(tokens, from + at) !== undefined;
  return span.some((token) => isWord(token) && !POINTERS.has(token.norm)) && !span.some(thingOrWriter);
}

/**
 * "i saw a guy on youtube turn 1k into 100k", "heard of people turning 500 into 20k": a goal verb
 * whose doer is someone else tells their story, not the writer's goal (money_goal.ts); "i wanna turn
 * it into 10k" and "can it turn that into 15k" are the writer's and the run's.
 */
export function isOthersDeed(tokens: readonly Token[], verbAt: number): boolean {
  if (isWord(tokens[verbAt - 1]) && SOMEONE_ELSE.has(tokens[verbAt - 1]!.norm)) return true;
  for (let at = verbAt - 1; at >= Math.max(0, verbAt - MOST_WORDS_BETWEEN); at--) {
    const token = tokens[at]!;
    if (isPunct(token) || token.sentence !== tokens[verbAt]!.sentence) return false;
    if (isWord(token) && WITNESSING.has(token.norm)) {
      const someoneAt = isWord(tokens[at + 1]) && WITNESSED_LEADS.has(tokens[at + 1]!.norm) ? at + 2 : at + 1;
      return namesSomeoneElse(tokens, someoneAt, verbAt);
    }
  }
  return false;
}
