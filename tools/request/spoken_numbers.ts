import { NUMBER_WORDS } from './number_words.js';
import { settingsAfterName } from './spoken_settings.js';
import type { Token } from './tokenizer.js';

/**
 * Numbers written as words, read as the numbers they are: dictation ("sma ten and forty on litecoin
 * for twenty twenty two", "two point five", "two and a half"), careful prose ("a signal line of
 * seven", "at least twenty trades", "fees of fifteen bps", "my last five backtests"). Three kinds of number word stay words,
 * for the recognisers that read them: "one" alone (a pronoun, "the other one"), an article ("a
 * million") and a fraction's count ("two thirds", "three-fifths").
 */
const TENS: ReadonlySet<string> = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
/** Articles, which NUMBER_WORDS counts as one ("a million"), are never a number here. */
const NOT_ALONE: ReadonlySet<string> = new Set(['a', 'an']);

function wordValue(token: Token | undefined): number | undefined {
  return token?.kind === 'word' && Object.hasOwn(NUMBER_WORDS, token.norm) && !NOT_ALONE.has(token.norm) ? NUMBER_WORDS[token.norm] : undefined;
}

/** "twenty two", "forty-five", "nine": a whole number below 100, and the index past it. */
function readBelowHundred(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const first = wordValue(tokens[index]);
  if (first === undefined || first >= 100) return undefined;
  const unitAt = tokens[index + 1]?.norm === '-' ? index + 2 : index + 1;
  const unit = wordValue(tokens[unitAt]);
  if (TENS.has(tokens[index]!.norm) && unit !== undefined && unit < 10) return { value: first + unit, end: unitAt + 1 };
  return { value: first, end: index + 1 };
}

/** A year said as two pairs ("twenty twenty two", "nineteen ninety", "twenty ten") or with thousand ("two thousand ten"). */
function readSpokenYear(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const century = tokens[index]?.norm;
  if (century === 'two' && tokens[index + 1]?.norm === 'thousand') {
    const andAt = tokens[index + 2]?.norm === 'and' ? index + 3 : index + 2;
    const rest = readBelowHundred(tokens, andAt);
    return rest ? { value: 2000 + rest.value, end: rest.end } : { value: 2000, end: index + 2 };
  }
  if (century !== 'twenty' && century !== 'nineteen') return undefined;
  const base = century === 'twenty' ? 2000 : 1900;
  // "twenty oh eight", "nineteen oh five": the decade's zero said as a letter.
  const afterOh = tokens[index + 1]?.norm === 'oh' ? wordValue(tokens[index + 2]) : undefined;
  if (afterOh !== undefined && afterOh < 10) return { value: base + afterOh, end: index + 3 };
  const rest = readBelowHundred(tokens, index + 1);
  if (!rest || rest.value < 10) return undefined;
  return { value: base + rest.value, end: rest.end };
}

/**
 * "hundred" after a number multiplies it: "one hundred", "two hundred". Among a strategy's settings
 * (`asSettings`) no year is said but "two thousand and eight", and "fifty two hundred" is 50 then 200.
 */
function readSpokenNumber(tokens: readonly Token[], index: number, asSettings: boolean): { value: number; end: number } | undefined {
  const year = readSpokenYear(tokens, index);
  // "ema 9 21 two thousand and eight to …": no setting is said with "thousand", so that year stays a year.
  if (year && (!asSettings || (tokens[index + 1]?.norm === 'thousand' && year.value > 2000))) return year;
  const whole = readBelowHundred(tokens, index);
  if (!whole) return tokens[index]?.norm === 'hundred' ? { value: 100, end: index + 1 } : undefined;
  const hundredAt = tokens[whole.end]?.norm === '-' ? whole.end + 1 : whole.end;
  const tensThenHundreds = asSettings && whole.end === index + 2 && TENS.has(tokens[index]!.norm);
  if (tokens[hundredAt]?.norm === 'hundred' && tensThenHundreds) return { value: wordValue(tokens[index])!, end: index + 1 };
  if (tokens[hundredAt]?.norm === 'hundred') return { value: whole.value * 100, end: hundredAt + 1 };
  // "two point five"
  const decimal = tokens[whole.end]?.norm === 'point' ? readBelowHundred(tokens, whole.end + 1) : undefined;
  if (decimal && decimal.value < 10) return { value: whole.value + decimal.value / 10, end: decimal.end };
  return whole;
}

/** "two and a half", "one and a half standard deviations": a whole number and a half more. */
function pastHalf(tokens: readonly Token[], whole: { value: number; end: number }): { value: number; end: number } {
  const [and, article, half] = [tokens[whole.end], tokens[whole.end + 1], tokens[whole.end + 2]];
  const saysHalf = and?.norm === 'and' && (article?.norm === 'a' || article?.norm === 'an') && half?.norm === 'half';
  return saysHalf ? { value: whole.value + 0.5, end: whole.end + 3 } : whole;
}

const FRACTION_WORDS: ReadonlySet<string> = new Set(['half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths', 'eighth', 'eighths', 'tenth', 'tenths']);

function isFractionCount(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.norm === '-' ? end + 1 : end;
  return FRACTION_WORDS.has(tokens[next]?.norm ?? '');
}

export function readSpokenNumbers(tokens: readonly Token[]): Token[] {
  const read: Token[] = [];
  let index = 0;
  // How many more numbers are a strategy's settings: from its name on, as many as it takes, while numbers follow.
  let settingsLeft = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    settingsLeft = Math.max(read.at(-1)?.kind === 'number' ? settingsLeft : 0, settingsAfterName(tokens, index));
    const asSettings = settingsLeft > 0;
    // "one" is a pronoun ("the other one") unless more of a number follows it ("one and a half").
    const aloneOne = token.norm === 'one' && !['hundred', 'point', 'thousand'].includes(tokens[index + 1]?.norm ?? '') && pastHalf(tokens, { value: 1, end: index + 1 }).end === index + 1;
    const found = aloneOne ? undefined : readSpokenNumber(tokens, index, asSettings);
    const spoken = found && !isFractionCount(tokens, found.end) ? pastHalf(tokens, found) : undefined;
    if (!spoken) {
      read.push(token);
      index += 1;
      continue;
    }
    const text = tokens.slice(index, spoken.end).map((part) => part.text).join(' ');
    read.push({ ...token, kind: 'number', text, norm: String(spoken.value), value: spoken.value });
    settingsLeft -= 1;
    index = spoken.end;
  }
  return withSpokenSlashes(read);
}

/**
 * "fifty slash two hundred", "9 slash 21": a slash said between two numbers is the "/" written
 * there, read as "50/200" is (before, the second number was lost and the first taken twice).
 */
function withSpokenSlashes(tokens: readonly Token[]): Token[] {
  return tokens.map((token, index) => {
    const between = tokens[index - 1]?.kind === 'number' && tokens[index + 1]?.kind === 'number';
    if (token.kind === 'word' && token.norm === 'slash' && between) return { ...token, kind: 'punct', norm: '/', joined: true };
    if (token.kind === 'number' && tokens[index - 1]?.norm === 'slash' && tokens[index - 2]?.kind === 'number') return { ...token, joined: true };
    return token;
  });
}
