import type { Token } from './tokenizer.js';

/** Names a command-line flag goes by, which alone make "--name value" a flag ("sma on btc --fees 5bps"). */
export const FLAG_NAMES: ReadonlySet<string> = new Set(['sym', 'symbol', 'symbols', 'ticker', 'tickers', 'strat', 'strategy', 'from', 'to', 'start', 'end', 'fees', 'fee',
  'slippage', 'capital', 'cash', 'out', 'output', 'short', 'long', 'fast', 'slow', 'tf', 'timeframe', 'interval', 'period', 'lookback', 'rank', 'window']);
/** Words after a flag that go on the sentence, not give it a value: "--drawdown under 15%", "--fees aside". */
const NO_VALUES = new Set(['under', 'below', 'above', 'over', 'aside', 'less', 'more', 'than', 'at', 'of', 'is', 'was', 'are', 'and', 'or', 'but',
  'in', 'on', 'for', 'with', 'the', 'a', 'an', 'not', 'too', 'also']);

/** "--sym": two dashes written against a word, after a space (so "sol--rsi" is no flag). */
function isFlagAt(tokens: readonly Token[], index: number): boolean {
  const [first, second, name] = [tokens[index], tokens[index + 1], tokens[index + 2]];
  return first?.kind === 'punct' && first.norm === '-' && (index === 0 || !first.joined)
    && second?.kind === 'punct' && second.norm === '-' && second.joined
    && name?.kind === 'word' && name.joined;
}

/** The flag's value at `index`: a token of its own, not the next flag or a word that goes on the sentence. */
function flagValueAt(tokens: readonly Token[], index: number): Token | undefined {
  const value = tokens[index];
  if (!value || value.joined || isFlagAt(tokens, index) || (value.kind === 'word' && NO_VALUES.has(value.norm))) return undefined;
  return value;
}

/**
 * "bt --sym ada --strat ema --from 2023-06-01": a request typed as a command line, each flag read as
 * the config line "sym=ada strat=ema from=2023-06-01" its recognisers already know. A flag with no
 * value ("--optimize --sym btc") or its own sign ("--sym=btc") only loses its dashes. Only a message
 * that looks typed so is read: two flags or more, or one flag's known name with its value
 * ("--fees 5bps"); a lone dashed word in prose ("--drawdown under 15%", "--fees aside, how did it do?")
 * is left as written.
 */
export function readCommandLineFlags(tokens: readonly Token[]): Token[] {
  const flags = tokens.flatMap((_, index) => (isFlagAt(tokens, index) ? [index] : []));
  const typed = flags.length >= 2
    || (flags.length === 1 && FLAG_NAMES.has(tokens[flags[0]! + 2]!.norm) && flagValueAt(tokens, flags[0]! + 3) !== undefined);
  if (!typed) return [...tokens];
  const read: Token[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!isFlagAt(tokens, index)) {
      read.push(tokens[index]!);
      index += 1;
      continue;
    }
    const name = tokens[index + 2]!;
    const value = flagValueAt(tokens, index + 3);
    read.push({ ...name, joined: tokens[index]!.joined });
    index += 3;
    if (!value) continue;
    read.push({ kind: 'punct', text: '=', norm: '=', value: Number.NaN, joined: true, sentence: name.sentence }, { ...value, joined: true });
    index += 1;
  }
  return read;
}
