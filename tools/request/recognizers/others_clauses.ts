import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';
import { isPerson } from './life_clauses.js';
import { asksInStory } from './story_clauses.js';

/** Where a relative clause about someone ends: a clause mark or the sentence's end. */
const CLAUSE_MARKS = [',', ';', ':', '.', '!', '?', '(', ')'];

/** "a friend of mine", "a cousin of hers": whose the one named is, not who. */
const OWNERS_AFTER_OF: ReadonlySet<string> = new Set(['mine', 'ours', 'yours', 'his', 'hers', 'theirs']);

/** "a colleague who trades MSFT", "my uncle, who holds AAPL", "a friend of mine who…": not the writer ("I, who trade daily"). */
function followsSomeoneElse(tokens: readonly Token[], at: number): boolean {
  let before = isPunct(tokens[at - 1], ',') ? at - 2 : at - 1;
  if (isWord(tokens[before]) && OWNERS_AFTER_OF.has(tokens[before]!.norm) && isWord(tokens[before - 1], 'of')) before -= 2;
  return isWord(tokens[before]) && !isPerson(tokens[before]) && tokens[before]!.sentence === tokens[at]!.sentence;
}

/**
 * "a colleague of mine who trades MSFT is always fully invested; for AAPL from 2015 to 2020, find
 * RSI settings…": a clause told of someone else, opened by "who", is theirs, not the request,
 * unless it asks for something itself ("a friend who wants me to test ETH"). Token indexes from
 * "who" to the next clause mark; a question's are left to the question.
 */
export function othersClauses(tokens: readonly Token[]): Set<number> {
  const told = new Set<number>();
  tokens.forEach((token, at) => {
    if (!isWord(token, 'who', 'whose', "who's", 'whos') || !followsSomeoneElse(tokens, at)) return;
    const clause: number[] = [];
    for (let next = at; next < tokens.length && tokens[next]!.sentence === token.sentence && !isPunct(tokens[next], ...CLAUSE_MARKS); next++) clause.push(next);
    const sentenceAsks = tokens.some((other) => other.sentence === token.sentence && isPunct(other, '?'));
    // "my buddy who bought solana in 2021 wants me to try SOL": the main clause's ask ends theirs, unset off by commas.
    const asking = clause.findIndex((index) => asksInStory(tokens, index));
    if (asking > 1) clause.splice(asking);
    if (sentenceAsks || clause.some((index) => asksInStory(tokens, index))) return;
    for (const index of clause) told.add(index);
  });
  return told;
}
