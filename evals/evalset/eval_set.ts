/**
 * adk-python's eval-set file format (`*.evalset.json`), so our sets read like any ADK user's:
 * an EvalSet holds EvalCases, each a conversation of Invocations (the user's content, the expected
 * final response, the expected tool calls with arguments) and the session's initial state.
 *
 * Files are snake_case; adk-python also accepts camelCase (its models have camelCase aliases), so
 * the reader renames camelCase keys of the format's own objects — never keys inside tool arguments
 * or state, which are data. Fields this reader does not know are kept, so re-saving a file written
 * by another ADK tool loses nothing. Newer ADK files may hold `intermediate_data.invocation_events`
 * instead of `tool_uses`; those are read into the same shape.
 *
 * Our two extensions (ADK's SessionInput allows extra fields): `session_input.today` (YYYY-MM-DD),
 * the day relative dates resolve against when the case is replayed, and `session_input.market_data`,
 * where the case's market data comes from (see MarketDataMode).
 */
import { z } from 'zod';
import { IsoDateSchema } from '../../tools/dates/iso_date.js';

function camelCaseOf(snakeCase: string): string {
  return snakeCase.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** Renames `userContent` to `user_content` (and so on) for the given keys of one object. */
function withSnakeCaseKeys(value: unknown, keys: readonly string[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const renamed: Record<string, unknown> = { ...value };
  for (const key of keys) {
    const camel = camelCaseOf(key);
    if (camel !== key && !(key in renamed) && camel in renamed) {
      renamed[key] = renamed[camel];
      delete renamed[camel];
    }
  }
  return renamed;
}

function formatObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const keys = Object.keys(shape);
  return z.preprocess((value) => withSnakeCaseKeys(value, keys), z.looseObject(shape));
}

const FunctionCallSchema = formatObject({
  name: z.string().min(1),
  args: z.record(z.string(), z.unknown()).default({}),
});

const FunctionResponseSchema = formatObject({
  name: z.string().min(1),
  response: z.record(z.string(), z.unknown()).default({}),
});

const PartSchema = formatObject({
  text: z.string().optional(),
  function_call: FunctionCallSchema.optional(),
  function_response: FunctionResponseSchema.optional(),
});

const ContentSchema = formatObject({
  role: z.string().default('user'),
  parts: z.array(PartSchema).default([]),
});

const IntermediateDataSchema = formatObject({
  tool_uses: z.array(FunctionCallSchema).default([]),
  tool_responses: z.array(FunctionResponseSchema).default([]),
  intermediate_responses: z.array(z.tuple([z.string(), z.array(PartSchema)])).default([]),
});

const InvocationEventSchema = formatObject({ author: z.string(), content: ContentSchema.optional() });

/** The newer `{invocation_events: [{author, content}]}` form, read as tool uses, tool responses and texts. */
const InvocationEventsSchema = formatObject({ invocation_events: z.array(InvocationEventSchema) }).transform(({ invocation_events }) => {
  const parts = invocation_events.flatMap((event) => (event.content?.parts ?? []).map((part) => ({ author: event.author, part })));
  return IntermediateDataSchema.parse({
    tool_uses: parts.flatMap(({ part }) => (part.function_call ? [part.function_call] : [])),
    tool_responses: parts.flatMap(({ part }) => (part.function_response ? [part.function_response] : [])),
    intermediate_responses: parts.flatMap(({ author, part }) => (part.text ? [[author, [{ text: part.text }]]] : [])),
  });
});

const InvocationSchema = formatObject({
  invocation_id: z.string().default(''),
  user_content: ContentSchema,
  final_response: ContentSchema.optional(),
  intermediate_data: z.union([InvocationEventsSchema, IntermediateDataSchema]).optional(),
  creation_timestamp: z.number().default(0),
});


/**
 * - `local` (the default): the data folders alone, no fetch, so a case cannot depend on a network;
 * - `replayed`: an empty user data folder with no bundled sample, online to recorded Binance and
 *   Yahoo responses served on loopback, so what the request names is fetched on demand;
 * - `offline`: the bundled sample with fetching on demand but BTP_OFFLINE=1, so what it lacks is
 *   `data_unavailable`.
 */
export const MarketDataModeSchema = z.enum(['local', 'replayed', 'offline']);
export type MarketDataMode = z.infer<typeof MarketDataModeSchema>;

const SessionInputSchema = formatObject({
  app_name: z.string(),
  user_id: z.string(),
  state: z.record(z.string(), z.unknown()).default({}),
  today: IsoDateSchema.optional(),
  market_data: MarketDataModeSchema.optional(),
});

const EvalCaseSchema = formatObject({
  eval_id: z.string().min(1),
  conversation: z.array(InvocationSchema).min(1, 'a case needs at least one invocation (user-scenario cases are not supported)'),
  session_input: SessionInputSchema.optional(),
  creation_timestamp: z.number().default(0),
});

export const EvalSetSchema = formatObject({
  eval_set_id: z.string().min(1),
  name: z.string().optional(),
  description: z.string().optional(),
  eval_cases: z.array(EvalCaseSchema),
  creation_timestamp: z.number().default(0),
});

export type EvalFunctionCall = z.infer<typeof FunctionCallSchema>;
export type EvalFunctionResponse = z.infer<typeof FunctionResponseSchema>;
export type EvalPart = z.infer<typeof PartSchema>;
export type EvalContent = z.infer<typeof ContentSchema>;
export type IntermediateData = z.infer<typeof IntermediateDataSchema>;
export type Invocation = z.infer<typeof InvocationSchema>;
export type SessionInput = z.infer<typeof SessionInputSchema>;
export type EvalCase = z.infer<typeof EvalCaseSchema>;
export type EvalSet = z.infer<typeof EvalSetSchema>;

/** The joined text parts of a content (what ROUGE and the number check read). */
export function contentText(content: EvalContent | undefined): string {
  return (content?.parts ?? []).map((part) => part.text ?? '').join('');
}
