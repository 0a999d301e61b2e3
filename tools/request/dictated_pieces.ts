import type { Token } from './tokenizer.js';
import { matchPhrase, phrase, type Phrase } from './token_matchers.js';

/**
 * What dictation makes of the grammar's names: one name heard as two words ("don chian", "light
 * coin", "so lana", "bit coin") or a word heard as another that sounds the same ("by and hold").
 * Only the listed pieces are read, each as a whole phrase, and every reading is noted ("read 'light
 * coin' as 'litecoin'"); any other split or homophone stays as written.
 */
interface SplitName {
  pieces: Phrase;
  word: string;
  /** When set, the pieces are the word only right after one of these ("donchian break out"; "break out" alone is a verb). */
  after?: readonly string[];
}

const split = (pieces: string, word: string, after?: readonly string[]): SplitName => ({ pieces: phrase(pieces), word, ...(after ? { after } : {}) });

const SPLIT_NAMES: readonly SplitName[] = [
  split('light|lite coin', 'litecoin'), split('bit coin', 'bitcoin'), split('dodge coin', 'dogecoin'), split('so|sol lana|ana', 'solana'),
  split('nas daq|dak|dack', 'nasdaq'), split('polka dot', 'polkadot'), split('chain link', 'chainlink'), split('micro soft', 'microsoft'),
  split('don chian', 'donchian'), split('mac d', 'macd'), split('cal mar', 'calmar'),
  split('break out', 'breakout', ['donchian', 'channel', 'channels', 'turtle']),
];

/** "by and hold", "bye n hold": buy and hold heard as its homophone. */
const BUY_AND_HOLD_HEARD: Phrase = phrase('by|bye and|n|& hold|hodl');
/** Verbs "by" belongs to, as in "stand by and hold on": no purchase there ("go by and hold spy" is still "go buy"). */
const VERBS_WITH_BY: ReadonlySet<string> = new Set(['stand', 'standing', 'stood', 'stop', 'drop', 'pass', 'swing', 'abide', 'sit', 'live', 'stick']);

export function readDictatedPieces(tokens: readonly Token[]): { tokens: Token[]; notes: string[] } {
  const read: Token[] = [];
  const notes: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const before = read.at(-1)?.norm ?? '';
    const found = SPLIT_NAMES.find((name) => matchPhrase(tokens, index, name.pieces) > index && (name.after === undefined || name.after.includes(before)));
    if (found) {
      const end = matchPhrase(tokens, index, found.pieces);
      const text = tokens.slice(index, end).filter((piece) => piece.kind === 'word').map((piece) => piece.text).join(' ');
      notes.push(`read '${text}' as '${found.word}'`);
      read.push({ ...token, text, norm: found.word });
      index = end;
      continue;
    }
    if (matchPhrase(tokens, index, BUY_AND_HOLD_HEARD) > index && !VERBS_WITH_BY.has(before)) {
      notes.push(`read '${token.text}' as 'buy'`);
      read.push({ ...token, norm: 'buy' });
    } else {
      read.push(token);
    }
    index += 1;
  }
  return { tokens: read, notes };
}
