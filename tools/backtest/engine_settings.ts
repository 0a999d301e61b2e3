import { z } from 'zod';
import { BacktestPilotError } from '../errors.js';
import { MAX_CAPITAL } from '../numbers/read_number.js';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from '../strategy/engine/types.js';

/** 10 % of every fill: beyond that a cost is a typo, not a market. */
export const MAX_COST_BPS = 1_000;

/** Engine settings as users and the model write them (snake_case); the one schema for all inputs. */
export const EngineSettingsSchema = z.object({
  initial_capital: z.number().positive().max(MAX_CAPITAL).default(DEFAULT_ENGINE_SETTINGS.initialCapital)
    .describe('Starting cash, e.g. 10000'),
  fees_bps: z.number().min(0).max(MAX_COST_BPS).default(DEFAULT_ENGINE_SETTINGS.feesBps)
    .describe('Fee per fill in basis points (10 = 0.1%)'),
  slippage_bps: z.number().min(0).max(MAX_COST_BPS).default(DEFAULT_ENGINE_SETTINGS.slippageBps)
    .describe('Slippage per fill in basis points; buys fill higher, sells lower'),
  fill: z.enum(['next_open', 'close']).default(DEFAULT_ENGINE_SETTINGS.fill)
    .describe('next_open: a signal at a close fills at the next open; close: fills at the same close'),
  allow_short: z.boolean().default(DEFAULT_ENGINE_SETTINGS.allowShort)
    .describe('Let strategies go short (-1) on their mirrored signals'),
});

export type EngineSettingsInput = z.input<typeof EngineSettingsSchema>;

/** Validates snake_case settings and returns the engine's camelCase form with defaults applied. */
export function resolveEngineSettings(input: EngineSettingsInput = {}): EngineSettings {
  const parsed = EngineSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'settings'}: ${issue.message}`);
    throw new BacktestPilotError('bad_parameters', `invalid engine settings: ${issues.join('; ')}`, { issues });
  }
  const value = parsed.data;
  return {
    initialCapital: value.initial_capital,
    feesBps: value.fees_bps,
    slippageBps: value.slippage_bps,
    fill: value.fill,
    allowShort: value.allow_short,
  };
}

/** The JSON form of engine settings stored with every result. */
export function describeEngineSettings(settings: EngineSettings): Required<EngineSettingsInput> {
  return {
    initial_capital: settings.initialCapital,
    fees_bps: settings.feesBps,
    slippage_bps: settings.slippageBps,
    fill: settings.fill,
    allow_short: settings.allowShort,
  };
}
