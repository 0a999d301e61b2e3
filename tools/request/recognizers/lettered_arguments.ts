import { parameterSlotsOf } from '../parameter_slots.js';
import type { Token } from '../tokenizer.js';
import { isPunct } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';

/**
 * "momentum(L=30)", "SMA(n=10, m=40)", "Donchian(N=20, exit=10)": a strategy's arguments written as a
 * formula's, each a letter the writer chose. The letter names nothing of its own ("L" is momentum's
 * lookback only because it is its first argument), so it stands for the parameter at its place in the
 * strategy's schema order, as an unnamed number there would.
 */

/** The most tokens between a strategy's "(" and a letter inside it: "(n = 10, m = 40, s = 9" and a little slack. */
const ARGUMENTS_REACH = 16;
/** The most words of a strategy's name before its "(": "moving average convergence divergence". */
const NAME_REACH = 4;

/** Other names of a parameter, whose initials a writer may use for it: "f" fast is the short average. */
const PARAMETER_ALIASES: Readonly<Record<string, readonly string[]>> = { short: ['fast'], long: ['slow'] };

/** Whether `letter` is the initial of parameter `name` or of one of its other names. */
function isInitialOf(name: string, letter: string): boolean {
  return [name, ...(PARAMETER_ALIASES[name] ?? [])].some((alias) => alias.startsWith(letter));
}

/**
 * Whether a letter in the brackets contradicts its place: it is the initial of another parameter and
 * not of its own ("SMA (s=50, f=10)": "f", in the long average's place, is the fast one). Then the
 * writer named by letters, not places, and no place is read; the letters go to the named reading.
 */
function lettersContradictPlaces(tokens: readonly Token[], parenAt: number, names: readonly string[]): boolean {
  let place = 0;
  for (let at = parenAt + 1; at < tokens.length && at <= parenAt + ARGUMENTS_REACH && !isPunct(tokens[at], ')'); at++) {
    if (isPunct(tokens[at], ',')) place++;
    const letter = tokens[at]!.norm;
    const slot = names[place];
    if (slot === undefined || !/^[a-z]$/.test(letter) || !isPunct(tokens[at + 1], '=')) continue;
    if (!isInitialOf(slot, letter) && names.some((name) => name !== slot && isInitialOf(name, letter))) return true;
  }
  return false;
}

/** The strategy whose name ends just before the "(" at `parenAt`. */
function strategyBefore(tokens: readonly Token[], parenAt: number): string | undefined {
  for (let start = parenAt - 1; start >= Math.max(0, parenAt - NAME_REACH); start--) {
    const named = strategyNameAt(tokens, start);
    if (named?.end === parenAt) return named.id;
  }
  return undefined;
}

/**
 * The parameter a letter key at `index` stands for by its place in a strategy's brackets: the letter
 * after the "(" is the first parameter, the one after the next comma the second. Undefined outside a
 * strategy's brackets, or past its last parameter.
 */
export function argumentSlotAt(tokens: readonly Token[], index: number): string | undefined {
  let place = 0;
  for (let at = index - 1; at >= Math.max(0, index - ARGUMENTS_REACH); at--) {
    const token = tokens[at]!;
    if (isPunct(token, ')')) return undefined;
    if (isPunct(token, ',')) place++;
    if (isPunct(token, '(')) {
      const strategy = strategyBefore(tokens, at);
      const names = strategy === undefined ? [] : parameterSlotsOf(strategy).map((slot) => slot.name);
      return lettersContradictPlaces(tokens, at, names) ? undefined : names[place];
    }
  }
  return undefined;
}
