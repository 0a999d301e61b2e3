import { readIsoDate } from '../tools/dates/iso_date.js';
import { BacktestPilotError } from '../tools/errors.js';
import { CAPITAL_RANGE, readNumber, type NumberRange } from '../tools/numbers/read_number.js';

/** `--fees-bps 10` → 10, through the one number reader: "0x10", "NaN" or a value outside `range` is refused. */
export function parseNumberOption(flag: string, range: NumberRange = {}): (value: string) => number {
  return (value: string) => readNumber(value, { name: flag, ...range });
}

/** `--capital 25k` / `1.5m` / `25,000` / `1e6`: money with the usual suffixes, in (0, 1e15]. */
export function parseMoneyOption(flag: string): (value: string) => number {
  return (value: string) => readNumber(value, { name: flag, amount: true, ...CAPITAL_RANGE });
}

/** `--from 2021-02-28`: a real calendar date, else an error naming the flag (2021-02-31 is refused). */
export function parseDateOption(flag: string): (value: string) => string {
  return (value: string) => readIsoDate(value.trim(), flag);
}

const PARAM_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * `sma_crossover:short=20,long=50` → `{ name, params }`. Only the syntax and the numbers are
 * checked here; the strategy registry validates names and ranges with its own messages.
 */
export function parseStrategyOption(value: string): { name: string; params?: Record<string, number> } {
  const [name, paramText] = value.split(':', 2) as [string, string | undefined];
  if (!name.trim()) {
    throw new BacktestPilotError('bad_flag', `--strategy needs a name, e.g. sma_crossover or sma_crossover:short=20,long=50`, { value });
  }
  if (paramText === undefined || paramText.trim() === '') return { name: name.trim() };
  const entries = paramText.split(',').map((pair): [string, number] => {
    const [key, raw] = pair.split('=', 2).map((part) => part.trim());
    if (!key || raw === undefined) {
      throw new BacktestPilotError('bad_parameters', `--strategy ${value}: "${pair}" must be name=number, e.g. short=20`, { strategy: name, value });
    }
    // Checked here because parameter records drop a key such as "__proto__" without a word.
    if (!PARAM_NAME.test(key)) {
      throw new BacktestPilotError('bad_parameters', `--strategy ${value}: "${key}" is not a parameter name; names are lower-case snake_case, e.g. short=20`, { strategy: name, value });
    }
    return [key, readNumber(raw, { name: `--strategy ${name.trim()}: ${key}` })];
  });
  return { name: name.trim(), params: Object.fromEntries(entries) };
}

export function collect<T>(parse: (value: string) => T): (value: string, previous: T[] | undefined) => T[] {
  return (value, previous) => [...(previous ?? []), parse(value)];
}

export function parseListOption(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}
