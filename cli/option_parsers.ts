import { BacktestPilotError } from '../tools/errors.js';

/** `--fees-bps 10` → 10; anything that is not a finite number is refused with the flag's name. */
export function parseNumberOption(flag: string): (value: string) => number {
  return (value: string) => {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number)) {
      throw new BacktestPilotError('bad_input', `${flag} must be a number, got "${value}"`, { flag, value });
    }
    return number;
  };
}

/** `--capital 25k` / `1.5m` / `25,000`: money with the usual suffixes. */
export function parseMoneyOption(flag: string): (value: string) => number {
  return (value: string) => {
    const match = /^\$?\s*([\d,]*\.?\d+)\s*([km]?)$/i.exec(value.trim());
    if (!match) {
      throw new BacktestPilotError('bad_input', `${flag} must be an amount like 10000, 25k or 1.5m, got "${value}"`, { flag, value });
    }
    const scale = { '': 1, k: 1e3, m: 1e6 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
    return Number(match[1]!.replaceAll(',', '')) * scale;
  };
}

const PARAM_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * `sma_crossover:short=20,long=50` → `{ name, params }`. Only the syntax is checked here; the
 * strategy registry validates names and values with its own messages.
 */
export function parseStrategyOption(value: string): { name: string; params?: Record<string, number> } {
  const [name, paramText] = value.split(':', 2) as [string, string | undefined];
  if (!name.trim()) {
    throw new BacktestPilotError('bad_input', `--strategy needs a name, e.g. sma_crossover or sma_crossover:short=20,long=50`, { value });
  }
  if (paramText === undefined || paramText.trim() === '') return { name: name.trim() };
  const entries = paramText.split(',').map((pair): [string, number] => {
    const [key, raw] = pair.split('=', 2).map((part) => part.trim());
    const number = Number(raw);
    if (!key || raw === undefined || raw === '' || !Number.isFinite(number)) {
      throw new BacktestPilotError('bad_parameters', `--strategy ${value}: "${pair}" must be name=number, e.g. short=20`, { strategy: name, value });
    }
    // Checked here because parameter records drop a key such as "__proto__" without a word.
    if (!PARAM_NAME.test(key)) {
      throw new BacktestPilotError('bad_parameters', `--strategy ${value}: "${key}" is not a parameter name; names are lower-case snake_case, e.g. short=20`, { strategy: name, value });
    }
    return [key, number];
  });
  return { name: name.trim(), params: Object.fromEntries(entries) };
}

export function collect<T>(parse: (value: string) => T): (value: string, previous: T[] | undefined) => T[] {
  return (value, previous) => [...(previous ?? []), parse(value)];
}

export function parseListOption(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}
