/**
 * Gives the request's root span (`user_request`) the seed's request attributes — symbols,
 * strategies, date range — once the run has parsed them into session state.
 */
import { BasePlugin, type InvocationContext } from '@google/adk';
import { requestAttributes } from '../agents/observability/span_attributes.js';
import { STATE_KEYS } from '../agents/tools/session_state.js';
import { currentRequest } from './request_context.js';

export class RequestSpanPlugin extends BasePlugin {
  constructor() {
    super('btp_request_span');
  }

  override async afterRunCallback({ invocationContext }: { invocationContext: InvocationContext }): Promise<void> {
    const span = currentRequest()?.run?.span;
    const spec = invocationContext.session.state[STATE_KEYS.spec];
    if (span && spec && typeof spec === 'object') span.setAttributes(requestAttributes(spec));
  }
}
