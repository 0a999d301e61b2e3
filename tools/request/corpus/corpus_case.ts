import { z } from 'zod';

/**
 * One corpus line: a request as a trader might write it, the conversation before it, and what a
 * careful human reader takes from it. Only the fields written in `expect` are checked, so a line
 * says what the request means and nothing about defaults it does not mention.
 */
const ExpectedStrategySchema = z.union([
  z.string(),
  z.object({ name: z.string(), params: z.record(z.string(), z.number()).optional() }).strict(),
]);

const ExpectedSpecSchema = z.object({
  symbols: z.array(z.string()).optional(),
  /** The user's strategies (not the automatic baseline), in any order; params, when given, exactly. */
  strategies: z.array(ExpectedStrategySchema).optional(),
  /** Each written end must match; `null` means that end must be absent. `null` for the whole: no range. */
  date_range: z.object({ start: z.string().nullable().optional(), end: z.string().nullable().optional() }).strict().nullable().optional(),
  /** Every target, exactly. */
  targets: z.record(z.string(), z.object({ operator: z.string(), value: z.number() }).strict()).optional(),
  optimization_required: z.boolean().optional(),
  weights: z.record(z.string(), z.number()).nullable().optional(),
  fees_bps: z.number().optional(),
  slippage_bps: z.number().optional(),
  initial_capital: z.number().optional(),
  rank_by: z.string().optional(),
  allow_short: z.boolean().optional(),
  interval: z.string().nullable().optional(),
  outputs: z.array(z.string()).optional(),
  /** Substrings that must each appear in some note. */
  notes: z.array(z.string()).optional(),
  /** The outcome is this error code instead of a spec. */
  error: z.string().optional(),
  /** Substrings of the error message. */
  error_mentions: z.array(z.string()).optional(),
  /** The text is a question about saved experiments: the memory tool it calls, with exactly these arguments. */
  memory: z.object({ tool: z.string(), args: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])) }).strict().optional(),
}).strict();

export const CorpusCaseSchema = z.object({
  category: z.string().regex(/^[a-z_]+$/),
  text: z.string().min(1),
  history: z.array(z.string()).optional(),
  /** `YYYY-MM-DD` the request is read on; the corpus default otherwise. */
  today: z.string().optional(),
  expect: ExpectedSpecSchema,
}).strict();

export type CorpusCase = z.infer<typeof CorpusCaseSchema>;
export type ExpectedSpec = z.infer<typeof ExpectedSpecSchema>;

/** The day the corpus is read on unless a line says otherwise: inside the bundled sample data. */
export const CORPUS_TODAY = '2025-11-20';
