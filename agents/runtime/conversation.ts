import { InMemorySessionService, Runner, isFinalResponse, type BaseArtifactService, type BaseSessionService, type Event } from '@google/adk';
import type { AppConfig } from '../../adk.config.js';
import { createRootAgent } from '../backtestpilot/agent.js';
import { takeRunValues } from '../tools/run_values.js';

/** ADK counts model calls per user turn; a full pipeline run with optimisation needs about 30. */
const MAX_LLM_CALLS_PER_TURN = 100;

export interface TurnResult {
  /** What the user reads: the report, or the reason nothing ran. */
  reply: string;
  /** The session state after the turn (spec, ranking, report ...) with the run's bulky values (results, report document ...) in place of their stand-ins. */
  state: Record<string, unknown>;
  events: Event[];
  /** Errors raised as events by the model or a tool during the turn. */
  errors: Array<{ author: string; code: string; message: string }>;
}

export interface ConversationOptions {
  config: AppConfig;
  sessionService?: BaseSessionService;
  /** Where the ReportAgent saves report.html, report.md and the chart PNGs; none by default (the CLI writes files itself, evals need none). */
  artifactService?: BaseArtifactService;
  userId?: string;
  sessionId?: string;
  /** The tools' clock, epoch ms (when experiments are saved, "last week"); the real one by default. */
  now?: () => number;
}

const RETRY_LATER = new Set(['429', '500', '502', '503', '504', 'RESOURCE_EXHAUSTED', 'UNAVAILABLE']);

function modelFailureReply(model: string, error: TurnResult['errors'][number]): string {
  const advice = RETRY_LATER.has(error.code) ? 'it is busy or over quota; try again in a minute' : 'check the model name and GOOGLE_API_KEY';
  return `The model (${model}) failed while ${error.author} was working: ${error.message} (code ${error.code}). Nothing was saved as a run; ${advice}.`;
}

function textOf(event: Event): string {
  return (event.content?.parts ?? []).map((part) => part.text ?? '').join('').trim();
}

/**
 * A conversation with the root agent through ADK's real Runner: one session, many turns. The CLI,
 * the tests and the benchmarks all drive the agents through this.
 */
export class Conversation {
  private constructor(
    private readonly runner: Runner,
    private readonly model: string,
    readonly userId: string,
    readonly sessionId: string,
  ) {}

  static async start({ config, sessionService = new InMemorySessionService(), artifactService, userId = 'local_user', sessionId, now }: ConversationOptions): Promise<Conversation> {
    const runner = new Runner({ appName: config.appName, agent: createRootAgent(config, now), sessionService, artifactService });
    const existing = sessionId ? await sessionService.getSession({ appName: config.appName, userId, sessionId }) : undefined;
    const session = existing ?? await sessionService.createSession({ appName: config.appName, userId, sessionId });
    return new Conversation(runner, config.model, userId, session.id);
  }

  /** The artifacts saved in this conversation's session (report.html, report.md, equity.png ...). */
  async artifacts(): Promise<string[]> {
    return (await this.runner.artifactService?.listArtifactKeys({ appName: this.runner.appName, userId: this.userId, sessionId: this.sessionId })) ?? [];
  }

  async send(text: string, onEvent?: (event: Event) => void): Promise<TurnResult> {
    const events: Event[] = [];
    const errors: TurnResult['errors'] = [];
    let reply = '';
    const invocations = new Set<string>();
    let bulky: Record<string, unknown> = {};
    try {
      for await (const event of this.runner.runAsync({
        userId: this.userId,
        sessionId: this.sessionId,
        newMessage: { role: 'user', parts: [{ text }] },
        runConfig: { maxLlmCalls: MAX_LLM_CALLS_PER_TURN },
      })) {
        events.push(event);
        invocations.add(event.invocationId);
        onEvent?.(event);
        if (event.errorCode) errors.push({ author: event.author ?? 'unknown', code: event.errorCode, message: event.errorMessage ?? '' });
        const eventText = isFinalResponse(event) ? textOf(event) : '';
        if (eventText) reply = eventText;
      }
    } finally {
      // The run's results and report document were kept in process, not in state (run_values.ts).
      for (const id of invocations) bulky = { ...bulky, ...takeRunValues(id) };
    }
    const session = await this.runner.sessionService.getSession({ appName: this.runner.appName, userId: this.userId, sessionId: this.sessionId });
    // A model that failed (quota, outage, bad key) ends the turn with what happened, not a half answer.
    if (errors.length > 0) reply = modelFailureReply(this.model, errors[0]!);
    return { reply, state: { ...(session?.state ?? {}), ...bulky }, events, errors };
  }
}
