/**
 * The session service the server runs on: ADK's, with two guards (issue 18 §6).
 * - Session creates are serialised per user in this process and retried once on a unique-key clash
 *   with another instance: ADK creates the user's state row on first use with find-then-insert.
 * - History is read defensively: a stored event the agents cannot read (parts that are not an array
 *   of parts, content that is not an object) is left out of the session the runner sees, so one bad
 *   event cannot fail every later turn. The store keeps it untouched.
 */
import {
  BaseSessionService,
  type AppendEventRequest,
  type CreateSessionRequest,
  type DeleteSessionRequest,
  type Event,
  type GetSessionRequest,
  type ListSessionsRequest,
  type ListSessionsResponse,
  type Session,
} from '@google/adk';

export interface GuardedSessionEvents {
  /** Called with the session id and how many stored events were left out. */
  onUnreadableEvents?: (sessionId: string, count: number) => void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What ADK's content processors assume of a stored event. */
export function isReadableEvent(event: unknown): event is Event {
  if (!isRecord(event)) return false;
  if (event.author !== undefined && typeof event.author !== 'string') return false;
  if (event.actions !== undefined && !isRecord(event.actions)) return false;
  if (isRecord(event.actions) && event.actions.stateDelta !== undefined && !isRecord(event.actions.stateDelta)) return false;
  const content = event.content;
  if (content === undefined || content === null) return true;
  if (!isRecord(content)) return false;
  if (content.role !== undefined && typeof content.role !== 'string') return false;
  if (content.parts === undefined) return true;
  return Array.isArray(content.parts) && content.parts.every(isRecord);
}

function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /UniqueConstraintViolation|UNIQUE constraint|duplicate key/i.test(text);
}

export class GuardedSessionService extends BaseSessionService {
  private readonly createsByUser = new Map<string, Promise<unknown>>();

  constructor(
    readonly inner: BaseSessionService,
    private readonly hooks: GuardedSessionEvents = {},
  ) {
    super();
  }

  async createSession(request: CreateSessionRequest): Promise<Session> {
    const key = `${request.appName}\u0000${request.userId}`;
    const previous = this.createsByUser.get(key) ?? Promise.resolve();
    const created = previous.catch(() => undefined).then(() => this.createWithRetry(request));
    this.createsByUser.set(key, created);
    try {
      return await created;
    } finally {
      if (this.createsByUser.get(key) === created) this.createsByUser.delete(key);
    }
  }

  private async createWithRetry(request: CreateSessionRequest): Promise<Session> {
    try {
      return await this.inner.createSession(request);
    } catch (error) {
      // Another instance created the user's state row between ADK's find and insert; it exists now.
      if (!isUniqueViolation(error)) throw error;
      if (request.sessionId && (await this.inner.getSession({ appName: request.appName, userId: request.userId, sessionId: request.sessionId }))) throw error;
      return this.inner.createSession(request);
    }
  }

  async getSession(request: GetSessionRequest): Promise<Session | undefined> {
    const session = await this.inner.getSession(request);
    if (!session) return session;
    const readable = session.events.filter(isReadableEvent);
    if (readable.length !== session.events.length) {
      this.hooks.onUnreadableEvents?.(session.id, session.events.length - readable.length);
      session.events = readable;
    }
    return session;
  }

  listSessions(request: ListSessionsRequest): Promise<ListSessionsResponse> {
    return this.inner.listSessions(request);
  }

  deleteSession(request: DeleteSessionRequest): Promise<void> {
    return this.inner.deleteSession(request);
  }

  override appendEvent(request: AppendEventRequest): Promise<Event> {
    return this.inner.appendEvent(request);
  }
}
