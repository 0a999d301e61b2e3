import { z } from 'zod';
import { getStrategy } from '../strategy/registry.js';
import { strategyWordsOf } from './strategy_vocabulary.js';

/** A number as the user wrote it: "1.5" is a decimal even where "2" would be a whole window. */
export interface WrittenNumber {
  value: number;
  /** Written with a decimal point ("1.5", "2.0"). */
  decimal: boolean;
}

interface ParameterSlot {
  name: string;
  wholeNumber: boolean;
}

const slotsById = new Map<string, readonly ParameterSlot[]>();

/** The strategy's parameters in its zod schema's order, and which take whole numbers only. */
export function parameterSlotsOf(id: string): readonly ParameterSlot[] {
  const known = slotsById.get(id);
  if (known) return known;
  const schema = z.toJSONSchema(getStrategy(id).paramsSchema, { io: 'input' }) as { properties?: Record<string, { type?: string }> };
  const slots = Object.entries(schema.properties ?? {}).map(([name, property]) => ({ name, wholeNumber: property.type === 'integer' }));
  slotsById.set(id, slots);
  return slots;
}

/**
 * Parameters for numbers written without their names ("sma 10 40", "bollinger 30 1.5", "macd 5 35
 * 5"): in the schema's order among the parameters not already set, except that a decimal goes to
 * the first free parameter that takes decimals (a decimal can only be a Bollinger `std_dev`, never
 * a window). A decimal with nowhere to go is kept in order, so validation refuses it by name
 * rather than the parser dropping it. A strategy's own convention for a count, such as RSI's
 * "30/70" being its bands, or for a lone small number ("bollinger 2" is its width), comes first. Undefined when there are more numbers than free parameters.
 */
export function assignUnnamedNumbers(id: string, taken: Readonly<Record<string, number>>, numbers: readonly WrittenNumber[]): Record<string, number> | undefined {
  const words = strategyWordsOf(id);
  const lone = words?.loneSmallNumber;
  if (lone && numbers.length === 1 && numbers[0]!.value < lone.below && !(lone.param in taken)) return { [lone.param]: numbers[0]!.value };
  const convention = words?.shapes[numbers.length];
  if (convention && convention.every((name) => !(name in taken))) {
    return Object.fromEntries(convention.map((name, position) => [name, numbers[position]!.value]));
  }
  let free = parameterSlotsOf(id).filter((slot) => !(slot.name in taken));
  if (numbers.length === 0 || numbers.length > free.length) return undefined;
  const assigned: Record<string, number> = {};
  const placed = new Set<number>();
  numbers.forEach((number, position) => {
    if (!number.decimal) return;
    const slot = free.find((candidate) => !candidate.wholeNumber);
    if (!slot) return;
    assigned[slot.name] = number.value;
    placed.add(position);
    free = free.filter((candidate) => candidate !== slot);
  });
  numbers.forEach((number, position) => {
    if (placed.has(position)) return;
    const slot = free.shift()!;
    assigned[slot.name] = number.value;
  });
  return assigned;
}

/**
 * Whether the numbers, as the strategy's unnamed parameters beside those `taken`, make settings it
 * can run: "sma 60/40" (short over long) or "macd 50/50" cannot be meant as its windows.
 */
export function runsUnnamedNumbers(id: string, taken: Readonly<Record<string, number>>, numbers: readonly WrittenNumber[]): boolean {
  const assigned = strategyWordsOf(id) !== undefined ? assignUnnamedNumbers(id, taken, numbers) : undefined;
  return assigned !== undefined && getStrategy(id).paramsSchema.safeParse({ ...taken, ...assigned }).success;
}
