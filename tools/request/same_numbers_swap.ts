import type { StrategyRequest } from './request_spec.js';
import { strategyWordsOf } from './strategy_vocabulary.js';

/**
 * "bnb ema 12/26 for 2022, wait, not ema — sma, same numbers", "no, not the ema, the sma, same
 * settings": a strategy the message names, then sets aside for another, with "the same …" gives
 * its numbers to the one swapped in, when it takes the same settings (sma_crossover 12/26). Before,
 * the swapped-in one ran its defaults. Without "same …" it still does: the user gave it no numbers.
 * "make the second strategy an ema one with the same numbers": the one set aside may be one the
 * conversation already runs, with the numbers it has there.
 * `named`: the message's strategies that replace or join the list; `removed`: those it sets aside;
 * `listed`: the conversation's strategies before the message.
 */
export function carrySwappedNumbers(named: readonly StrategyRequest[], removed: readonly StrategyRequest[], listed: readonly StrategyRequest[], notes: string[]): void {
  const setAside = named.find((entry) => entry.params !== undefined && removed.some((other) => other.name === entry.name)) ?? listedSetAside(removed, listed);
  const swappedIn = named.filter((entry) => entry.params === undefined && !removed.some((other) => other.name === entry.name));
  if (!setAside || swappedIn.length !== 1) return;
  const entry = swappedIn[0]!;
  const ours = strategyWordsOf(entry.name)?.params ?? [];
  const theirs = Object.keys(setAside.params!);
  // Only numbers that mean the same there: an RSI's 30/70 bands are no MACD windows.
  if (!theirs.every((name) => ours.includes(name))) {
    notes.push(`${entry.name} runs its defaults: ${setAside.name}'s settings are not ones it takes`);
    return;
  }
  entry.params = { ...setAside.params };
  notes.push(`${entry.name} keeps the numbers written for ${setAside.name} (${Object.entries(entry.params).map(([name, value]) => `${name} ${value}`).join(', ')})`);
}

/** The one strategy the message removes, with its numbers in the conversation when the message wrote none. */
function listedSetAside(removed: readonly StrategyRequest[], listed: readonly StrategyRequest[]): StrategyRequest | undefined {
  if (removed.length !== 1) return undefined;
  const [entry] = removed;
  return entry!.params !== undefined ? entry : listed.find((strategy) => strategy.name === entry!.name && strategy.params !== undefined);
}
