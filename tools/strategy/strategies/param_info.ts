import { z } from 'zod';

/** One parameter as the registry describes it to users and the model. */
export interface ParamInfo {
  name: string;
  default: number;
  description: string;
  /** e.g. "whole number from 1 to 100000", "number above 0 and below 100". */
  allowed: string;
}

interface NumberJsonSchema {
  type?: string;
  default?: number;
  description?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

function describeAllowedRange(schema: NumberJsonSchema): string {
  const kind = schema.type === 'integer' ? 'whole number' : 'number';
  const lowest = schema.minimum !== undefined ? `from ${schema.minimum}`
    : schema.exclusiveMinimum !== undefined ? `above ${schema.exclusiveMinimum}` : undefined;
  const highest = schema.maximum !== undefined ? `${lowest?.startsWith('from') ? 'to' : 'at most'} ${schema.maximum}`
    : schema.exclusiveMaximum !== undefined ? `below ${schema.exclusiveMaximum}` : undefined;
  if (lowest && highest) return `${kind} ${lowest}${highest.startsWith('to') ? ' ' : ' and '}${highest}`;
  return [kind, lowest ?? highest].filter(Boolean).join(' ');
}

/**
 * Reads a strategy's parameters off its zod schema (via zod's JSON Schema export, the input side
 * so defaults show), so the schema stays the single source of names, defaults and help text.
 */
export function listParamInfo(schema: z.ZodType): ParamInfo[] {
  const jsonSchema = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, NumberJsonSchema> };
  return Object.entries(jsonSchema.properties ?? {}).map(([name, property]) => {
    // Every parameter has a default: a request may always leave any of them out.
    if (property.default === undefined) throw new Error(`strategy parameter "${name}" has no default`);
    return {
      name,
      default: property.default,
      description: property.description ?? '',
      allowed: describeAllowedRange(property),
    };
  });
}

/** "short: whole number from 1 to 100000 (default 20), long: ..." or "no parameters". */
export function summarizeParams(schema: z.ZodType): string {
  const params = listParamInfo(schema);
  if (params.length === 0) return 'no parameters';
  return params.map((param) => `${param.name}: ${param.allowed} (default ${param.default})`).join(', ');
}
