import { BacktestPilotError } from '../errors.js';

/**
 * The one number reader: flags, `key=value` parameters, environment variables and the request
 * language all read numbers here, so "1e6" means 1,000,000 everywhere and "0x10" nowhere.
 * Accepted: an optional sign, decimal digits with optional thousands commas ("25,000"), a fraction,
 * and an exponent ("1e6", read exactly as JavaScript reads it). Amounts may also carry a currency
 * sign and a scale ("$25k", "1.5m", "2bn"). Everything else is refused with the reason.
 */
export interface NumberRange {
  /** Smallest allowed value; with `minExclusive` the bound itself is refused, e.g. capital in (0, 1e15]. */
  min?: number;
  minExclusive?: boolean;
  max?: number;
  /** Whole numbers only (window lengths, trial counts, seeds). */
  integer?: boolean;
}

export interface NumberReading extends NumberRange {
  /** What is being read, as the user wrote it: "--capital", "short", "BTP_RISK_FREE_RATE". */
  name: string;
  /** Money and counts people write with a scale or a currency sign: "$25k", "1.5m", "2bn". */
  amount?: boolean;
  /** Text where "05" is plainly five (a day in "05/03"), not a possible octal literal. */
  allowLeadingZeros?: boolean;
  /** The refusal's code: bad_parameters (the default: flags, parameters, requests), or bad_config for an environment variable. */
  code?: 'bad_parameters' | 'bad_config';
}

export type NumberOutcome = { ok: true; value: number } | { ok: false; reason: string };

/** Scales written after an amount; "2bn" is two billion. */
export const AMOUNT_SCALES: Readonly<Record<string, number>> = {
  k: 1e3, thousand: 1e3, grand: 1e3,
  m: 1e6, mm: 1e6, mn: 1e6, mln: 1e6, million: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9,
  // As India writes amounts: "1 lakh" is 100,000, "2 crore" 20 million.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** The largest capital any run accepts (issue 18: capital is in (0, 1e15]). */
export const MAX_CAPITAL = 1e15;
export const CAPITAL_RANGE: NumberRange = { min: 0, minExclusive: true, max: MAX_CAPITAL };

const DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const HAS_DIGIT = /\d/;
const RADIX_LITERAL = /^[+-]?0([xob])[0-9a-f_]*$/i;
const LEGACY_OCTAL = /^[+-]?0\d/;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
const CURRENCY_SIGN = /^[$€£]\s*/;
const SCALE_SUFFIX = new RegExp(`^(.*?)\\s*(${Object.keys(AMOUNT_SCALES).join('|')})$`, 'i');
const RADIX_NAMES: Readonly<Record<string, string>> = { x: 'hexadecimal', o: 'octal', b: 'binary' };

function readDecimal(text: string, allowLeadingZeros = false): NumberOutcome {
  if (text === '') return { ok: false, reason: 'it is empty' };
  const radix = RADIX_LITERAL.exec(text);
  if (radix) return { ok: false, reason: `${RADIX_NAMES[radix[1]!.toLowerCase()]} literals are not read; write the number in decimal` };
  if (NON_FINITE.test(text)) return { ok: false, reason: 'it is not a finite number' };
  if (!DECIMAL.test(text) || !HAS_DIGIT.test(text)) return { ok: false, reason: 'it is not a decimal number' };
  // "010" is 8 to some readers and 10 to others: refuse it rather than guess.
  if (!allowLeadingZeros && LEGACY_OCTAL.test(text)) return { ok: false, reason: 'a whole number with a leading zero is ambiguous (octal in some languages); drop the zero' };
  const value = Number(text.replaceAll(',', ''));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'it is too large to be a finite number' };
}

function readAmount(text: string, allowLeadingZeros: boolean): NumberOutcome {
  const unsigned = text.replace(CURRENCY_SIGN, '');
  const scaled = SCALE_SUFFIX.exec(unsigned);
  if (!scaled) return readDecimal(unsigned, allowLeadingZeros);
  const number = readDecimal(scaled[1]!, allowLeadingZeros);
  if (!number.ok) return number;
  return { ok: true, value: scaleAmount(number.value, scaled[2]!) };
}

/** `amount × scale` without binary noise: 1.1 × 1e6 is 1,100,000, not 1,100,000.0000000002. */
export function scaleAmount(value: number, scaleWord: string): number {
  const scale = AMOUNT_SCALES[scaleWord.toLowerCase()] ?? 1;
  return Number((value * scale).toPrecision(15));
}

function format(value: number): string {
  return Math.abs(value) >= 1e21 ? String(value) : value.toLocaleString('en-US', { maximumFractionDigits: 20 });
}

/** "a whole number from 1 to 100,000", "a number greater than 0 and at most 1,000,000,000,000,000". */
export function describeRange(range: NumberRange): string {
  const kind = range.integer ? 'a whole number' : 'a number';
  const { min, max } = range;
  if (min !== undefined && max !== undefined) {
    return range.minExclusive ? `${kind} greater than ${format(min)} and at most ${format(max)}` : `${kind} from ${format(min)} to ${format(max)}`;
  }
  if (min !== undefined) return range.minExclusive ? `${kind} greater than ${format(min)}` : `${kind} of at least ${format(min)}`;
  if (max !== undefined) return `${kind} of at most ${format(max)}`;
  return `a finite ${range.integer ? 'whole number' : 'decimal number'}`;
}

function outOfRange(value: number, range: NumberRange): string | undefined {
  if (range.integer && !Number.isInteger(value)) return 'it is not a whole number';
  if (range.min !== undefined && (range.minExclusive ? value <= range.min : value < range.min)) return 'it is below the allowed range';
  if (range.max !== undefined && value > range.max) return 'it is above the allowed range';
  return undefined;
}

/** Reads without throwing: what the request language uses, where a refused number is simply not a number. */
export function tryReadNumber(text: string, reading: Omit<NumberReading, 'name'> = {}): NumberOutcome {
  const trimmed = text.trim();
  const read = reading.amount ? readAmount(trimmed, reading.allowLeadingZeros === true) : readDecimal(trimmed, reading.allowLeadingZeros);
  if (!read.ok) return read;
  const reason = outOfRange(read.value, reading);
  return reason ? { ok: false, reason } : read;
}

/** Reads one number or throws `bad_parameters` (or `reading.code`) naming the value, why it was refused and what is allowed. */
export function readNumber(text: string, reading: NumberReading): number {
  const read = tryReadNumber(text, reading);
  if (read.ok) return read.value;
  const allowed = describeRange(reading);
  throw new BacktestPilotError(reading.code ?? 'bad_parameters', `${reading.name} must be ${allowed}${reading.amount ? ' (e.g. 10000, 25k or 1.5m)' : ''}; got "${text}": ${read.reason}`, {
    name: reading.name, value: text, allowed,
  });
}
