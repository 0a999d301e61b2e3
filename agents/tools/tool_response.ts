import { isBacktestPilotError } from '../../tools/errors.js';

/** A tool's failure as the model and the callbacks see it: the typed error, code first. */
export interface ToolError {
  error: { code: string; message: string } & Record<string, unknown>;
}

/**
 * Runs a tool body and turns a BacktestPilotError into `{error: {code, message, ...}}`. ADK would
 * reduce a thrown error to a bare string and lose the code; returning it keeps it for the model,
 * the planners, the spans and the logs. Anything else is a bug and still throws.
 */
export async function returningErrors<T extends object>(body: () => Promise<T> | T): Promise<T | ToolError> {
  try {
    return await body();
  } catch (error) {
    if (isBacktestPilotError(error)) return { error: error.toJSON() };
    throw error;
  }
}

/**
 * `returningErrors` for a pipeline step whose reply needs no paraphrase (data, backtests, portfolio,
 * risk, report): on success its agent's turn ends with the tool's reply, with no second model call
 * and no summary event (ADK's `skipSummarization`), which saves a model call per step under Gemini
 * and an event per step in the session. A typed error still goes back to the model, which tells
 * the user.
 */
export async function returningUnsummarized<T extends object>(
  context: { actions: { skipSummarization?: boolean } } | undefined, body: () => Promise<T> | T,
): Promise<T | ToolError> {
  return returningErrors(async () => {
    const reply = await body();
    if (context) context.actions.skipSummarization = true;
    return reply;
  });
}
