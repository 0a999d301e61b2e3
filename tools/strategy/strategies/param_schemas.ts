import { z } from 'zod';

/** Longest window any strategy accepts: 100,000 bars is over 11 years of hourly data. */
export const MAX_WINDOW_BARS = 100_000;

function showInput(input: unknown): string {
  return typeof input === 'number' || input === undefined ? String(input) : JSON.stringify(input) ?? String(input);
}

/** A window length in bars: a whole number from 1 to MAX_WINDOW_BARS. */
export function windowParam(defaultBars: number, description: string) {
  const error = (issue: { input?: unknown }) =>
    `must be a whole number of bars from 1 to ${MAX_WINDOW_BARS}, got ${showInput(issue.input)}`;
  return z.number({ error }).int({ error }).min(1, { error }).max(MAX_WINDOW_BARS, { error })
    .default(defaultBars).describe(description);
}

/** A real number strictly above `above` and strictly below `below`. */
export function openRangeParam(defaultValue: number, description: string, above: number, below: number) {
  const error = (issue: { input?: unknown }) =>
    `must be a number above ${above} and below ${below}, got ${showInput(issue.input)}`;
  return z.number({ error }).gt(above, { error }).lt(below, { error }).default(defaultValue).describe(description);
}

/**
 * The parameter object of a strategy: exactly these snake_case names (an unknown name is an
 * error, not silently ignored: a typo would otherwise run the defaults), each with its default.
 */
export function strategyParamsSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const names = issue.keys.map((key) => `"${key}"`).join(', ');
      const known = allowed.length > 0 ? `this strategy takes ${allowed.join(', ')}` : 'this strategy takes no parameters';
      return `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${names}; ${known}`;
    },
  });
}

/** Cross-field rule `lower < upper`, reported as e.g. "short (50) must be less than long (20)". */
export function requireLessThan<Name extends string>(lower: Name, upper: Name) {
  return (params: Record<Name, number>, context: z.RefinementCtx): void => {
    if (params[lower] < params[upper]) return;
    context.addIssue({
      code: 'custom',
      message: `${lower} (${params[lower]}) must be less than ${upper} (${params[upper]})`,
    });
  };
}
