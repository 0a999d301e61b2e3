import { BacktestPilotError } from '../tools/errors.js';
import { parseStrategyOption } from './option_parsers.js';

type Weights = number[] | Record<string, number>;

function parseWeightValue(text: string, flag: string, whole: string): { value: number; percent: boolean } {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const number = Number(percent ? trimmed.slice(0, -1) : trimmed);
  if (trimmed === '' || !Number.isFinite(number)) {
    throw new BacktestPilotError('bad_weights', `${flag} ${whole}: "${text}" is not a weight; give fractions (0.6,0.4), percentages (60%,40%) or SYMBOL=weight pairs`, { flag, value: whole });
  }
  return { value: percent ? number / 100 : number, percent };
}

/**
 * `--weights 0.6,0.4` (symbol order), `60%,40%`, or `BTC=0.6,ETH=0.4`. Bare numbers are fractions:
 * "60,40" is refused rather than guessed at, with the two forms that mean 60/40.
 */
export function parseWeightsOption(value: string): Weights {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  const named = items.filter((item) => item.includes('='));
  if (named.length > 0 && named.length !== items.length) {
    throw new BacktestPilotError('bad_weights', `--weights ${value}: give every weight by name (BTC=0.6,ETH=0.4) or none (0.6,0.4)`, { value });
  }
  const parsed = items.map((item) => {
    const [symbol, text] = named.length > 0 ? item.split('=', 2) as [string, string] : [undefined, item];
    return { symbol: symbol?.trim().toUpperCase(), ...parseWeightValue(text, '--weights', value) };
  });
  const bare = parsed.filter((weight) => !weight.percent);
  if (bare.some((weight) => weight.value > 1)) {
    throw new BacktestPilotError('bad_weights', `--weights ${value}: weights are fractions from 0 to 1; for percentages add % (e.g. 60%,40%)`, { value });
  }
  if (named.length === 0) return parsed.map((weight) => weight.value);
  return Object.fromEntries(parsed.map((weight) => [weight.symbol!, weight.value]));
}

export interface PortfolioStrategies {
  strategy?: { name: string; params?: Record<string, number> };
  strategies?: Record<string, { name: string; params?: Record<string, number> }>;
}

/**
 * `--strategy sma_crossover:short=20,long=50` for every symbol, or `--strategy BTC=rsi_mean_reversion`
 * for one (repeatable). A symbol prefix is the text before an `=` that comes before any `:`.
 */
export function parsePortfolioStrategies(values: readonly string[] | undefined): PortfolioStrategies {
  const result: PortfolioStrategies = {};
  for (const value of values ?? []) {
    const equals = value.indexOf('=');
    const colon = value.indexOf(':');
    if (equals > 0 && (colon < 0 || equals < colon)) {
      const symbol = value.slice(0, equals).trim().toUpperCase();
      result.strategies = { ...result.strategies, [symbol]: parseStrategyOption(value.slice(equals + 1)) };
    } else {
      if (result.strategy) {
        throw new BacktestPilotError('bad_flag', `--strategy given twice for every symbol (${result.strategy.name}, ${value}); name the symbol for per-symbol strategies: BTC=${value}`, { value });
      }
      result.strategy = parseStrategyOption(value);
    }
  }
  return result;
}

/** `--bounds BTC=0.1:0.6,ETH=0:0.3` → per-symbol [lower, upper]. */
export function parseBoundsOption(value: string): Record<string, [number, number]> {
  return Object.fromEntries(value.split(',').map((item) => item.trim()).filter(Boolean).map((item) => {
    const match = /^([^=]+)=([\d.]+%?):([\d.]+%?)$/.exec(item);
    if (!match) {
      throw new BacktestPilotError('bad_weights', `--bounds ${value}: "${item}" must be SYMBOL=lower:upper, e.g. BTC=0.1:0.6`, { value });
    }
    const lower = parseWeightValue(match[2]!, '--bounds', value).value;
    const upper = parseWeightValue(match[3]!, '--bounds', value).value;
    return [match[1]!.trim().toUpperCase(), [lower, upper]];
  }));
}

/** A fraction flag that also takes a percentage: `--max-weight 0.5` or `50%`. */
export function parseFractionOption(flag: string): (value: string) => number {
  return (value: string) => parseWeightValue(value, flag, value).value;
}
