import type { Token } from './tokenizer.js';

/** "--sym": two dashes written against a word, after a space (so "sol--rsi" is no flag). */
function isFlagAt(tokens: readonly Token[], index: number): boolean {
  const [first, second, name] = [tokens[index], tokens[index + 1], tokens[index + 2]];
  return first?.kind === 'punct' && first.norm === '-' && (index === 0 || !first.joined)
    && second?.kind === 'punct' && second.norm === '-' && second.joined
    && name?.kind === 'word' && name.joined;
}

/**
 * "bt --sym ada --strat ema --from 2023-06-01": a request typed as a command line, each flag read as
 * the config line "sym=ada strat=ema from=2023-06-01" its recognisers already know. A flag with no
 * value ("--optimize --sym btc") or its own sign ("--sym=btc") only loses its dashes.
 */
export function readCommandLineFlags(tokens: readonly Token[]): Token[] {
  const read: Token[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!isFlagAt(tokens, index)) {
      read.push(tokens[index]!);
      index += 1;
      continue;
    }
    const name = tokens[index + 2]!;
    const value = tokens[index + 3];
    read.push({ ...name, joined: tokens[index]!.joined });
    index += 3;
    if (!value || value.joined || isFlagAt(tokens, index)) continue;
    read.push({ kind: 'punct', text: '=', norm: '=', value: Number.NaN, joined: true, sentence: name.sentence }, { ...value, joined: true });
    index += 1;
  }
  return read;
}
