/**
 * Words that alone name a family of strategies rather than one: "crossover" is read as the SMA
 * crossover, but "run that crossover" after an EMA crossover was told means the EMA one.
 */
const FAMILY_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  crossover: ['sma_crossover', 'ema_crossover'],
  crossovers: ['sma_crossover', 'ema_crossover'],
  cross: ['sma_crossover', 'ema_crossover'],
};

/** Whether a strategy written as `written` may stand for the strategy `name` ("crossover" for "ema_crossover"). */
export function familyWordCovers(written: string, name: string): boolean {
  const key = written.trim().toLowerCase();
  return Object.hasOwn(FAMILY_MEMBERS, key) && FAMILY_MEMBERS[key]!.includes(name);
}

/**
 * Whether `written` opens with a family word that may stand for `name`: "crossover with 20/100" (its
 * settings written with it) for "ema_crossover".
 */
export function familyWordLeadCovers(written: string, name: string): boolean {
  return familyWordCovers(written.trim().split(/\s+/)[0] ?? '', name);
}
