import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, percentSignEnd, phrases, skipWords } from '../token_matchers.js';
import { matchSymbolAt } from './symbols.js';

/**
 * "make sol 10% and put the extra into btc", "cut eth to 20 and give the rest to sol", "drop btc to
 * 40%, the difference goes to eth": one holding takes a new weight and one named holding alone
 * absorbs the change; the others keep theirs (portfolio_follow_ups.ts, `fundedBy`). The words about
 * the difference make a bare number a weight ("cut eth to 20"), so it is read as a percentage.
 */
const SET_VERBS = ['make', 'set', 'cut', 'drop', 'lower', 'reduce', 'trim', 'bump', 'raise', 'increase', 'boost', 'take', 'bring', 'change', 'put', 'move'];
const BEFORE_VALUE: ReadonlySet<string> = new Set(['up', 'down', 'to', 'at', 'back', 'be', 'just', 'only']);
const DIFFERENCE = 'extra|rest|remainder|difference|leftover|leftovers|excess|balance|freed|slack';
/** "put the extra into", "give the rest to", "send what's left to": the difference, then where it goes. */
const GIVEN_TO = phrases(`put|give|move|send|add|shift|throw|dump|stick the ${DIFFERENCE} into|to|in|onto|on`,
  `put|give|move|send|add|shift|throw|dump|stick the ${DIFFERENCE} weight|share into|to|in|onto|on`,
  `put|give|move|send|add|shift|throw|dump|stick it|that into|to|in|onto|on`);
/** "the difference goes to", "the rest into": where the difference goes, said of it. */
const GOING_TO = phrases(`the ${DIFFERENCE} goes|go|going|moves into|to|in`, `the ${DIFFERENCE} should|can|will go into|to|in`, `the ${DIFFERENCE} into|to`);
/** "and take it from btc", "fund the difference out of eth": a rise paid for by one holding. */
const TAKEN_FROM = phrases('take|taking|pull|pulling it|that|them from', 'take|taking|pull|pulling it|that|them out of', `take|taking|pull|pulling the ${DIFFERENCE} from`,
  `take|taking|pull|pulling the ${DIFFERENCE} out of`, 'fund|funded|funding|paid|pay for it|that from|by', 'fund|funded|funding|paid|pay for it|that out of');
const JOINERS: ReadonlySet<string> = new Set(['and', 'then', 'with', 'so']);

/** "10%", "20" (a bare number 1–100): the new weight as a fraction. */
function weightAt(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const number = tokens[index];
  if (!isNumber(number) || number.value <= 0 || number.value > 100) return undefined;
  return { value: number.value / 100, end: percentSignEnd(tokens, index + 1) ?? index + 1 };
}

/** ", the difference goes to eth", "and take it from btc": the holding that takes (or gives) the difference. */
function readReceiver(tokens: readonly Token[], index: number, shouting: boolean): { symbol: string; end: number } | undefined {
  const leadAt = skipWords(tokens, isPunct(tokens[index], ',', ';', '-') ? index + 1 : index, JOINERS);
  const lead = matchLongest(tokens, leadAt, GIVEN_TO) ?? matchLongest(tokens, leadAt, GOING_TO) ?? matchLongest(tokens, leadAt, TAKEN_FROM);
  const symbol = lead && matchSymbolAt(tokens, skipWords(tokens, lead.end, new Set(['the', 'my'])), { shouting, strong: true });
  if (symbol) return symbol;
  // "and sol gets the rest", "btc takes the extra"
  const receiver = matchSymbolAt(tokens, leadAt, { shouting, strong: true });
  const takes = receiver && isWord(tokens[receiver.end], 'gets', 'takes', 'absorbs', 'picks') ? receiver.end + 1 : undefined;
  const noun = takes === undefined ? undefined : skipWords(tokens, takes, new Set(['up', 'the']));
  return receiver && noun !== undefined && isWord(tokens[noun], ...DIFFERENCE.split('|')) ? { symbol: receiver.symbol, end: noun + 1 } : undefined;
}

export const recognizeRebalancedHolding: Recognizer = (tokens, index, context) => {
  if (!isWord(tokens[index], ...SET_VERBS)) return undefined;
  const held = matchSymbolAt(tokens, skipWords(tokens, index + 1, new Set(['up', 'down', 'the'])), { shouting: context.shouting, strong: true });
  const weight = held && weightAt(tokens, skipWords(tokens, held.end, BEFORE_VALUE));
  const receiver = weight && readReceiver(tokens, weight.end, context.shouting);
  if (!receiver || receiver.symbol === held.symbol) return undefined;
  return {
    end: receiver.end,
    clauses: [
      { kind: 'mode', mode: 'add', trailing: false, oneKind: true }, { kind: 'symbol', symbol: held.symbol },
      { kind: 'portfolio_add', symbol: held.symbol, weight: weight.value, fundedBy: receiver.symbol },
    ],
  };
};
